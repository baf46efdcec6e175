import Campaign
import Sheets

/// A row's values as read, with what the rules need to know beyond them.
struct RowValues {
    var row: NominationRow
    /// Fields whose value could not be read (`S-VALUE` given): the `R-*` rules leave them alone.
    var unreadable: Set<Field> = []
    /// `S-VALUE` and `S-ENCODING` findings.
    var findings: [Finding] = []
    /// The column each field was read from, for locating findings (also for a blank cell under the field).
    var columns = FieldMap<Int>()
    /// The award year the row is judged for: its own year when read, else the run's year.
    var awardYear: Int
}

/// Reads one located row's cells into a `NominationRow`: repairs text, parses each field's value, and gives
/// `S-VALUE` for a value the field does not accept and `S-ENCODING` once per repaired field.
struct RowValueReader {
    let campaign: Campaign
    /// The run's award year.
    let year: Int
    let repairer: TextRepairer
    let awards: AwardValues
    /// Values already read in this input: a column repeats a handful of ratings, forms and disciplines.
    private let memo = ValueMemo()

    /// One reader per input: the award vocabulary is built once from the campaign.
    init(campaign: Campaign, year: Int, repairer: TextRepairer) {
        self.campaign = campaign; self.year = year; self.repairer = repairer
        self.awards = AwardValues(campaign: campaign)
    }

    /// Fields in their order, sorted once rather than per row.
    private static let fieldOrder = Field.allCases.sorted()

    /// Reads every field of the row; the rules run afterwards on the result.
    func read(_ located: LocatedRow) -> RowValues {
        var state = RowValues(row: NominationRow(location: located.location, table: located.table, cells: located.cells),
                              awardYear: year)
        for field in Field.allCases {
            if let cell = located.fieldCells[field] {
                state.columns[field] = cell.column
            } else if let column = located.table.column(of: field) {
                state.columns[field] = column
            }
        }
        if located.combinedDecision, let column = state.columns[.decisionNumber] { state.columns[.decisionDate] = column }

        // Text of each field's cell, repaired; error cells (#N/A) are unreadable whatever the field.
        var texts = FieldMap<String>()
        for field in Self.fieldOrder {
            guard let cell = located.fieldCells[field] else { continue }
            switch cell.value {
            case .error(let code):
                addUnreadable(field, Message(vi: "Ô chứa lỗi công thức \(quoted(code)): nhập giá trị thay cho công thức",
                                             en: "The cell holds the formula error \(quoted(code)): type the value instead"), to: &state)
            case .string(let raw):
                let repaired = located.fieldTexts[field] ?? repairer.repair(raw, font: cell.font)
                if repaired.isRepaired { addEncoding(field, repaired, to: &state) }
                texts[field] = repaired.text
            default:
                texts[field] = displayText(of: cell.value)
            }
        }
        func present(_ field: Field) -> String? {
            guard let text = texts[field], !MatchKey.isBlank(text) else { return nil }
            return text
        }
        func meaningful(_ field: Field) -> String? { present(field).flatMap { saysNothing($0) ? nil : $0 } }

        state.row.name = present(.name)
        state.row.position = present(.position)
        state.row.unitText = present(.unit)
        state.row.initiative = meaningful(.initiative)
        state.row.achievements = meaningful(.achievements)
        state.row.note = present(.note)

        readKind(located, texts[.kind], into: &state)
        readAward(located, texts[.award], into: &state)
        readYear(located, texts[.year], into: &state)

        if let text = texts[.rating] {
            state.row.rating = take(memo.rating(text, headerYear: located.headerYears[.rating]), .rating, &state)
        }
        if let text = texts[.discipline] {
            state.row.discipline = take(memo.discipline(text), .discipline, &state)
        } else if located.table.column(of: .discipline) != nil, !state.unreadable.contains(.discipline) {
            state.row.discipline = Discipline.none
        }
        if let cell = located.fieldCells[.birthDate], let text = texts[.birthDate] {
            state.row.birthDate = take(BirthDateValues.read(cell.value, text: text), .birthDate, &state)
        }
        if let cell = located.fieldCells[.report], let text = texts[.report] {
            state.row.hasReport = take(PresenceValues.readReport(cell.value, text: text), .report, &state) ?? false
        }
        if let cell = located.fieldCells[.priority], let text = texts[.priority] {
            // domain.md: an unreadable priority only sorts the row last for the quota; it is no S-VALUE.
            state.row.priority = NumberValues.readPriority(cell.value, text: text).value
        }
        readDecision(located, texts, into: &state)
        return state
    }

    /// A cell's kind wins over a section row, then the sheet's name, then the title rows, then the name header.
    private func readKind(_ located: LocatedRow, _ text: String?, into state: inout RowValues) {
        guard !state.unreadable.contains(.kind) else { return }
        if let text {
            switch memo.kind(text) {
            case .value(let kind): state.row.kind = kind; return
            case .unreadable(let why): addUnreadable(.kind, why, to: &state); return
            case .blank: break
            }
        }
        state.row.kind = located.sectionKind ?? located.sheetKind ?? located.location.sheet.flatMap(KindValues.kind(in:))
            ?? located.titleKind ?? located.headerKind
    }

    /// A cell's award form wins over a section row, then the sheet's name, then the title rows.
    private func readAward(_ located: LocatedRow, _ text: String?, into state: inout RowValues) {
        guard !state.unreadable.contains(.award) else { return }
        if let text {
            switch memo.award(text, awards) {
            case .value(let id): state.row.award = id; return
            case .unreadable(let why): addUnreadable(.award, why, to: &state); return
            case .blank: break
            }
        }
        state.row.award = located.sectionAward ?? located.location.sheet.flatMap(awards.award(in:)) ?? located.titleAward
    }

    /// The row's own year column, else the title's year, else the run's year.
    private func readYear(_ located: LocatedRow, _ text: String?, into state: inout RowValues) {
        guard !state.unreadable.contains(.year) else { return }
        if let cell = located.fieldCells[.year], let text {
            switch NumberValues.readYear(cell.value, text: text) {
            case .value(let year): state.row.year = year; state.awardYear = year; return
            case .unreadable(let why): addUnreadable(.year, why, to: &state); return
            case .blank: break
            }
        }
        state.row.year = located.titleYear ?? year
        state.awardYear = state.row.year ?? year
    }

    /// The decision from one cell (number and date) or two.
    private func readDecision(_ located: LocatedRow, _ texts: FieldMap<String>, into state: inout RowValues) {
        let reading: DecisionReading
        if located.combinedDecision {
            // An unreadable combined cell leaves the date unread too: one S-VALUE, no "missing date".
            if state.unreadable.contains(.decisionNumber) { state.unreadable.insert(.decisionDate) }
            guard let cell = located.fieldCells[.decisionNumber], let text = texts[.decisionNumber] else { return }
            reading = DecisionValues.readCombined(cell.value, text: text)
        } else {
            var number = texts[.decisionNumber].flatMap { saysNothing($0) ? nil : $0 }
            var date = FieldValue<DayDate>.blank
            if let cell = located.fieldCells[.decisionDate], let text = texts[.decisionDate], !saysNothing(text) {
                date = DateValues.read(cell.value, text: text)
            } else if let text = number, DateValues.lastDate(inside: text) != nil {
                // Number and date written together in the number column, the date column left blank.
                let split = DecisionValues.readCombined(.string(text), text: text)
                number = split.number
                date = split.date
            }
            reading = DecisionReading(number: number, date: date)
        }
        state.row.decisionNumber = reading.number
        state.row.decisionDate = take(reading.date, .decisionDate, &state)
    }

    /// The value read, or nil after recording an `S-VALUE` for an unreadable one.
    private func take<T>(_ value: FieldValue<T>, _ field: Field, _ state: inout RowValues) -> T? {
        if case .unreadable(let why) = value { addUnreadable(field, why, to: &state) }
        return value.value
    }

    private func addUnreadable(_ field: Field, _ why: Message, to state: inout RowValues) {
        guard !state.unreadable.contains(field) else { return }
        state.unreadable.insert(field)
        let place = ColumnPlace(table: state.row.table, column: state.columns[field], field: field)
        state.findings.append(Finding(
            rule: .sValue, severity: campaign.severity(of: .sValue), field: field,
            message: Message(vi: "\(why.vi) — \(place.vi)", en: "\(why.en) — \(place.en)"),
            column: state.columns[field]))
    }

    private func addEncoding(_ field: Field, _ repaired: RepairedText, to state: inout RowValues) {
        guard !state.findings.contains(where: { $0.rule == .sEncoding && $0.field == field }) else { return }
        let place = ColumnPlace(table: state.row.table, column: state.columns[field], field: field)
        let how = EncodingWords(repaired.repairs)
        state.findings.append(Finding(
            rule: .sEncoding, severity: campaign.severity(of: .sEncoding), field: field,
            message: Message(
                vi: "Chữ ở \(place.vi) \(how.vi); đã đọc thành \(quoted(repaired.text)). Đề nghị kiểm tra và gõ lại bằng bảng mã Unicode",
                en: "The text in \(place.en) \(how.en); read as \(quoted(repaired.text)). Please check it and retype it in Unicode"),
            column: state.columns[field]))
    }
}

/// "cột “Xếp loại năm 2025” (cột 7)": a column as the clerk finds it in the sheet.
struct ColumnPlace {
    let vi: String
    let en: String

    init(table: TableLayout, column: Int?, field: Field) {
        let header = column.flatMap { c in table.columns.first { $0.column == c }?.header }
            .flatMap { MatchKey.exact($0).isEmpty ? nil : $0 }
        let viName = header ?? FieldLabel.vi(field)
        let enName = header ?? FieldLabel.en(field)
        if let column {
            vi = "cột \(quoted(viName)) (cột \(column))"
            en = "column \(quoted(enName)) (column \(column))"
        } else {
            vi = "cột \(quoted(viName))"
            en = "the \(quoted(enName)) column"
        }
    }
}

/// What a text repair did, in words: "được gõ bằng bảng mã TCVN3 (ABC)".
struct EncodingWords {
    let vi: String
    let en: String

    init(_ repairs: Set<TextRepairKind>) {
        var vi: [String] = []
        var en: [String] = []
        if repairs.contains(.tcvn3) { vi.append("được gõ bằng bảng mã TCVN3 (ABC, phông .Vn…)"); en.append("was typed in the legacy TCVN3 (ABC) encoding") }
        if repairs.contains(.vni) { vi.append("được gõ bằng bảng mã VNI"); en.append("was typed in the legacy VNI encoding") }
        if repairs.contains(.composed) { vi.append("được gõ bằng Unicode tổ hợp (dấu tách rời khỏi chữ)"); en.append("used decomposed Unicode (combining marks)") }
        if repairs.contains(.lookAlikes) { vi.append("có ký tự trông giống chữ Việt nhưng khác mã (như Ð, chữ Kirin)"); en.append("held look-alike letters (such as Ð or Cyrillic letters)") }
        self.vi = vi.isEmpty ? "đã được sửa mã chữ" : vi.joined(separator: ", ")
        self.en = en.isEmpty ? "was repaired" : en.joined(separator: ", ")
    }
}

/// Reading a rating, a discipline, a kind or an award form depends on the text alone (and the header's year): each
/// distinct text, compared by its bytes, is read once per input.
final class ValueMemo {
    private var ratings: [RepairMemo.Key: FieldValue<Rating>] = [:]
    private var disciplines: [ExactText: FieldValue<Discipline>] = [:]
    private var awardForms: [ExactText: FieldValue<String>] = [:]
    private var kinds: [ExactText: FieldValue<NomineeKind>] = [:]

    func rating(_ text: String, headerYear: Int?) -> FieldValue<Rating> {
        remembered(&ratings, RepairMemo.Key(text: text, font: headerYear.map(String.init))) { RatingValues.read(text, headerYear: headerYear) }
    }

    func kind(_ text: String) -> FieldValue<NomineeKind> {
        remembered(&kinds, ExactText(text)) { KindValues.read(text) }
    }

    func discipline(_ text: String) -> FieldValue<Discipline> {
        remembered(&disciplines, ExactText(text)) { DisciplineValues.read(text) }
    }

    func award(_ text: String, _ awards: AwardValues) -> FieldValue<String> {
        remembered(&awardForms, ExactText(text)) { awards.read(text) }
    }

    private func remembered<Key: Hashable, T>(_ table: inout [Key: FieldValue<T>], _ key: Key,
                                              _ read: () -> FieldValue<T>) -> FieldValue<T> {
        if let known = table[key] { return known }
        let value = read()
        table[key] = value
        return value
    }
}
