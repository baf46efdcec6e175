import Campaign
import Sheets

/// One column of a header as read, before two columns for one field are settled.
struct HeaderColumnReading: Sendable {
    var column: Int
    /// As a person reads it: the parent and child of a two-row header joined by " / ".
    var header: String
    var words: HeaderWords
    var match: HeaderMatch
    /// True for columns that share their field with their siblings under one parent: "Năm sinh" over "Nam"
    /// and "Nữ", a man's year in one column and a woman's in the other. Each row fills one of them.
    var sharesField = false
}

/// A table's header: its one or two rows and how each of its columns reads.
struct HeaderReading: Sendable {
    /// Indexes into `SheetText.rows` of the header's rows (one or two).
    var rowIndexes: [Int]
    var columns: [HeaderColumnReading]

    /// The column that holds the name: the one mapping to name, else the first header beginning with "Tên"
    /// that maps to unit ("Tên đơn vị").
    var nameColumn: Int? {
        if let column = columns.first(where: { $0.match.target == .field(.name) }) { return column.column }
        return columns.first { $0.words.words.first == "ten" && $0.match.target == .field(.unit) }?.column
    }

    /// Whether the name header is a label with its value ("Tên đơn vị: Phòng KH-TC"), as title rows have,
    /// rather than a column's header.
    var nameIsLabelWithValue: Bool {
        guard let nameColumn, let header = columns.first(where: { $0.column == nameColumn })?.header,
              let colon = header.firstIndex(of: ":") else { return false }
        return header[header.index(after: colon)...].contains(where: \.isLetter)
    }

    /// A header row maps name and at least one more field.
    var isHeader: Bool {
        guard let nameColumn, !nameIsLabelWithValue else { return false }
        return columns.contains { $0.column != nameColumn && $0.match.target?.field.map { $0 != .name } == true }
    }
}

/// Finds a sheet's header row (and its second row) and reads its columns (domain.md, "Finding the table").
enum HeaderFinder {
    /// The first row at or after `start`, from the top, that is a header; nil when there is none.
    static func find(in sheet: SheetText, from start: Int = 0) -> HeaderReading? {
        guard start < sheet.rows.count else { return nil }
        for index in start..<sheet.rows.count {
            if let header = header(at: index, in: sheet) { return header }
        }
        return nil
    }

    /// The header that starts at row `index` (with its second row, if it has one); nil when that row is none.
    static func header(at index: Int, in sheet: SheetText) -> HeaderReading? {
        let row = sheet.rows[index]
        // A cheap test first, so that a long sheet without a header stays fast: a name header holds the
        // first word of some name synonym (or "tên" for "Tên đơn vị").
        guard row.cells.count >= 2, row.cells.contains(where: mayNameTheName),
              !row.cells.contains(where: { LayoutText.isSignature($0.text, words: $0.words) }) else { return nil }
        let single = read(sheet: sheet, headerIndex: index, secondIndex: nil)
        guard single.nameColumn != nil else { return nil }
        if let second = secondRowIndex(sheet: sheet, headerIndex: index, nameColumn: single.nameColumn) {
            let double = read(sheet: sheet, headerIndex: index, secondIndex: second)
            if double.isHeader { return double }
        }
        return single.isHeader ? single : nil
    }

    /// Whether a cell alone could head the name column: it holds a name synonym's first word (a quick test),
    /// and maps to name, or to unit beginning with "Tên" ("Tên đơn vị").
    private static func mayNameTheName(_ cell: TextCell) -> Bool {
        guard cell.words.contains(where: HeaderMatcher.nameWords.contains) else { return false }
        let words = HeaderWords(cell.text)
        switch HeaderMatcher.match(words).target {
        case .field(.name): return true
        case .field(.unit): return words.words.first == "ten"
        default: return false
        }
    }

    /// Columns of the header row spanning two or more columns, each with its parent cell: a merged range of
    /// two or more columns; or, for a cell that starts no merged range (CSV, or a sheet where the unit did not
    /// merge), the cell and the blanks to its right that no merged range covers.
    static func parentSpans(sheet: SheetText, headerIndex: Int, secondIndex: Int?) -> [(columns: ClosedRange<Int>, parent: TextCell)] {
        let header = sheet.rows[headerIndex]
        var covered = Set<Int>()
        for merge in sheet.merges(covering: header.row) { covered.formUnion(merge.firstColumn...merge.lastColumn) }
        let secondLast = secondIndex.flatMap { sheet.rows[$0].cells.last?.column } ?? 0
        let lastColumn = max(header.cells.last?.column ?? 0, secondLast)
        var spans: [(columns: ClosedRange<Int>, parent: TextCell)] = []
        for (position, cell) in header.cells.enumerated() {
            if let merge = sheet.merge(startingAt: header.row, column: cell.column) {
                if merge.columnSpan >= 2 { spans.append((merge.firstColumn...merge.lastColumn, cell)) }
                continue
            }
            let limit = position + 1 < header.cells.count ? header.cells[position + 1].column - 1 : lastColumn
            var end = cell.column
            while end < limit, !covered.contains(end + 1) { end += 1 }
            if end > cell.column { spans.append((cell.column...end, cell)) }
        }
        return spans
    }

    /// The row right under the header is its second row when nothing in it stands under the name column and
    /// every filled cell stands under a parent spanning two or more columns.
    static func secondRowIndex(sheet: SheetText, headerIndex: Int, nameColumn: Int?) -> Int? {
        let next = headerIndex + 1
        guard next < sheet.rows.count, sheet.rows[next].row == sheet.rows[headerIndex].row + 1 else { return nil }
        let candidate = sheet.rows[next]
        guard !candidate.isBlank, candidate.cell(at: nameColumn ?? -1) == nil else { return nil }
        let spans = parentSpans(sheet: sheet, headerIndex: headerIndex, secondIndex: next)
        let underParents = candidate.cells.allSatisfy { cell in spans.contains { $0.columns.contains(cell.column) } }
        return underParents ? next : nil
    }

    /// Reads every column of a header of one row, or of two rows (`secondIndex`).
    static func read(sheet: SheetText, headerIndex: Int, secondIndex: Int?) -> HeaderReading {
        let header = sheet.rows[headerIndex]
        guard let secondIndex else {
            let columns = header.cells.map { cell in
                let words = HeaderWords(cell.text)
                return HeaderColumnReading(column: cell.column, header: cell.text, words: words, match: HeaderMatcher.match(words))
            }
            return HeaderReading(rowIndexes: [headerIndex], columns: columns)
        }
        let second = sheet.rows[secondIndex]
        let spans = parentSpans(sheet: sheet, headerIndex: headerIndex, secondIndex: secondIndex)
        var columnSet = Set(header.cells.map(\.column))
        for span in spans { columnSet.formUnion(span.columns) }
        var columns: [HeaderColumnReading] = []
        for column in columnSet.sorted() {
            if let span = spans.first(where: { $0.columns.contains(column) }) {
                // A column under a parent with no child header of its own is no column of the table
                // (a name merged over two columns), except the parent's own first column.
                let child = second.cell(at: column)
                guard child != nil || column == span.parent.column else { continue }
                columns.append(readChild(child, column: column, parent: span.parent))
            } else if let cell = header.cell(at: column) {
                let words = HeaderWords(cell.text)
                columns.append(HeaderColumnReading(column: column, header: cell.text, words: words, match: HeaderMatcher.match(words)))
            }
        }
        return HeaderReading(rowIndexes: [headerIndex, secondIndex], columns: columns)
    }

    /// Fields a parent may name for "Số" and "Ngày" under it to be the decision's number and date.
    private static let decisionParents: Set<HeaderTarget> = [
        .field(.initiative), .combinedDecision, .field(.decisionNumber), .field(.decisionDate),
    ]

    /// A child header: with its parent's words first, alone only when that maps nothing; "Số"/"Ngày" under a
    /// parent naming the initiative or its decision are the decision's number and date.
    static func readChild(_ child: TextCell?, column: Int, parent: TextCell) -> HeaderColumnReading {
        let parentWords = HeaderWords(parent.text)
        guard let child else {
            return HeaderColumnReading(column: column, header: parent.text, words: parentWords, match: HeaderMatcher.match(parentWords))
        }
        let display = parent.text + " / " + child.text
        let childWords = HeaderWords(child.text)
        let joined = HeaderWords(words: parentWords.words + childWords.words, year: childWords.year ?? parentWords.year)
        let parentTarget = HeaderMatcher.match(parentWords).target
        // "Năm sinh" over "Nam" and "Nữ": both columns hold the birth year.
        if parentTarget == .field(.birthDate), childWords.words == ["nam"] || childWords.words == ["nu"] {
            let birth = HeaderMatch.matched(.field(.birthDate), exact: true, leftover: 0)
            return HeaderColumnReading(column: column, header: display, words: joined, match: birth, sharesField: true)
        }
        let childAlone = HeaderMatcher.match(childWords)
        if let parentTarget, decisionParents.contains(parentTarget), childAlone.target != .combinedDecision,
           let first = childWords.words.first, first == "so" || first == "ngay" {
            let aloneField = childAlone.target?.field
            if aloneField == nil || aloneField == .decisionNumber || aloneField == .decisionDate {
                let target: HeaderTarget = first == "so" ? .field(.decisionNumber) : .field(.decisionDate)
                return HeaderColumnReading(column: column, header: display, words: joined, match: .matched(target, exact: true, leftover: 0))
            }
        }
        let together = HeaderMatcher.match(joined)
        if together.target == nil, childAlone.target != nil {
            return HeaderColumnReading(column: column, header: display, words: childWords, match: childAlone)
        }
        return HeaderColumnReading(column: column, header: display, words: joined, match: together)
    }
}
