import Foundation
import Testing
import Campaign
@testable import Workbooks

@Suite struct TemplateWorkbookTests {
    let folder: URL
    let path: String
    init() throws {
        folder = try temporaryFolder()
        path = folder.appendingPathComponent("template.xlsx").path
        try TemplateWorkbook.write(campaign: Fixtures.campaign, unit: nil, year: 2025, language: .vi, printDay: (2025, 12, 5),
                                   createdAt: Fixtures.createdAt, to: path)
    }

    @Test func sheetsWithHiddenLists() throws {
        let book = try WrittenWorkbook(path: path)
        #expect(try book.sheetNames() == ["Danh sách đề nghị", "Hướng dẫn", "DM"])
        let workbook = try book.part("xl/workbook.xml")
        #expect(workbook.contains("name=\"DM\"") && workbook.contains("state=\"hidden\""))
        #expect(try book.strings().contains("Trung tâm Bảo trợ xã hội tỉnh"))
    }

    @Test func headersAreTheSynonymsTheToolMaps() throws {
        let strings = try WrittenWorkbook(path: path).strings()
        for header in ["STT", "Họ và tên / Tên tập thể", "Tập thể/Cá nhân", "Ngày sinh", "Chức vụ", "Đơn vị công tác", "Xếp loại năm 2025",
                       "Tên sáng kiến", "Quyết định công nhận sáng kiến", "Số", "Ngày", "Kỷ luật (nếu có)", "Tóm tắt thành tích",
                       "Hình thức đề nghị khen thưởng", "Báo cáo thành tích (mẫu 08)", "Thứ tự ưu tiên", "Ghi chú"] {
            #expect(strings.contains(header), "missing header \(header)")
        }
        // The title rows name the year; the heading has the agency and a blank for the unit.
        #expect(strings.contains("Năm 2025") && strings.contains("SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"))
        guard let view = try OpenpyxlView.read(path), let sheet = view.sheet("Danh sách đề nghị") else { return }
        let header = sheet.rows(with: "Quyết định công nhận sáng kiến").first ?? 0
        #expect(header > 0 && sheet.text(header + 1, 9) == "Số" && sheet.text(header + 1, 10) == "Ngày")
        #expect(sheet.merges.contains("I\(header):J\(header)") && sheet.merges.contains("B\(header):B\(header + 1)"))
        #expect(sheet.printTitleRows == "$\(header):$\(header + 1)")
        #expect(sheet.protected)
    }

    @Test func dropDownsDatesAndMessages() throws {
        let xml = try WrittenWorkbook(path: path).sheetXML(1)
        // The registry's unit names exceed 255 UTF-8 bytes: the list refers to the hidden sheet.
        #expect(TemplateWorkbook.inlineBytes(Fixtures.campaign.units.map(\.name)) > 255)
        #expect(xml.contains("<formula1>DM!$A$1:$A$10</formula1>"))
        #expect(xml.contains("<formula1>\"Tập thể,Cá nhân\"</formula1>"))
        #expect(xml.contains("<formula1>\"Bằng khen của Chủ tịch UBND tỉnh,Giấy khen của Giám đốc Sở\"</formula1>"))
        #expect(xml.contains("Hoàn thành xuất sắc nhiệm vụ"))
        #expect(xml.contains("Khiển trách"))
        #expect(occurrences(of: "type=\"date\"", in: xml) == 2)
        #expect(xml.contains("promptTitle=\"Ngày sinh (cá nhân)\""))
        #expect(xml.contains("<sheetProtection "))
        // Data cells are unlocked; the header is not.
        #expect(try WrittenWorkbook(path: path).part("xl/styles.xml").contains("locked=\"0\""))
        for list in xml.components(separatedBy: "<formula1>").dropFirst() {
            let value = list.components(separatedBy: "</formula1>")[0]
            #expect(value.utf8.count <= 255 + 12, "inline list too long: \(value)")
        }
    }

    @Test func longListsOfAnyColumnGoToTheListSheet() throws {
        var campaign = Fixtures.campaign
        campaign.awards = (1...12).map { AwardForm(id: "award-\($0)", name: "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh số \($0)", aliases: [],
                                                    recipients: [.collective], quotas: [:]) }
        let long = folder.appendingPathComponent("long.xlsx").path
        try TemplateWorkbook.write(campaign: campaign, unit: campaign.unit(code: "KHTC"), year: 2025, language: .vi, printDay: (2025, 12, 5),
                                   createdAt: Fixtures.createdAt, to: long)
        let book = try WrittenWorkbook(path: long)
        let xml = try book.sheetXML(1)
        #expect(xml.contains("<formula1>DM!$E$1:$E$12</formula1>"))
        // With a unit, its name heads the sheet and there is no unit drop-down.
        #expect(!xml.contains("DM!$A$1"))
        #expect(try book.strings().contains("PHÒNG KẾ HOẠCH - TÀI CHÍNH"))
    }

    @Test func guideQuotesThePlanAndFollowsTheLanguage() throws {
        let strings = try WrittenWorkbook(path: path).strings()
        #expect(strings.contains("- Không bị kỷ luật từ hình thức khiển trách trở lên."))
        #expect(strings.contains("- Được đánh giá hoàn thành xuất sắc nhiệm vụ."))
        #expect(strings.contains("- Bằng khen của Chủ tịch UBND tỉnh: xét tặng tập thể; chỉ tiêu 2."))
        let english = folder.appendingPathComponent("en.xlsx").path
        try TemplateWorkbook.write(campaign: Fixtures.campaign, unit: nil, year: 2025, language: .en, printDay: (2025, 12, 5),
                                   createdAt: Fixtures.createdAt, to: english)
        let book = try WrittenWorkbook(path: english)
        #expect(try book.sheetNames() == ["Nominations", "Instructions", "DM"])
        let englishStrings = try book.strings()
        #expect(englishStrings.contains("- Not disciplined at reprimand or above."))
        // Headers stay the ones the tool maps.
        #expect(englishStrings.contains("Họ và tên / Tên tập thể"))
        #expect(try book.sheetXML(1).contains("promptTitle=\"Date of birth\""))
    }

    @Test func sameInputSameBytes() throws {
        let again = folder.appendingPathComponent("again.xlsx").path
        try TemplateWorkbook.write(campaign: Fixtures.campaign, unit: nil, year: 2025, language: .vi, printDay: (2025, 12, 5),
                                   createdAt: Fixtures.createdAt, to: again)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data(contentsOf: URL(fileURLWithPath: again)))
    }
}
