import Campaign
import Sheets
@testable import Nominations

/// The example campaign (`shared/spec/example-campaign.md`), built in code for the value and rule tests.
enum ExampleCampaign {
    static func make(initiativeDecisionInAwardYear: Bool = true) -> Campaign {
        Campaign(
            organisation: Organisation(
                superiorBody: "UBND TỈNH BÌNH PHƯỚC", agency: "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI",
                council: "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG", place: "Bình Phước",
                movement: "Phong trào thi đua \"Đẩy mạnh cải cách hành chính nhà nước\" giai đoạn 2024 - 2025"),
            years: [2024, 2025], currentYear: 2025, utcOffsetSeconds: 25_200,
            deadline: Deadline(month: 12, day: 15, dayIsOnTime: false),
            initiativeDecisionInAwardYear: initiativeDecisionInAwardYear,
            awards: [
                AwardForm(id: "bang-khen-ubnd-tinh", name: "Bằng khen của Chủ tịch UBND tỉnh",
                          aliases: ["Bằng khen UBND tỉnh", "Bằng khen", "BK"], recipients: [.collective],
                          quotas: [2024: 2, 2025: 2]),
                AwardForm(id: "giay-khen-giam-doc-so", name: "Giấy khen của Giám đốc Sở",
                          aliases: ["Giấy khen", "GK"], recipients: [.collective, .individual],
                          quotas: [2024: 15, 2025: 15]),
            ],
            units: [
                RegisteredUnit(code: "VP", name: "Văn phòng Sở", aliases: ["Văn phòng"], senders: ["vanphong@sldtbxh.example.vn"]),
                RegisteredUnit(code: "TTRA", name: "Thanh tra Sở", aliases: ["Thanh tra"], senders: ["thanhtra@sldtbxh.example.vn"]),
                RegisteredUnit(code: "KHTC", name: "Phòng Kế hoạch - Tài chính", aliases: ["Phòng KH-TC", "Kế hoạch Tài chính"],
                               senders: ["khtc@sldtbxh.example.vn"]),
            ])
    }
}

/// Builds `LocatedRow`s as the layout stage would hand them over: one column per field, in the order given.
enum RowBuilder {
    /// A cell value typed as text, or a typed cell value.
    enum Input {
        case text(String)
        case cell(CellValue)
    }

    static let headers: [Field: String] = [
        .kind: "Loại", .name: "Họ và tên / Tên tập thể", .birthDate: "Năm sinh", .position: "Chức vụ",
        .unit: "Đơn vị công tác", .rating: "Xếp loại", .initiative: "Tên sáng kiến", .decisionNumber: "Số QĐ công nhận",
        .decisionDate: "Ngày QĐ công nhận", .discipline: "Hình thức kỷ luật", .achievements: "Tóm tắt thành tích",
        .award: "Hình thức khen thưởng", .report: "Báo cáo thành tích", .priority: "Thứ tự ưu tiên", .year: "Năm",
        .note: "Ghi chú",
    ]

    /// `fields` gives each column's field and its value (nil: a blank cell under that column).
    static func row(_ fields: [(Field, Input?)], sheet: String? = "DS", row: Int = 7) -> LocatedRow {
        var columns: [ColumnMapping] = []
        var cells: [Cell] = []
        var fieldCells: [Field: Cell] = [:]
        for (index, (field, input)) in fields.enumerated() {
            let column = index + 2  // column 1 is "STT"
            columns.append(ColumnMapping(column: column, header: headers[field] ?? field.rawValue, field: field))
            guard let input else { continue }
            let value: CellValue
            switch input {
            case .text(let text): value = .string(text)
            case .cell(let cellValue): value = cellValue
            }
            let cell = Cell(row: row, column: column, value: value)
            cells.append(cell)
            fieldCells[field] = cell
        }
        let table = TableLayout(sheet: sheet, headerRows: [5], columns: columns, titleRows: [], skippedRows: [], dataRows: [row])
        return LocatedRow(location: RowLocation(source: "khtc/de-nghi.xlsx", sheet: sheet, row: row), table: table,
                          cells: cells, fieldCells: fieldCells)
    }

    /// A collective that meets every criterion for 2025.
    static func collective(replacing changes: [Field: Input?] = [:], removing: Set<Field> = []) -> LocatedRow {
        let base: [(Field, Input?)] = [
            (.kind, .text("Tập thể")), (.name, .text("Phòng Kế hoạch - Tài chính")),
            (.achievements, .text("Hoàn thành 100% thủ tục hành chính đúng hạn; số hoá hồ sơ")),
            (.initiative, .text("Số hoá hồ sơ lưu trữ")), (.decisionNumber, .text("12/QĐ-HĐSK")),
            (.decisionDate, .text("05/11/2025")), (.discipline, .text("Không")), (.award, .text("Bằng khen")),
            (.report, .text("Có")),
        ]
        return row(apply(changes, removing, to: base))
    }

    /// An individual who meets every criterion for 2025.
    static func individual(replacing changes: [Field: Input?] = [:], removing: Set<Field> = []) -> LocatedRow {
        let base: [(Field, Input?)] = [
            (.kind, .text("Cá nhân")), (.name, .text("Nguyễn Văn An")), (.birthDate, .cell(.number(1985))),
            (.position, .text("Chuyên viên")), (.unit, .text("Văn phòng Sở")),
            (.rating, .text("Hoàn thành xuất sắc nhiệm vụ")),
            (.achievements, .text("Tham mưu rút ngắn thời gian giải quyết thủ tục")),
            (.initiative, .text("Một cửa điện tử")), (.decisionNumber, .text("15/QĐ-HĐSK")),
            (.decisionDate, .cell(.date(LocalDateTime(year: 2025, month: 10, day: 20)))),
            (.discipline, .text("Không")), (.award, .text("Giấy khen")),
        ]
        return row(apply(changes, removing, to: base))
    }

    private static func apply(_ changes: [Field: Input?], _ removing: Set<Field>, to base: [(Field, Input?)]) -> [(Field, Input?)] {
        var result = base.filter { !removing.contains($0.0) }.map { field, input in (field, changes[field] ?? input) }
        for (field, input) in changes.sorted(by: { $0.key < $1.key }) where !base.contains(where: { $0.0 == field }) {
            result.append((field, input))
        }
        return result
    }

    /// Reads a located row for the run's year, with the example campaign.
    static func read(_ located: LocatedRow, year: Int = 2025, campaign: Campaign = ExampleCampaign.make()) -> NominationRow {
        NominationReader.readRow(located, campaign: campaign, year: year, repairer: TextRepairer(texts: []))
    }
}

extension NominationRow {
    /// "RULE field" for each finding, in the row's order: what the tests compare.
    var ruleFields: [String] { findings.map { "\($0.rule.rawValue) \($0.field?.rawValue ?? "-")" } }
}
