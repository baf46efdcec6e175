import Foundation
import Testing
import Campaign
@testable import Consolidation
@testable import Workbooks

@Suite struct CouncilWorkbookTests {
    let folder: URL
    let path: String
    init() throws {
        folder = try temporaryFolder()
        path = folder.appendingPathComponent("council.xlsx").path
        try CouncilWorkbook.write(Fixtures.consolidation(), context: Fixtures.context(), to: path)
    }

    @Test func hasTheFourSheetsInOrder() throws {
        #expect(try WrittenWorkbook(path: path).sheetNames() == ["Danh sách đề nghị", "Không đủ điều kiện", "Tổng hợp theo đơn vị", "Nguồn dữ liệu"])
    }

    @Test func headerBlockFollowsDecree30() throws {
        let strings = try WrittenWorkbook(path: path).strings()
        for text in ["UBND TỈNH BÌNH PHƯỚC", "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG",
                     "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Bình Phước, ngày 05 tháng 12 năm 2025",
                     "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG", "Năm 2025", "NGƯỜI LẬP BIỂU", "TM. HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG", "CHỦ TỊCH"] {
            #expect(strings.contains(text), "missing \(text)")
        }
        guard let view = try OpenpyxlView.read(path), let list = view.sheet("Danh sách đề nghị") else { return }
        #expect(list.text(1, 1) == "UBND TỈNH BÌNH PHƯỚC")
        #expect(list.text(3, 1) == "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG")
        #expect(list.text(1, 5) == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
        #expect(list.merges.contains("A1:D1") && list.merges.contains("E2:H2"))
        #expect(view.creator == "Sở Lao động - Thương binh và Xã hội")
        #expect(view.created?.hasPrefix("2025-12-04T17:00:00") == true)
    }

    @Test func sectionsCountsAndOrder() throws {
        let strings = try WrittenWorkbook(path: path).strings()
        for text in ["I. BẰNG KHEN CỦA CHỦ TỊCH UBND TỈNH (chỉ tiêu: 2)", "Tập thể", "II. GIẤY KHEN CỦA GIÁM ĐỐC SỞ (chỉ tiêu: 15)",
                     "1. Tập thể", "2. Cá nhân", "Cộng: 3 tập thể (1 vượt chỉ tiêu)", "Cộng: 0 tập thể", "Cộng: 1 cá nhân"] {
            #expect(strings.contains(text), "missing \(text)")
        }
        #expect(strings.contains { $0.hasPrefix("Tổng cộng: 4 (3 tập thể, 1 cá nhân)") })
        guard let view = try OpenpyxlView.read(path), let list = view.sheet("Danh sách đề nghị") else { return }
        // Council order: VP, TTRA, KHTC under the Bằng khen; STT restarts at 1 under the individuals.
        let vp = list.rows(with: "Văn phòng Sở").first ?? 0, ttra = list.rows(with: "Thanh tra Sở").first ?? 0
        let khtc = list.rows(with: "Phòng Kế hoạch - Tài chính").first ?? 0, an = list.rows(with: "Nguyễn Văn An").first ?? 0
        #expect(vp > 0 && vp < ttra && ttra < khtc && khtc < an)
        #expect(list.text(vp, 1) == "1" && list.text(ttra, 1) == "2" && list.text(khtc, 1) == "3" && list.text(an, 1) == "1")
        #expect(list.text(khtc, 7)?.contains("Vượt chỉ tiêu") == true)
        #expect(list.text(vp, 6) == "Văn phòng Sở")
        #expect(list.text(an, 7)?.contains("TCVN3") == true)
        // Rows that are not eligible are not on the list.
        #expect(list.rows(with: "Trần Thị Bình").isEmpty)
        #expect(!list.texts.contains { $0.hasPrefix("=HYPERLINK") })
    }

    @Test func printSetupIsA4LandscapeWithRepeatedHeaderAndFooter() throws {
        let book = try WrittenWorkbook(path: path)
        for xml in try book.allSheetXML() {
            #expect(xml.contains("paperSize=\"9\"") && xml.contains("orientation=\"landscape\""))
            #expect(xml.contains("fitToHeight=\"0\""))
            #expect(xml.contains("Trang &amp;P/&amp;N"))
            #expect(xml.contains("left=\"1.18") && xml.contains("top=\"0.78"))
            #expect(xml.contains("<pane ") && xml.contains("state=\"frozen\""))
            #expect(xml.contains("<autoFilter "))
        }
        let workbook = try book.part("xl/workbook.xml")
        #expect(workbook.contains("_xlnm.Print_Titles"))
        #expect(workbook.contains("'Danh sách đề nghị'!$11:$12"))
        let styles = try book.part("xl/styles.xml")
        #expect(styles.contains("Times New Roman") && !styles.contains("Calibri"))
    }

    @Test func formulaLikeTextStaysText() throws {
        let book = try WrittenWorkbook(path: path)
        #expect(try book.strings().contains("=HYPERLINK(\"http://evil.example\",\"Bấm vào\")"))
        for xml in try book.allSheetXML() { #expect(!xml.contains("<f>")) }
        guard let view = try OpenpyxlView.read(path), let sheet = view.sheet("Không đủ điều kiện") else { return }
        let row = sheet.rows(with: "=HYPERLINK(\"http://evil.example\",\"Bấm vào\")").first ?? 0
        #expect(row > 0 && sheet.type(row, 2) == "s")
    }

    @Test func ineligibleSheetListsEveryOtherRowWithReasons() throws {
        guard let view = try OpenpyxlView.read(path), let sheet = view.sheet("Không đủ điều kiện") else {
            let strings = try WrittenWorkbook(path: path).strings()
            #expect(strings.contains { $0.contains("Được thay thế bởi lần gửi: vp/moi.xlsx") })
            return
        }
        let names = (5...8).compactMap { sheet.text($0, 2) }
        #expect(names.count == 4)
        let superseded = sheet.rows(with: "vp/cu.xlsx").first ?? 0
        #expect(sheet.text(superseded, 10)?.contains("Được thay thế bởi lần gửi: vp/moi.xlsx") == true)
        #expect(sheet.text(superseded, 9) == "Đã được thay thế")
        let late = sheet.rows(with: "Trần Thị Bình").first ?? 0
        #expect(sheet.text(late, 10)?.contains("sau hạn") == true && sheet.text(late, 7) == nil && sheet.text(late, 8) == "2")
        let duplicate = sheet.rows(with: "ttra/ds.xlsx").first ?? 0
        #expect(sheet.text(duplicate, 9) == "Trùng lặp" && sheet.text(duplicate, 10)?.contains("khtc/DS.xlsx") == true)
        let hyperlink = sheet.rows(with: "khtc/DS.xlsx").first ?? 0
        #expect(sheet.text(hyperlink, 10)?.contains("Thiếu tóm tắt thành tích") == true)
        #expect(sheet.text(hyperlink, 10)?.contains("Xếp loại năm 2025") == true)
    }

    @Test func summaryPerUnitInRegistryOrderWithChart() throws {
        let book = try WrittenWorkbook(path: path)
        #expect(try !book.part("xl/charts/chart1.xml").isEmpty)
        guard let view = try OpenpyxlView.read(path), let sheet = view.sheet("Tổng hợp theo đơn vị") else { return }
        #expect((4...13).map { sheet.text($0, 2) } == Fixtures.campaign.units.map(\.code))
        // KHTC: 3 rows, 2 eligible, 1 not; one Bằng khen and one Giấy khen; one past the quota.
        #expect((4...10).map { sheet.text(6, $0) } == ["3", "2", "1", "0", "1", "1", "1"])
        // VP: one row current and one replaced.
        #expect((4...7).map { sheet.text(4, $0) } == ["2", "1", "0", "1"])
        #expect(sheet.text(7, 11) == "Chưa gửi hồ sơ")
        #expect(sheet.text(8, 11) == "1 tệp: gửi sau hạn")
        #expect(sheet.texts.contains("6 đơn vị chưa gửi"))
    }

    @Test func sourcesInVietnamTime() throws {
        guard let view = try OpenpyxlView.read(path), let sheet = view.sheet("Nguồn dữ liệu") else { return }
        #expect(sheet.text(4, 2) == "vp/cu.xlsx" && sheet.text(4, 4) == "02/12/2025 08:00")
        #expect(sheet.text(5, 5) == "Không đọc được")
        #expect(sheet.text(9, 4) == "16/12/2025 08:00" && sheet.text(9, 5) == "Gửi sau hạn")
        #expect(sheet.text(4, 8)?.replacingOccurrences(of: "\n", with: "") == String(repeating: "ab", count: 32))
    }

    @Test func readBackRunsWhenOpenpyxlIsInstalled() throws {
        let probe = Process()
        probe.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        probe.arguments = ["python3", "-c", "import openpyxl"]
        probe.standardError = FileHandle.nullDevice
        guard (try? probe.run()) != nil else { return }
        probe.waitUntilExit()
        guard probe.terminationStatus == 0 else { return }
        #expect(try OpenpyxlView.read(path) != nil)
    }

    @Test func sameInputSameBytes() throws {
        let second = folder.appendingPathComponent("again.xlsx").path
        Thread.sleep(forTimeInterval: 1.1)
        try CouncilWorkbook.write(Fixtures.consolidation(), context: Fixtures.context(), to: second)
        let first = try Data(contentsOf: URL(fileURLWithPath: path)), again = try Data(contentsOf: URL(fileURLWithPath: second))
        #expect(first == again)
    }

    @Test func formatsDoNotGrowWithRows() throws {
        var many = Fixtures.consolidation()
        let template = many.rows[2]
        for copy in 0..<300 {
            var row = template
            row.row.name = "Người thứ \(copy)"
            many.rows.append(row)
            many.councilOrder.append(many.rows.count - 1)
        }
        let bigger = folder.appendingPathComponent("many.xlsx").path
        try CouncilWorkbook.write(many, context: Fixtures.context(), to: bigger)
        let few = try WrittenWorkbook(path: path).cellFormatCount(), lots = try WrittenWorkbook(path: bigger).cellFormatCount()
        #expect(few > 0 && few == lots)
        #expect(try WrittenWorkbook(path: bigger).strings().contains("Cộng: 301 cá nhân"))
    }

    @Test func englishLabels() throws {
        let english = folder.appendingPathComponent("en.xlsx").path
        try CouncilWorkbook.write(Fixtures.consolidation(), context: Fixtures.context(.en), to: english)
        let book = try WrittenWorkbook(path: english)
        #expect(try book.sheetNames() == ["Nominations", "Not eligible", "Summary by unit", "Sources"])
        #expect(try book.strings().contains { $0.contains("EN: Thiếu tóm tắt thành tích") })
    }

    @Test func unwritablePathThrowsLibxlsxwritersError() {
        let error = #expect(throws: WorkbookWriteError.self) {
            try CouncilWorkbook.write(Fixtures.consolidation(), context: Fixtures.context(), to: "/nonexistent-folder/x.xlsx")
        }
        #expect(error?.description.contains("libxlsxwriter could not write the workbook: Error creating output xlsx file") == true)
    }

    @Test func emptyRunAndEmptyRegistryStillWrite() throws {
        var campaign = Fixtures.campaign
        campaign.units = []
        let context = WorkbookContext(campaign: campaign, year: 2025, language: .vi, printDay: (2025, 12, 5), createdAt: Fixtures.createdAt)
        let empty = Consolidation(inputs: [], rows: [], councilOrder: [], year: 2025)
        let path = folder.appendingPathComponent("empty.xlsx").path
        try CouncilWorkbook.write(empty, context: context, to: path)
        let strings = try WrittenWorkbook(path: path).strings()
        #expect(strings.contains("Cộng: 0 tập thể") && strings.contains { $0.hasPrefix("Tổng cộng: 0 (0 tập thể, 0 cá nhân)") })
        let feedback = folder.appendingPathComponent("empty-feedback.xlsx").path
        try FeedbackWorkbook.write(unit: nil, inputIndices: [], of: empty, context: context, to: feedback)
        #expect(try WrittenWorkbook(path: feedback).strings().contains("Không có điểm nào cần sửa."))
    }
}
