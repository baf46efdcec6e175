import Campaign
import Sheets

/// A data row as the layout stage found it, before its values are read: the row's cells and, for each mapped
/// field, the cell under that field's column, plus what the surrounding layout says about kind, award form
/// and year (each weaker than a cell in the row).
public struct LocatedRow: Sendable {
    public var location: RowLocation
    public var table: TableLayout
    /// All non-empty cells of the row as stored.
    public var cells: [Cell]
    /// The cell under each mapped field's column, as stored (not repaired). A one-cell recognition decision
    /// ("Quyết định công nhận sáng kiến": number and date together) is under `.decisionNumber` with
    /// `combinedDecision` true.
    public var fieldCells: FieldMap<Cell>
    /// The repaired text of each text cell in `fieldCells`, as the layout stage repaired it (so that values are
    /// not repaired twice); a field missing here is repaired when its value is read.
    public var fieldTexts: FieldMap<RepairedText>
    /// True when `fieldCells[.decisionNumber]` holds number and date in one cell.
    public var combinedDecision: Bool
    /// Kind set by a section row above ("I. TẬP THỂ"), repaired text of that section row kept in `sectionText`.
    public var sectionKind: NomineeKind?
    /// The repaired text of the nearest section row above the row ("I. TẬP THỂ"), for messages; nil when none.
    public var sectionText: String?
    /// Award form id set by a section row above ("A. Bằng khen …").
    public var sectionAward: String?
    /// Kind named by the sheet's name ("Tập thể", "Cá nhân").
    public var sheetKind: NomineeKind?
    /// Kind and award form named by the title rows ("DANH SÁCH TẬP THỂ ĐỀ NGHỊ …").
    public var titleKind: NomineeKind?
    public var titleAward: String?
    /// Kind implied by the name column's header ("Họ và tên" → individual, "Tên tập thể" → collective; both → nil).
    public var headerKind: NomineeKind?
    /// A year named by the title rows ("năm 2025").
    public var titleYear: Int?
    /// A year named by a column's header ("Xếp loại năm 2024"), per field.
    public var headerYears: FieldMap<Int>

    public init(location: RowLocation, table: TableLayout, cells: [Cell], fieldCells: FieldMap<Cell>) {
        self.location = location; self.table = table; self.cells = cells; self.fieldCells = fieldCells
        self.combinedDecision = false; self.headerYears = FieldMap(); self.fieldTexts = FieldMap()
    }

    public init(location: RowLocation, table: TableLayout, cells: [Cell], fieldCells: [Field: Cell]) {
        self.init(location: location, table: table, cells: cells, fieldCells: FieldMap(fieldCells))
    }
}

/// What the layout stage finds in one input's workbook.
public struct LayoutResult: Sendable {
    public var tables: [TableLayout]
    public var skippedSheets: [(sheet: String?, why: Message)]
    public var rows: [LocatedRow]
    /// `F-NO-TABLE`, `S-HEADER`, `S-ENCODING` for a repaired header or title (once per input).
    public var findings: [Finding]
    /// Title-row texts and a single-valued unit column's value: clues to the submitting unit.
    public var unitClues: [String]
    public init(tables: [TableLayout] = [], skippedSheets: [(sheet: String?, why: Message)] = [], rows: [LocatedRow] = [],
                findings: [Finding] = [], unitClues: [String] = []) {
        self.tables = tables; self.skippedSheets = skippedSheets; self.rows = rows; self.findings = findings; self.unitClues = unitClues
    }
}
