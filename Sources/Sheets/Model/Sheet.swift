/// The file formats the readers understand.
public enum SpreadsheetFormat: String, Sendable, Hashable {
    case csv, xlsx, xls
}

/// One worksheet, materialised: its non-empty cells in row-major order plus its merged ranges.
public struct Sheet: Sendable {
    /// The sheet's name; `nil` for a CSV file, which has no sheets.
    public var name: String?
    /// Hidden (or very hidden) sheets are listed by `inspect` but not read for nominations.
    public var isHidden: Bool
    /// Non-empty cells sorted by row, then column. Empty-string cells are left out.
    public var cells: [Cell]
    public var merges: [MergedRange]

    public init(name: String?, isHidden: Bool = false, cells: [Cell] = [], merges: [MergedRange] = []) {
        self.name = name; self.isHidden = isHidden; self.cells = cells; self.merges = merges
    }

    /// The cells grouped by row, in order; rows without cells are absent.
    public var rows: [(row: Int, cells: ArraySlice<Cell>)] {
        var result: [(row: Int, cells: ArraySlice<Cell>)] = []
        var start = cells.startIndex
        while start < cells.endIndex {
            let row = cells[start].row
            var end = start
            while end < cells.endIndex, cells[end].row == row { end += 1 }
            result.append((row, cells[start..<end]))
            start = end
        }
        return result
    }
}

/// A whole spreadsheet file as read: its format, its text encoding (CSV only) and its sheets in order.
public struct Workbook: Sendable {
    public var format: SpreadsheetFormat
    /// The detected encoding of a text file (`UTF-8`, `UTF-8 (BOM)`, `UTF-16LE`, `Windows-1258` …); `nil` for workbooks.
    public var encoding: String?
    /// The delimiter sniffed from a text file; `nil` for workbooks.
    public var delimiter: Character?
    public var sheets: [Sheet]

    public init(format: SpreadsheetFormat, encoding: String? = nil, delimiter: Character? = nil, sheets: [Sheet]) {
        self.format = format; self.encoding = encoding; self.delimiter = delimiter; self.sheets = sheets
    }
}
