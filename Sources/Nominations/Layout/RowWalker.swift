import Campaign
import Sheets

/// Walks the rows under a header and sorts each one out (domain.md, "Finding the table"): blank rows,
/// column-number rows, section rows and the header repeated are skipped; the first total or signature row
/// ends the table and nothing below it is data; every other row with a value in a mapped field (other than
/// the row number and the note) is a data row. A row with values only in the row-number, note or unmapped
/// columns is skipped as `.blank`.
struct RowWalker {
    var text: SheetText
    var header: HeaderReading
    /// The column that holds the name, if any column maps to it.
    var nameColumn: Int?
    /// Columns of mapped fields other than the note (the row number maps to no field).
    var dataColumns: Set<Int>
    var campaign: Campaign

    /// A data row and what the section rows above it say.
    struct DataRow {
        var row: TextRow
        var sectionKind: NomineeKind?
        var sectionAward: String?
        var sectionText: String?
    }

    /// The rows sorted out.
    struct Walk {
        var data: [DataRow] = []
        var skipped: [(row: Int, reason: SkippedRowReason)] = []
        /// Whether a section row's text was repaired.
        var repairedSection = false
        /// Where another header starts a new table (an index into `SheetText.rows`), if one does.
        var nextHeader: Int?
    }

    /// Sorts out every row from `start` (an index into `SheetText.rows`) down, or up to another table's header.
    func walk(from start: Int) -> Walk {
        var walk = Walk()
        var ended = false
        var previousWasRepeatedHeader = false
        var sectionKind: NomineeKind?, sectionAward: String?, sectionText: String?
        for index in min(start, text.rows.count)..<text.rows.count {
            let row = text.rows[index]
            let reason: SkippedRowReason?
            if ended {
                // Nothing below the end is data; signature rows and blanks are still named for `inspect`.
                let signature = row.cells.contains { LayoutText.isSignature($0.text, words: $0.words) }
                reason = row.isBlank ? .blank : signature ? .signature : .belowTable
            } else if row.isBlank {
                reason = .blank
            } else if isSignatureRow(row) {
                reason = .signature; ended = true
            } else if isTotalRow(row) {
                reason = .total; ended = true
            } else if isColumnNumberRow(row) {
                reason = .columnNumbers
            } else if isRepeatedHeader(row, afterRepeatedHeader: previousWasRepeatedHeader) {
                reason = .repeatedHeader
            } else if startsAnotherTable(at: index) {
                walk.nextHeader = index
                return walk
            } else if let section = section(of: row) {
                reason = .section
                if let kind = section.kind { sectionKind = kind }
                if let award = section.award { sectionAward = award }
                sectionText = row.joinedText
                walk.repairedSection = walk.repairedSection || row.cells.contains(where: \.isRepaired)
            } else if row.cells.contains(where: { dataColumns.contains($0.column) }) {
                reason = nil
            } else {
                reason = .blank
            }
            previousWasRepeatedHeader = reason == .repeatedHeader
            if let reason {
                walk.skipped.append((row.row, reason))
            } else {
                walk.data.append(DataRow(row: row, sectionKind: sectionKind, sectionAward: sectionAward, sectionText: sectionText))
            }
        }
        return walk
    }

    /// A signature-block row: a label or place-and-date line, nothing under the name column but such text,
    /// and no figure (a nominee's row has its row number): so a nominee whose position is "Q. Trưởng phòng"
    /// or "Thủ trưởng đơn vị" stays a nominee, even with the name left blank.
    func isSignatureRow(_ row: TextRow) -> Bool {
        // The figure test first: it is the cheaper one, and a nominee's row fails it at its row number.
        guard !row.cells.contains(where: { cell in
            switch cell.cell.value {
            case .number, .date: return true
            default: return Int(cell.text) != nil
            }
        }) else { return false }
        guard row.cells.contains(where: { LayoutText.isSignature($0.text, words: $0.words) }) else { return false }
        guard let nameColumn, let name = row.cell(at: nameColumn) else { return true }
        return LayoutText.isSignature(name.text, words: name.words)
    }

    /// A total row: its first filled cell opens with "Tổng cộng", "Cộng", "Tổng số", and the name column holds
    /// nothing else.
    func isTotalRow(_ row: TextRow) -> Bool {
        guard let first = row.cells.first, LayoutText.isTotal(first.text, words: first.words) else { return false }
        guard let nameColumn, let name = row.cell(at: nameColumn), name.column != first.column else { return true }
        return LayoutText.isTotal(name.text, words: name.words)
    }

    /// Filled cells that are 1, 2, 3 … or (1), (2), (3) … in order, possibly after letters A, B … (templates
    /// number the name columns "A", "B" and the figures "1", "2" …).
    func isColumnNumberRow(_ row: TextRow) -> Bool {
        guard row.cells.count >= 2 else { return false }
        var letters = 0, lastNumber = 0
        for cell in row.cells {
            if lastNumber == 0, let letter = LayoutText.columnLetter(cell.text) {
                guard letter == letters + 1 else { return false }
                letters += 1
            } else if let number = LayoutText.columnNumber(cell.text) {
                guard lastNumber == 0 ? number == 1 : number > lastNumber else { return false }
                lastNumber = number
            } else {
                return false
            }
        }
        return lastNumber > 0 || letters >= 3
    }

    /// The header again (as on each printed page): the name column and at least one other filled cell read
    /// as the header does; or, right after such a row, the header's second row again.
    func isRepeatedHeader(_ row: TextRow, afterRepeatedHeader: Bool) -> Bool {
        let first = text.rows[header.rowIndexes[0]]
        if let nameColumn, let headerName = first.cell(at: nameColumn), let name = row.cell(at: nameColumn),
           name.words == headerName.words {
            let same = row.cells.filter { cell in first.cell(at: cell.column)?.words == cell.words }.count
            if same >= 2 { return true }
        }
        if afterRepeatedHeader, header.rowIndexes.count == 2 {
            let second = text.rows[header.rowIndexes[1]]
            return row.cells.allSatisfy { cell in second.cell(at: cell.column)?.words == cell.words }
        }
        return false
    }

    /// Whether another header, with other columns, starts here (a second table on the sheet): never data.
    /// Data rows hold numbers or dates (the row number at least), a header only text: a cheap test first.
    /// Stricter than the first header, since a nominee's row must never be lost to it: short cells only,
    /// three columns or more that map, two of them exactly (a nominee's values are no header's words).
    func startsAnotherTable(at index: Int) -> Bool {
        let cells = text.rows[index].cells
        guard cells.allSatisfy({ cell in
            if case .string = cell.cell.value { return cell.words.count <= 12 } else { return false }
        }) else { return false }
        guard let other = HeaderFinder.header(at: index, in: text) else { return false }
        let exact = other.columns.filter { if case .matched(_, true, _) = $0.match { return true } else { return false } }
        return other.columns.filter { $0.match.target != nil }.count >= 3 && exact.count >= 2
    }

    /// What a section row names. A section row holds one label ("I. TẬP THỂ", "A. Bằng khen …"), possibly
    /// after an enumerator cell ("I" in the row-number column), and nothing else.
    func section(of row: TextRow) -> (kind: NomineeKind?, award: String?)? {
        var cells = row.cells
        var enumerated = false
        if cells.count == 2, LayoutText.isEnumerator(cells[0].text) { cells.removeFirst(); enumerated = true }
        guard cells.count == 1, let label = cells.first, label.text.contains(where: \.isLetter) else { return nil }
        var words = label.words
        if let rest = LayoutText.droppingEnumerator(label.text) {
            enumerated = true
            words = TextFolding.tokens(rest)
        }
        // "1. Tập thể": a numbered label is a section only when it is a kind or names an award form (a name
        // typed after its row number, "2. Tập thể Phòng …", stays a nominee).
        var numbered = false
        if !enumerated, words.count > 1, let first = words.first, first.allSatisfy(\.isNumber),
           label.text.drop(while: { $0 == " " || $0.isNumber }).first.map({ $0 == "." || $0 == ")" }) == true {
            numbered = true
            words.removeFirst()
        }
        let kind = LayoutText.kind(in: words)
        let award = LayoutText.award(in: words, campaign: campaign)
        let mergedAcross = (text.merge(startingAt: row.row, column: label.column)?.columnSpan ?? 1) >= 2
        let outsideData = !dataColumns.contains(label.column)
        // A lone label is a section when it is enumerated, merged across, outside the data columns, or is
        // exactly a kind ("Tập thể") — never a lone name such as "Tập thể Phòng Kế hoạch - Tài chính".
        let bareKind = [["tap", "the"], ["ca", "nhan"], ["khen", "thuong", "tap", "the"], ["khen", "thuong", "ca", "nhan"]].contains(words)
        let numberedSection = numbered && (bareKind || award != nil)
        guard enumerated || mergedAcross || outsideData || bareKind || numberedSection else { return nil }
        return (kind, award)
    }
}
