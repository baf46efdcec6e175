import Foundation
import Sheets
import Campaign
import Nominations
@testable import Consolidation
@testable import Workbooks

/// The example campaign (example-campaign.md), built by hand: the pipeline-file loader is another module's.
enum Fixtures {
    static let vietnam = 7 * 3600

    static let campaign = Campaign(
        organisation: Organisation(superiorBody: "UBND tỉnh Bình Phước", agency: "Sở Lao động - Thương binh và Xã hội",
                                   council: "Hội đồng Thi đua - Khen thưởng", place: "Bình Phước",
                                   movement: "Phong trào thi đua \"Đẩy mạnh cải cách hành chính nhà nước\" giai đoạn 2024 - 2025"),
        years: [2024, 2025], currentYear: 2025, utcOffsetSeconds: vietnam,
        deadline: Deadline(month: 12, day: 15, dayIsOnTime: false), initiativeDecisionInAwardYear: true,
        awards: [
            AwardForm(id: "bang-khen-ubnd-tinh", name: "Bằng khen của Chủ tịch UBND tỉnh", aliases: ["BK"], recipients: [.collective], quotas: [2024: 2, 2025: 2]),
            AwardForm(id: "giay-khen-giam-doc-so", name: "Giấy khen của Giám đốc Sở", aliases: ["GK"], recipients: [.collective, .individual], quotas: [2024: 15, 2025: 15]),
        ],
        units: [
            RegisteredUnit(code: "VP", name: "Văn phòng Sở"), RegisteredUnit(code: "TTRA", name: "Thanh tra Sở"),
            RegisteredUnit(code: "KHTC", name: "Phòng Kế hoạch - Tài chính"),
            RegisteredUnit(code: "LDVL", name: "Phòng Lao động - Việc làm - Giáo dục nghề nghiệp"),
            RegisteredUnit(code: "NCC", name: "Phòng Người có công"),
            RegisteredUnit(code: "BTXH", name: "Phòng Bảo trợ xã hội - Trẻ em - Bình đẳng giới"),
            RegisteredUnit(code: "PCTNXH", name: "Phòng Phòng, chống tệ nạn xã hội"),
            RegisteredUnit(code: "TTDVVL", name: "Trung tâm Dịch vụ việc làm"),
            RegisteredUnit(code: "CSCN", name: "Cơ sở Cai nghiện ma túy tỉnh"),
            RegisteredUnit(code: "TTBTXH", name: "Trung tâm Bảo trợ xã hội tỉnh"),
        ])

    /// 2025-12-05 00:00 in Vietnam.
    static let createdAt = Date(timeIntervalSince1970: 1_764_867_600)

    static func context(_ language: Language = .vi) -> WorkbookContext {
        WorkbookContext(campaign: campaign, year: 2025, language: language, printDay: (2025, 12, 5), createdAt: createdAt)
    }

    static func time(_ day: Int, _ hour: Int) -> Date {
        Date(timeIntervalSince1970: 1_764_522_000 + Double((day - 1) * 86_400 + hour * 3600))  // 2025-12-01 00:00 +07:00
    }

    static func layout(sheet: String?) -> TableLayout {
        TableLayout(sheet: sheet, headerRows: [3],
                    columns: [ColumnMapping(column: 1, header: "STT", field: nil),
                              ColumnMapping(column: 2, header: "Họ và tên / Tên tập thể", field: .name),
                              ColumnMapping(column: 3, header: "Loại", field: .kind),
                              ColumnMapping(column: 4, header: "Xếp loại năm 2025", field: .rating),
                              ColumnMapping(column: 5, header: "Tóm tắt thành tích", field: .achievements),
                              ColumnMapping(column: 6, header: "Hình thức đề nghị", field: .award),
                              ColumnMapping(column: 7, header: "Ghi chú", field: .note)],
                    titleRows: [], skippedRows: [], dataRows: [])
    }

    static func nomination(_ source: String, sheet: String? = "DS", row: Int, layout: TableLayout, name: String, kind: NomineeKind,
                           award: String, rating: String = "", achievements: String = "Hoàn thành 04 nội dung cải cách hành chính",
                           findings: [Finding] = []) -> NominationRow {
        let kindText = kind == .collective ? "Tập thể" : "Cá nhân"
        let awardText = award == "bang-khen-ubnd-tinh" ? "Bằng khen" : "Giấy khen"
        var cells = [Cell(row: row, column: 1, value: .number(Double(row - 3))), Cell(row: row, column: 2, value: .string(name)),
                     Cell(row: row, column: 3, value: .string(kindText)), Cell(row: row, column: 6, value: .string(awardText))]
        if !rating.isEmpty { cells.append(Cell(row: row, column: 4, value: .string(rating))) }
        if !achievements.isEmpty { cells.append(Cell(row: row, column: 5, value: .string(achievements))) }
        var nomination = NominationRow(location: RowLocation(source: source, sheet: sheet, row: row), table: layout, cells: cells)
        nomination.kind = kind; nomination.name = name; nomination.award = award
        nomination.achievements = achievements.isEmpty ? nil : achievements
        nomination.initiative = "Số hóa hồ sơ thủ tục hành chính"
        nomination.decisionNumber = "12/QĐ-HĐSK"; nomination.decisionDate = DayDate(year: 2025, month: 11, day: 5)
        nomination.position = kind == .individual ? "Chuyên viên" : nil
        nomination.findings = findings
        return nomination
    }

    static func message(_ vi: String) -> Message { Message(vi: vi, en: "EN: " + vi) }

    /// A consolidation with every kind of row: eligible in both award forms, one past the quota, ineligible,
    /// duplicate, superseded, late; an unreadable input; a name that looks like a formula.
    static func consolidation() -> Consolidation {
        let khtc = layout(sheet: "DS"), vpOld = layout(sheet: "DS"), vpNew = layout(sheet: "DS"), ncc = layout(sheet: nil), ttra = layout(sheet: "Tập thể")
        let encoding = Finding(rule: .sEncoding, severity: .warning, field: .name, message: message("Tên đã được chuyển từ mã TCVN3 sang Unicode"), column: 2)
        let rating = Finding(rule: .rIndRating, severity: .error, field: .rating, message: message("Xếp loại năm 2025 không phải Hoàn thành xuất sắc nhiệm vụ"), column: 4)
        let required = Finding(rule: .sRequired, severity: .error, field: .achievements, message: message("Thiếu tóm tắt thành tích"))
        let late = Finding(rule: .fLate, severity: .error, message: message("Nhận lúc 16/12/2025 08:00, sau hạn (trước ngày 15/12/2025)"))
        let superseded = Finding(rule: .fSuperseded, severity: .warning, message: message("Đã được thay thế bằng lần gửi sau"))
        let duplicate = Finding(rule: .mDuplicate, severity: .error, field: .name, message: message("Trùng với đề nghị của Phòng Kế hoạch - Tài chính"),
                                other: RowLocation(source: "khtc/DS.xlsx", sheet: "DS", row: 5))
        let quota = Finding(rule: .mQuota, severity: .warning, field: .award, message: message("Vượt chỉ tiêu Bằng khen (2)"))
        let unreadable = Finding(rule: .fUnreadable, severity: .error, message: message("Tệp bị hỏng, không đọc được"))

        let khtcRows = [
            nomination("khtc/DS.xlsx", row: 4, layout: khtc, name: "Phòng Kế hoạch - Tài chính", kind: .collective, award: "bang-khen-ubnd-tinh", findings: [quota]),
            nomination("khtc/DS.xlsx", row: 5, layout: khtc, name: "Nguyễn Văn An", kind: .individual, award: "giay-khen-giam-doc-so",
                       rating: "Hoàn thành xuất sắc nhiệm vụ", findings: [encoding]),
            nomination("khtc/DS.xlsx", row: 6, layout: khtc, name: "=HYPERLINK(\"http://evil.example\",\"Bấm vào\")", kind: .individual,
                       award: "giay-khen-giam-doc-so", rating: "Hoàn thành tốt nhiệm vụ", achievements: "", findings: [rating, required]),
        ]
        let oldRows = [nomination("vp/cu.xlsx", row: 4, layout: vpOld, name: "Văn phòng Sở", kind: .collective, award: "bang-khen-ubnd-tinh", findings: [superseded])]
        let newRows = [nomination("vp/moi.xlsx", row: 4, layout: vpNew, name: "Văn phòng Sở", kind: .collective, award: "bang-khen-ubnd-tinh")]
        let nccRows = [nomination("ncc/late.csv", sheet: nil, row: 2, layout: ncc, name: "Trần Thị Bình", kind: .individual, award: "giay-khen-giam-doc-so",
                                  rating: "Hoàn thành xuất sắc nhiệm vụ", findings: [late])]
        let ttraRows = [
            nomination("ttra/ds.xlsx", sheet: "Tập thể", row: 4, layout: ttra, name: "Thanh tra Sở", kind: .collective, award: "bang-khen-ubnd-tinh"),
            nomination("ttra/ds.xlsx", sheet: "Tập thể", row: 5, layout: ttra, name: "Nguyễn Văn An", kind: .individual, award: "giay-khen-giam-doc-so",
                       rating: "Hoàn thành xuất sắc nhiệm vụ", findings: [duplicate]),
        ]
        func record(_ source: String, _ unit: String?, _ received: Date?, _ rows: [NominationRow], failure: InputFailure? = nil) -> InputRecord {
            InputRecord(source: source, sha256: String(repeating: "ab", count: 32), unit: unit, received: received, messageKey: nil, failure: failure, rows: rows)
        }
        let inputs = [
            ConsolidatedInput(record: record("vp/cu.xlsx", "VP", time(2, 8), oldRows), status: .superseded, findings: [superseded], supersededBy: "vp/moi.xlsx"),
            ConsolidatedInput(record: record("mail/ttra.eml#hong.xlsx", "TTRA", time(3, 9), [], failure: .unreadable), status: .unreadable, findings: [unreadable]),
            ConsolidatedInput(record: record("khtc/DS.xlsx", "KHTC", time(5, 9), khtcRows), status: .taken, findings: []),
            ConsolidatedInput(record: record("vp/moi.xlsx", "VP", time(6, 14), newRows), status: .taken, findings: []),
            ConsolidatedInput(record: record("ttra/ds.xlsx", "TTRA", time(8, 10), ttraRows), status: .taken, findings: []),
            ConsolidatedInput(record: record("ncc/late.csv", "NCC", time(16, 8), nccRows), status: .late, findings: [late]),
        ]
        func rows(_ input: Int, _ list: [NominationRow], _ statuses: [RowStatus], pastQuota: [Bool]? = nil) -> [ConsolidatedRow] {
            list.enumerated().map { index, row in
                ConsolidatedRow(row: row, input: input, unit: inputs[input].record.unit, status: statuses[index], findings: row.findings,
                                pastQuota: pastQuota?[index] ?? false)
            }
        }
        let all = rows(0, oldRows, [.superseded]) + rows(2, khtcRows, [.eligible, .eligible, .ineligible], pastQuota: [true, false, false])
            + rows(3, newRows, [.eligible]) + rows(4, ttraRows, [.eligible, .duplicate]) + rows(5, nccRows, [.ineligible])
        // Council order: award form, kind, registry order (VP, TTRA, KHTC), priority, row.
        return Consolidation(inputs: inputs, rows: all, councilOrder: [4, 5, 1, 2], year: 2025)
    }
}
