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
///
/// A value, stored in one copy-on-write box: a province's hundred thousand rows are passed between stages,
/// lists and sheets many times, and a copy is then one retain rather than one per field.
public struct NominationRow: Sendable {
    public var location: RowLocation { get { box.fields.location } set { unique.fields.location = newValue } }
    public var table: TableLayout { get { box.fields.table } set { unique.fields.table = newValue } }
    /// The row's non-empty cells as stored (before repair), for the unit's feedback workbook.
    public var cells: [Cell] { get { box.fields.cells } set { unique.fields.cells = newValue } }

    public var kind: NomineeKind? { get { box.fields.kind } set { unique.fields.kind = newValue } }
    /// The name as it will be printed (cleaned as `cli-contract.md` says); nil when blank.
    public var name: String? { get { box.fields.name } set { unique.fields.name = newValue } }
    public var birthDate: BirthDate? { get { box.fields.birthDate } set { unique.fields.birthDate = newValue } }
    public var position: String? { get { box.fields.position } set { unique.fields.position = newValue } }
    /// The unit text written in the row (a "Đơn vị" column), repaired; not the submitting unit.
    public var unitText: String? { get { box.fields.unitText } set { unique.fields.unitText = newValue } }
    public var rating: Rating? { get { box.fields.rating } set { unique.fields.rating = newValue } }
    public var initiative: String? { get { box.fields.initiative } set { unique.fields.initiative = newValue } }
    public var decisionNumber: String? { get { box.fields.decisionNumber } set { unique.fields.decisionNumber = newValue } }
    public var decisionDate: DayDate? { get { box.fields.decisionDate } set { unique.fields.decisionDate = newValue } }
    public var discipline: Discipline? { get { box.fields.discipline } set { unique.fields.discipline = newValue } }
    public var achievements: String? { get { box.fields.achievements } set { unique.fields.achievements = newValue } }
    /// The award form id (`bang-khen-ubnd-tinh`), when it was read.
    public var award: String? { get { box.fields.award } set { unique.fields.award = newValue } }
    /// Whether the achievement report is present.
    public var hasReport: Bool { get { box.fields.hasReport } set { unique.fields.hasReport = newValue } }
    public var priority: Int? { get { box.fields.priority } set { unique.fields.priority = newValue } }
    /// The award year the row is for (its own column, else the title rows, else the run's year).
    public var year: Int? { get { box.fields.year } set { unique.fields.year = newValue } }
    public var note: String? { get { box.fields.note } set { unique.fields.note = newValue } }
    /// Every `S-*` and `R-*` finding about the row, ordered by rule then field.
    public var findings: [Finding] { get { box.fields.findings } set { unique.fields.findings = newValue } }

    public init(location: RowLocation, table: TableLayout, cells: [Cell]) {
        box = Storage(Fields(location: location, table: table, cells: cells))
    }

    private var box: Storage

    /// The box, copied first when another row shares it.
    private var unique: Storage {
        mutating get {
            if !isKnownUniquelyReferenced(&box) { box = Storage(box.fields) }
            return box
        }
    }

    private struct Fields: Sendable {
        var location: RowLocation
        var table: TableLayout
        var cells: [Cell]
        var kind: NomineeKind?
        var name: String?
        var birthDate: BirthDate?
        var position: String?
        var unitText: String?
        var rating: Rating?
        var initiative: String?
        var decisionNumber: String?
        var decisionDate: DayDate?
        var discipline: Discipline?
        var achievements: String?
        var award: String?
        var hasReport = false
        var priority: Int?
        var year: Int?
        var note: String?
        var findings: [Finding] = []
    }

    /// The fields, shared by copies of a row. Only a row that holds the box alone changes it (`unique`), so
    /// sharing it between threads is safe.
    private final class Storage: @unchecked Sendable {
        var fields: Fields
        init(_ fields: Fields) { self.fields = fields }
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
