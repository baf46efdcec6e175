import Foundation
import Campaign
import Consolidation
import Nominations
import Sheets

/// The example campaign's data (example-campaign.md), built in code for tests of this module.
let campaign = Campaign(
    organisation: Organisation(superiorBody: "UBND TỈNH BÌNH PHƯỚC", agency: "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI",
                               council: "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG", place: "Bình Phước", movement: "Phong trào thi đua"),
    years: [2024, 2025], currentYear: 2025, utcOffsetSeconds: 7 * 3600,
    deadline: Deadline(month: 12, day: 15, dayIsOnTime: false), initiativeDecisionInAwardYear: true,
    awards: [
        AwardForm(id: "bang-khen-ubnd-tinh", name: "Bằng khen của Chủ tịch UBND tỉnh", aliases: ["BK"], recipients: [.collective], quotas: [2024: 2, 2025: 2]),
        AwardForm(id: "giay-khen-giam-doc-so", name: "Giấy khen của Giám đốc Sở", aliases: ["GK"], recipients: [.collective, .individual], quotas: [2025: 15]),
    ],
    units: [
        RegisteredUnit(code: "VP", name: "Văn phòng Sở", aliases: ["Văn phòng"]),
        RegisteredUnit(code: "TTRA", name: "Thanh tra Sở", aliases: ["Thanh tra"]),
        RegisteredUnit(code: "KHTC", name: "Phòng Kế hoạch - Tài chính", aliases: ["Phòng KH-TC"]),
        RegisteredUnit(code: "NCC", name: "Phòng Người có công", aliases: ["Người có công"]),
    ])

let layout = TableLayout(sheet: "DS", headerRows: [1], columns: [], titleRows: [], skippedRows: [], dataRows: [])

/// Vietnam-time instant.
func vn(_ year: Int, _ month: Int, _ day: Int, _ hour: Int = 9, _ minute: Int = 0, _ second: Int = 0) -> Date {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(secondsFromGMT: 7 * 3600)!
    return calendar.date(from: DateComponents(year: year, month: month, day: day, hour: hour, minute: minute, second: second))!
}

/// A nomination row; `errors` adds that many R-* errors.
func nomination(_ name: String, source: String, row: Int, kind: NomineeKind = .individual, award: String = "giay-khen-giam-doc-so",
                birth: BirthDate? = nil, priority: Int? = nil, year: Int = 2025, errors: Int = 0) -> NominationRow {
    var r = NominationRow(location: RowLocation(source: source, sheet: "DS", row: row), table: layout, cells: [])
    r.name = name; r.kind = kind; r.award = award; r.birthDate = birth; r.priority = priority; r.year = year
    for _ in 0..<errors {
        r.findings.append(Finding(rule: .rIndRating, severity: .error, field: .rating, message: Message(vi: "x", en: "x")))
    }
    return r
}

func record(_ source: String, unit: String?, at received: Date?, sha: String? = nil, message: String? = nil,
            failure: InputFailure? = nil, rows: (String) -> [NominationRow] = { _ in [] }) -> InputRecord {
    var findings: [Finding] = []
    if unit == nil { findings.append(Finding(rule: .fUnknownUnit, severity: .error, message: Message(vi: "u", en: "u"))) }
    if failure == .unreadable { findings.append(Finding(rule: .fUnreadable, severity: .error, message: Message(vi: "r", en: "r"))) }
    return InputRecord(source: source, sha256: sha ?? "sha-" + source, unit: unit, received: received, messageKey: message,
                       failure: failure, findings: findings, rows: failure == nil ? rows(source) : [])
}

extension Consolidation {
    func input(_ source: String) -> ConsolidatedInput? { inputs.first { $0.record.source == source } }
    func rows(of source: String) -> [ConsolidatedRow] { rows.filter { $0.row.location.source == source } }
    func row(_ source: String, _ row: Int) -> ConsolidatedRow? { rows.first { $0.row.location.source == source && $0.row.location.row == row } }
}
