import Campaign
import Sheets
@testable import Nominations

/// Builds the values the layout tests read: the example campaign (example-campaign.md) and sheets from rows
/// of strings, as a unit would type them.
enum LayoutFixture {
    /// The example campaign's data: two award forms, the ten units, years 2024–2025.
    static let campaign = Campaign(
        organisation: Organisation(superiorBody: "UBND TỈNH BÌNH PHƯỚC", agency: "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI",
                                   council: "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG", place: "Bình Phước",
                                   movement: "Phong trào thi đua \"Đẩy mạnh cải cách hành chính nhà nước\" giai đoạn 2024 - 2025"),
        years: [2024, 2025], currentYear: 2025, utcOffsetSeconds: 25_200,
        deadline: Deadline(month: 12, day: 15, dayIsOnTime: false), initiativeDecisionInAwardYear: true,
        awards: [
            AwardForm(id: "bang-khen-ubnd-tinh", name: "Bằng khen của Chủ tịch UBND tỉnh", aliases: ["Bằng khen UBND tỉnh", "Bằng khen", "BK"],
                      recipients: [.collective], quotas: [2024: 2, 2025: 2]),
            AwardForm(id: "giay-khen-giam-doc-so", name: "Giấy khen của Giám đốc Sở", aliases: ["Giấy khen", "GK"],
                      recipients: [.collective, .individual], quotas: [2024: 15, 2025: 15]),
        ],
        units: [
            RegisteredUnit(code: "VP", name: "Văn phòng Sở", aliases: ["Văn phòng"]),
            RegisteredUnit(code: "KHTC", name: "Phòng Kế hoạch - Tài chính", aliases: ["Phòng KH-TC", "Kế hoạch Tài chính"]),
            RegisteredUnit(code: "NCC", name: "Phòng Người có công", aliases: ["Người có công"]),
        ])

    /// A sheet from rows of text: row `firstRow + i` holds `rows[i]`, column j + 1 holds `rows[i][j]`; empty
    /// strings are left out, as the readers leave out empty cells. A text that is a whole number becomes a number cell.
    static func sheet(_ rows: [[String]], name: String? = "DS", hidden: Bool = false, firstRow: Int = 1,
                      merges: [MergedRange] = []) -> Sheet {
        var cells: [Cell] = []
        for (i, row) in rows.enumerated() {
            for (j, text) in row.enumerated() where !text.isEmpty {
                let value: CellValue = Int(text).map { .number(Double($0)) } ?? .string(text)
                cells.append(Cell(row: firstRow + i, column: j + 1, value: value))
            }
        }
        return Sheet(name: name, isHidden: hidden, cells: cells, merges: merges)
    }

    static func merge(_ row: Int, _ firstColumn: Int, _ lastColumn: Int, toRow: Int? = nil) -> MergedRange {
        MergedRange(firstRow: row, firstColumn: firstColumn, lastRow: toRow ?? row, lastColumn: lastColumn)
    }

    /// Runs the layout stage over sheets of an XLSX-like workbook (or one CSV sheet with `csv`).
    static func layout(_ sheets: [Sheet], csv: Bool = false, year: Int = 2025) -> LayoutResult {
        let workbook = Workbook(format: csv ? .csv : .xlsx, sheets: sheets)
        let texts = sheets.flatMap { $0.cells }.compactMap { cell -> (text: String, font: String?)? in
            if case .string(let text) = cell.value { return (text, cell.font) }
            return nil
        }
        return LayoutFinder.find(workbook, source: "test.xlsx", repairer: TextRepairer(texts: texts), campaign: campaign, year: year)
    }

    /// The field a header maps to when read alone (nil: none), as the header row reads it.
    static func field(_ header: String) -> Field? {
        HeaderMatcher.match(HeaderWords(header)).target?.field
    }

    /// A plain one-row header for an individual's sheet, used where the header itself is not under test.
    static let header = ["STT", "Họ và tên", "Chức vụ", "Xếp loại", "Hình thức khen thưởng", "Ghi chú"]
}

extension LayoutResult {
    /// The rows' sheet row numbers.
    var rowNumbers: [Int] { rows.map(\.location.row) }
    /// The rule ids of the findings.
    var rules: [RuleID] { findings.map(\.rule) }
    /// The reason a row of the first table was skipped.
    func skipReason(_ row: Int) -> SkippedRowReason? { tables.first?.skippedRows.first { $0.row == row }?.reason }
    /// The text of the cell under a field in a located row.
    func text(_ field: Field, row index: Int) -> String? { rows[index].fieldCells[field]?.value.text }
}
