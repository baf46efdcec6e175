import Campaign
import Sheets

/// How one column of a table was read: its header text and the field it maps to (nil: no field).
public struct ColumnMapping: Sendable, Hashable {
    public var column: Int
    /// The header as a person reads it (parent and child of a two-row header joined by " / ").
    public var header: String
    public var field: Field?
    /// True for the row-number column ("STT", "Số TT", "TT", "Số thứ tự"): no field, but known, so not `S-HEADER`.
    public var isRowNumber: Bool
    /// True when the column is the one-cell recognition decision ("Quyết định công nhận sáng kiến": number and
    /// date in one cell); its field is then `.decisionNumber`.
    public var combinedDecision: Bool
    /// A year the header names ("Xếp loại năm 2024" → 2024), if any.
    public var headerYear: Int?
    public init(column: Int, header: String, field: Field?, isRowNumber: Bool = false, combinedDecision: Bool = false, headerYear: Int? = nil) {
        self.column = column; self.header = header; self.field = field
        self.isRowNumber = isRowNumber; self.combinedDecision = combinedDecision; self.headerYear = headerYear
    }
}

/// Why a row under the header was not taken as a nomination (shown by `inspect`). `blank` also covers a row
/// with values only in the row-number, note or unmapped columns; `belowTable` is any other row under the end
/// of the table (signers' names), where signature rows and blanks keep their own reasons.
public enum SkippedRowReason: String, Sendable, Hashable {
    case title, columnNumbers = "column-numbers", section, total, signature, blank, repeatedHeader = "repeated-header", belowTable = "below-table"
}

/// The table found on one sheet: where its header is, how columns map, which rows were taken or skipped.
/// Shared (by reference) by all of that sheet's rows.
public final class TableLayout: Sendable {
    public let sheet: String?
    /// The header's rows (one or two), 1-based.
    public let headerRows: [Int]
    public let columns: [ColumnMapping]
    /// Rows above the header (title rows), with their text joined, for `inspect`.
    public let titleRows: [(row: Int, text: String)]
    public let skippedRows: [(row: Int, reason: SkippedRowReason)]
    public let dataRows: [Int]

    public init(sheet: String?, headerRows: [Int], columns: [ColumnMapping], titleRows: [(row: Int, text: String)],
                skippedRows: [(row: Int, reason: SkippedRowReason)], dataRows: [Int]) {
        self.sheet = sheet; self.headerRows = headerRows; self.columns = columns; self.titleRows = titleRows
        self.skippedRows = skippedRows; self.dataRows = dataRows
    }

    /// The column a field was read from, if any.
    public func column(of field: Field) -> Int? { columns.first { $0.field == field }?.column }
}

/// One data row of a unit's sheet: where it is, its original cells, the values read from it and the
/// `S-*` and `R-*` findings about it.
public struct NominationRow: Sendable {
    public var location: RowLocation
    public var table: TableLayout
    /// The row's non-empty cells as stored (before repair), for the unit's feedback workbook.
    public var cells: [Cell]

    public var kind: NomineeKind?
    /// The name as it will be printed (cleaned as `cli-contract.md` says); nil when blank.
    public var name: String?
    public var birthDate: BirthDate?
    public var position: String?
    /// The unit text written in the row (a "Đơn vị" column), repaired; not the submitting unit.
    public var unitText: String?
    public var rating: Rating?
    public var initiative: String?
    public var decisionNumber: String?
    public var decisionDate: DayDate?
    public var discipline: Discipline?
    public var achievements: String?
    /// The award form id (`bang-khen-ubnd-tinh`), when it was read.
    public var award: String?
    /// Whether the achievement report is present.
    public var hasReport: Bool
    public var priority: Int?
    /// The award year the row is for (its own column, else the title rows, else the run's year).
    public var year: Int?
    public var note: String?
    /// Every `S-*` and `R-*` finding about the row, ordered by rule then field.
    public var findings: [Finding]

    public init(location: RowLocation, table: TableLayout, cells: [Cell]) {
        self.location = location; self.table = table; self.cells = cells
        self.hasReport = false; self.findings = []
    }
}

/// What reading one input's workbook for nominations gives.
public struct SheetReading: Sendable {
    /// One layout per sheet where a table was found.
    public var tables: [TableLayout]
    /// Sheets not read for nominations, with why (hidden, an instructions sheet, no header row).
    public var skippedSheets: [(sheet: String?, why: Message)]
    /// Every data row, in sheet order then row order.
    public var rows: [NominationRow]
    /// Findings about the whole input: `F-NO-TABLE`, `S-HEADER`, `S-ENCODING` for a repaired header or title.
    public var findings: [Finding]
    /// Texts that may name the submitting unit: the title rows, and a unit column's value when it is the same
    /// in every row. The pipeline matches them against the registry (the weakest clue).
    public var unitClues: [String]

    public init(tables: [TableLayout] = [], skippedSheets: [(sheet: String?, why: Message)] = [], rows: [NominationRow] = [],
                findings: [Finding] = [], unitClues: [String] = []) {
        self.tables = tables; self.skippedSheets = skippedSheets; self.rows = rows; self.findings = findings; self.unitClues = unitClues
    }
}
