import Foundation
import Testing
import Campaign
@testable import Consolidation
@testable import Workbooks

@Suite struct FeedbackWorkbookTests {
    let folder: URL
    let khtc: String
    let ttra: String
    init() throws {
        folder = try temporaryFolder()
        khtc = folder.appendingPathComponent("KHTC.xlsx").path
        ttra = folder.appendingPathComponent("TTRA.xlsx").path
        let consolidation = Fixtures.consolidation()
        try FeedbackWorkbook.write(unit: Fixtures.campaign.unit(code: "KHTC"), inputIndices: [2], of: consolidation, context: Fixtures.context(), to: khtc)
        try FeedbackWorkbook.write(unit: Fixtures.campaign.unit(code: "TTRA"), inputIndices: [1, 4], of: consolidation, context: Fixtures.context(), to: ttra)
    }

    @Test func summaryThenRowsAsSent() throws {
        let book = try WrittenWorkbook(path: khtc)
        #expect(try book.sheetNames() == ["Tóm tắt", "DS"])
        let strings = try book.strings()
        // Two heading lines only: superior body and agency, no council.
        #expect(strings.contains("UBND TỈNH BÌNH PHƯỚC") && strings.contains("SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"))
        #expect(!strings.contains("HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG"))
        #expect(strings.contains("Kính gửi: Phòng Kế hoạch - Tài chính"))
        #expect(strings.contains("05/12/2025 09:00"))
        #expect(strings.contains { $0.contains("3 dòng đề nghị đang được xét, 2 dòng đủ điều kiện và 1 dòng không đủ điều kiện") })
        #expect(strings.contains { $0.contains("trước ngày 15/12/2025") })
        // The original headers and cells.
        #expect(strings.contains("Họ và tên / Tên tập thể") && strings.contains("Xếp loại năm 2025") && strings.contains("Hoàn thành tốt nhiệm vụ"))
        #expect(strings.contains("=HYPERLINK(\"http://evil.example\",\"Bấm vào\")"))
        for xml in try book.allSheetXML() { #expect(!xml.contains("<f>")) }
    }

    @Test func cellsWithFindingsAreCommentedAndFilled() throws {
        let book = try WrittenWorkbook(path: khtc)
        let comments = try book.part("xl/comments1.xml")
        // Sheet "DS": row 4 of the input is sheet row 5, …; column B is the input's column 1 (A holds the row number).
        for cell in ["G5", "C6", "E7", "F7"] { #expect(comments.contains("ref=\"\(cell)\""), "no comment on \(cell)") }
        #expect(occurrences(of: "<comment ", in: comments) == 4)
        #expect(comments.contains("Cách sửa"))
        guard let view = try OpenpyxlView.read(khtc), let sheet = view.sheet("DS") else { return }
        let byCell = Dictionary(sheet.comments.map { ($0[0], $0[1]) }, uniquingKeysWith: { a, _ in a })
        #expect(byCell["E7"]?.hasPrefix("Lỗi: Xếp loại năm 2025 không phải Hoàn thành xuất sắc nhiệm vụ") == true)
        #expect(byCell["C6"]?.hasPrefix("Lưu ý: Tên đã được chuyển") == true)
        #expect(sheet.text(4, 1) == "Dòng" && sheet.text(4, 3) == "Họ và tên / Tên tập thể")
        #expect(sheet.text(7, 1) == "6" && sheet.text(7, 3) == "=HYPERLINK(\"http://evil.example\",\"Bấm vào\")" && sheet.type(7, 3) == "s")
        #expect(sheet.text(7, 9) == "Không đủ điều kiện" && sheet.text(6, 9) == "Đủ điều kiện")
    }

    @Test func fillsMarkErrorsRedAndWarningsAmber() throws {
        let styles = try WrittenWorkbook(path: khtc).part("xl/styles.xml")
        #expect(styles.contains("FFF4B6B6") && styles.contains("FFFFD966"))
    }

    @Test func unreadableInputGetsASheetSayingWhy() throws {
        let book = try WrittenWorkbook(path: ttra)
        #expect(try book.sheetNames() == ["Tóm tắt", "2-Tập thể", "Tệp không có dòng"])
        let strings = try book.strings()
        #expect(strings.contains("mail/ttra.eml#hong.xlsx"))
        #expect(strings.contains("Tệp bị hỏng, không đọc được"))
        #expect(strings.contains { $0.contains("Lưu lại tệp dạng .xlsx") })
        #expect(strings.contains { $0.contains("Trùng với đề nghị của Phòng Kế hoạch - Tài chính") })
    }

    @Test func sameInputSameBytes() throws {
        let again = folder.appendingPathComponent("again.xlsx").path
        try FeedbackWorkbook.write(unit: Fixtures.campaign.unit(code: "KHTC"), inputIndices: [2], of: Fixtures.consolidation(), context: Fixtures.context(), to: again)
        #expect(try Data(contentsOf: URL(fileURLWithPath: khtc)) == Data(contentsOf: URL(fileURLWithPath: again)))
    }

    @Test func inputsOfNoKnownUnit() throws {
        let path = folder.appendingPathComponent("unknown.xlsx").path
        try FeedbackWorkbook.write(unit: nil, inputIndices: [5, 99], of: Fixtures.consolidation(), context: Fixtures.context(), to: path)
        #expect(try WrittenWorkbook(path: path).strings().contains("Kính gửi: Đơn vị chưa xác định"))
    }

    @Test func sheetNamesFromUnitsAreMadeValid() throws {
        var consolidation = Fixtures.consolidation()
        for (name, index) in [("Danh sách: đề nghị/2025 [bản sửa] rất dài quá mức", 1), ("TÓM TẮT", 2)] {
            let layout = Fixtures.layout(sheet: name)
            consolidation.rows[index].row.table = layout
        }
        let path = folder.appendingPathComponent("names.xlsx").path
        try FeedbackWorkbook.write(unit: Fixtures.campaign.unit(code: "KHTC"), inputIndices: [2], of: consolidation, context: Fixtures.context(), to: path)
        let names = try WrittenWorkbook(path: path).sheetNames()
        #expect(names.count == 4 && names[0] == "Tóm tắt")
        #expect(names.allSatisfy { $0.count <= 31 && !$0.contains { "[]:*?/\\".contains($0) } })
        #expect(Set(names.map { $0.lowercased() }).count == names.count)
    }

    @Test(arguments: [((2025, 12, 14), false), ((2025, 12, 15), true), ((2026, 1, 2), true)])
    func deadlineDayItselfIsLateForThisCampaign(day: (Int, Int, Int), passed: Bool) {
        let context = WorkbookContext(campaign: Fixtures.campaign, year: 2025, language: .vi, printDay: day, createdAt: Fixtures.createdAt)
        let content = FeedbackContent(consolidation: Fixtures.consolidation(), inputIndices: [2], context: context, words: Wording(language: .vi))
        #expect(content.deadlinePassed == passed)
    }
}
