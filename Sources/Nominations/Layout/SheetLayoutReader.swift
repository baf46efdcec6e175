import Campaign
import Sheets

/// The table of one sheet, read: its layout, its data rows, the findings about its header, and its clues.
struct SheetLayout {
    var table: TableLayout
    var rows: [LocatedRow]
    var findings: [Finding]
    var unitClues: [String]
    /// Whether a header or title cell's text was repaired (one `S-ENCODING` for the input).
    var repairedHeaderOrTitle: Bool
    /// The year the title rows name, kept for a second table on the sheet.
    var titleYear: Int?
}

/// Reads one visible sheet: finds the header, then walks the rows under it, sorting out title rows above,
/// column numbers, sections, repeated headers, blanks, the total or signature block that ends the table,
/// and the data rows.
struct SheetLayoutReader {
    var sheet: Sheet
    var source: String
    var repairer: TextRepairer
    var campaign: Campaign
    var year: Int

    /// The sheet's tables: usually one; a second when another header with other columns starts under the
    /// first table (before its end). Empty when the sheet has no header row.
    func read() -> [SheetLayout] {
        let text = SheetText(sheet: sheet, repairer: repairer)
        var layouts: [SheetLayout] = []
        var start = 0
        var firstTitleYear: Int?
        while let header = HeaderFinder.find(in: text, from: start) {
            let (layout, next) = readTable(text: text, header: header, titlesFrom: start, inheritedYear: firstTitleYear)
            if layouts.isEmpty { firstTitleYear = layout.titleYear }
            layouts.append(layout)
            guard let next, next > start else { break }
            start = next
        }
        return layouts
    }

    /// Reads one table: the title rows from `titlesFrom` up to the header (none for a second table, which
    /// keeps the first one's title year), then the rows under the header.
    private func readTable(text: SheetText, header: HeaderReading, titlesFrom: Int, inheritedYear: Int?) -> (SheetLayout, next: Int?) {
        let resolution = ColumnResolver.resolve(header, sheet: sheet.name, year: year, campaign: campaign)
        let columns = resolution.columns
        let headerStart = header.rowIndexes[0], headerEnd = header.rowIndexes[header.rowIndexes.count - 1]

        let titles = TitleRows(text, range: titlesFrom..<headerStart, campaign: campaign, inheritedYear: inheritedYear)
        var skipped: [(row: Int, reason: SkippedRowReason)] = titles.rows.map { ($0.row, .title) }
        var repaired = titles.repaired || header.rowIndexes.contains { text.rows[$0].cells.contains(where: \.isRepaired) }

        // Each field's columns, in order: one, or the "Nam"/"Nữ" pair of a birth year.
        var mapped: [Field: [Int]] = [:]
        for mapping in columns { if let field = mapping.field { mapped[field, default: []].append(mapping.column) } }
        let dataColumns = Set(mapped.filter { $0.key != .note }.flatMap(\.value))
        let nameColumn = mapped[.name]?.first
        let walker = RowWalker(text: text, header: header, nameColumn: nameColumn, dataColumns: dataColumns, campaign: campaign)
        let walk = walker.walk(from: headerEnd + 1)
        skipped += walk.skipped
        repaired = repaired || walk.repairedSection

        let table = TableLayout(sheet: sheet.name, headerRows: header.rowIndexes.map { text.rows[$0].row }, columns: columns,
                                titleRows: titles.rows, skippedRows: skipped.sorted { $0.row < $1.row }, dataRows: walk.data.map(\.row.row))

        let nameHeader = columns.first { $0.field == .name }.map { HeaderWords($0.header).words } ?? []
        let headerKind = LayoutText.headerKind(nameHeader)
        let sheetKind = sheet.name.flatMap { LayoutText.kind(in: TextFolding.tokens($0)) }
        let combined = columns.contains { $0.field == .decisionNumber && $0.combinedDecision }
        var headerYears = FieldMap<Int>()
        for mapping in columns { if let field = mapping.field, let year = mapping.headerYear { headerYears[field] = year } }

        let filler = MergedCellFiller(text: text, firstDataRow: text.rows.indices.contains(headerEnd + 1) ? text.rows[headerEnd + 1].row : Int.max)
        let rows = walk.data.map { data -> LocatedRow in
            var fieldCells = FieldMap<Cell>()
            var fieldTexts = FieldMap<RepairedText>()
            for (field, fieldColumns) in mapped {
                let own = fieldColumns.lazy.compactMap { column in data.row.cell(at: column) }.first
                if let cell = own ?? fieldColumns.lazy.compactMap({ filler.cell(row: data.row.row, column: $0) }).first {
                    fieldCells[field] = cell.cell
                    if case .string = cell.cell.value { fieldTexts[field] = cell.repaired }
                }
            }
            var located = LocatedRow(location: RowLocation(source: source, sheet: sheet.name, row: data.row.row), table: table,
                                     cells: data.row.stored, fieldCells: fieldCells)
            located.fieldTexts = fieldTexts
            located.combinedDecision = combined
            located.sectionKind = data.sectionKind
            located.sectionAward = data.sectionAward
            located.sectionText = data.sectionText
            located.sheetKind = sheetKind
            located.titleKind = titles.kind
            located.titleAward = titles.award
            located.headerKind = headerKind
            located.titleYear = titles.year
            located.headerYears = headerYears
            return located
        }

        var clues = titles.clues
        if let unit = singleUnit(rows) { clues.append(unit) }
        let layout = SheetLayout(table: table, rows: rows, findings: resolution.findings, unitClues: clues,
                                 repairedHeaderOrTitle: repaired, titleYear: titles.year)
        return (layout, walk.nextHeader)
    }

    /// The unit column's value when it is the same in every data row (compared as folded words), repaired.
    private func singleUnit(_ rows: [LocatedRow]) -> String? {
        var first: (text: String, words: [String])?
        for row in rows {
            guard let cell = row.fieldCells[.unit] else { return nil }
            let text: String
            if case .string(let raw) = cell.value { text = repairer.repair(raw, font: cell.font).text } else { text = cell.value.text }
            let words = TextFolding.tokens(text)
            if let first { guard first.words == words else { return nil } } else { first = (text, words) }
        }
        return first?.text
    }
}

/// Gives a row inside a vertically merged range the cell at the range's top (a unit or kind merged down over
/// several nominees), when that top cell lies inside the table.
struct MergedCellFiller {
    /// Per column, the vertical ranges over it with their top cell, by first row (ranges do not overlap).
    private var tops: [Int: [(range: MergedRange, cell: TextCell)]] = [:]

    init(text: SheetText, firstDataRow: Int) {
        let vertical = text.merges.filter { $0.lastRow > $0.firstRow && $0.firstRow >= firstDataRow }
        guard !vertical.isEmpty else { return }
        var cellAt: [Int: [Int: TextCell]] = [:]
        let rowsWithTops = Set(vertical.map(\.firstRow))
        for row in text.rows where rowsWithTops.contains(row.row) {
            for cell in row.cells { cellAt[row.row, default: [:]][cell.column] = cell }
        }
        for range in vertical {
            guard let cell = cellAt[range.firstRow]?[range.firstColumn] else { continue }
            // Wide ranges are not spread over their columns: only a range's own column is a field's column.
            tops[range.firstColumn, default: []].append((range, cell))
        }
        for column in tops.keys { tops[column]?.sort { $0.range.firstRow < $1.range.firstRow } }
    }

    /// The merged range's top cell for a row below its top, if (row, column) is inside one.
    func cell(row: Int, column: Int) -> TextCell? {
        guard let ranges = tops[column] else { return nil }
        // The last range starting above the row is the only one that can cover it.
        var low = 0, high = ranges.count
        while low < high {
            let middle = (low + high) / 2
            if ranges[middle].range.firstRow < row { low = middle + 1 } else { high = middle }
        }
        guard low > 0 else { return nil }
        let candidate = ranges[low - 1]
        return candidate.range.contains(row: row, column: column) ? candidate.cell : nil
    }
}
