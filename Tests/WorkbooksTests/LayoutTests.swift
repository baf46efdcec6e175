import Foundation
import Testing
@testable import Workbooks

@Suite struct LayoutTests {
    @Test(arguments: [((2025, 12, 5), "Bình Phước, ngày 05 tháng 12 năm 2025"), ((2025, 2, 15), "Bình Phước, ngày 15 tháng 02 năm 2025"),
                      ((2026, 1, 9), "Bình Phước, ngày 09 tháng 01 năm 2026"), ((2025, 3, 10), "Bình Phước, ngày 10 tháng 3 năm 2025")])
    func placeAndDateHasLeadingZerosWhereTheDecreeSays(day: (Int, Int, Int), expected: String) {
        #expect(Wording.placeAndDate(place: "Bình Phước", year: day.0, month: day.1, day: day.2) == expected)
    }

    @Test func localTimeUsesTheCampaignOffset() {
        // 2025-12-14 17:30 UTC is 15/12/2025 00:30 in Vietnam.
        #expect(Wording.localTime(Date(timeIntervalSince1970: 1_765_733_400), offsetSeconds: 7 * 3600) == "15/12/2025 00:30")
        #expect(Wording.localTime(nil, offsetSeconds: 0) == "")
    }

    @Test func romanNumerals() {
        #expect([1, 2, 3, 4, 9, 14].map(Wording.roman) == ["I", "II", "III", "IV", "IX", "XIV"])
    }

    @Test func vietnameseLettersMeasureAsTheirBase() {
        #expect(TextMetrics.pixelWidth(of: "Nguyễn Đức Thắng", size: 12) == TextMetrics.pixelWidth(of: "Nguyen Duc Thang", size: 12))
        // Decomposed marks take no room either.
        #expect(TextMetrics.pixelWidth(of: "Nguyễn".decomposedStringWithCanonicalMapping, size: 12) == TextMetrics.pixelWidth(of: "Nguyen", size: 12))
        #expect(TextMetrics.pixelWidth(of: "MMMM", size: 12) > TextMetrics.pixelWidth(of: "iiii", size: 12))
        #expect(TextMetrics.pixelWidth(of: "Bằng khen", size: 12, bold: true) > TextMetrics.pixelWidth(of: "Bằng khen", size: 12))
    }

    @Test func wrappingAddsLinesAndHeight() {
        let text = "Hoàn thành xuất sắc 04 nội dung thi đua về cải cách hành chính, số hóa hồ sơ thủ tục hành chính"
        let narrow = TextMetrics.lineCount(of: text, width: 12, size: 12), wide = TextMetrics.lineCount(of: text, width: 80, size: 12)
        #expect(narrow > wide && wide == 1)
        #expect(TextMetrics.lineCount(of: "một\nhai\nba", width: 40, size: 12) == 3)
        #expect(TextMetrics.rowHeight(for: text, width: 12, size: 12) > TextMetrics.rowHeight(for: text, width: 80, size: 12))
        // A word longer than the column breaks over lines.
        #expect(TextMetrics.lineCount(of: String(repeating: "a", count: 80), width: 10, size: 12) >= 3)
    }

    @Test(arguments: [(1, 12.0), (2, 12.0), (7, 12.0), (1, 13.0), (3, 14.0)])
    func rowHeightsAreWholePixelsThatHoldTheLines(lines: Int, size: Double) {
        let text = Array(repeating: "dòng", count: lines).joined(separator: "\n")
        let height = TextMetrics.rowHeight(for: text, width: 40, size: size)
        let needed = Double(lines) * TextMetrics.lineHeight(size: size) + 2.5
        #expect(height >= needed && height < needed + 0.75)
        #expect((height / 0.75).rounded() * 0.75 == height)  // a multiple of 0.75 pt, so it prints as a short decimal
        #expect("\(height)".count <= 6)
    }

    @Test func columnWidthsFitTheLongestLineWithinBounds() {
        #expect(TextMetrics.columnWidth(for: ["An"], size: 12, minimum: 10, maximum: 30) == 10)
        #expect(TextMetrics.columnWidth(for: [String(repeating: "Nguyễn ", count: 20)], size: 12, minimum: 10, maximum: 30) == 30)
        let medium = TextMetrics.columnWidth(for: ["Phòng Kế hoạch - Tài chính"], size: 12, minimum: 5, maximum: 60)
        #expect(medium > 18 && medium < 30)
    }

    @Test func inlineListBytesCountQuotesCommasAndUTF8() {
        #expect(TemplateWorkbook.inlineBytes(["Có", "Không"]) == 3 + 6 + 1 + 2)
    }
}


@Suite struct ColumnNameTests {
    @Test func excelColumnNames() {
        #expect([0, 25, 26, 27, 701, 702].map(columnLetters) == ["A", "Z", "AA", "AB", "ZZ", "AAA"])
    }
}

@Suite struct PageBreakTests {
    @Test func headingsNeverEndAPage() {
        // 100-point rows, a 1,000-point page (940 with the slack): nine rows a page.
        let breaks = PageBreaks.plan(heights: { _ in 100 }, lastRow: 30, repeated: nil, keepWithNext: [8], pageHeight: 1000, scale: 1)
        #expect(breaks == [8, 17, 26])
        let plain = PageBreaks.plan(heights: { _ in 100 }, lastRow: 30, repeated: nil, keepWithNext: [], pageHeight: 1000, scale: 1)
        #expect(plain == [9, 18, 27])
    }

    @Test func repeatedRowsTakeRoomOnEveryLaterPage() {
        let breaks = PageBreaks.plan(heights: { _ in 100 }, lastRow: 20, repeated: 0...1, keepWithNext: [], pageHeight: 1000, scale: 1)
        #expect(breaks == [9, 16])
    }

    @Test func aSmallerScaleFitsMoreRows() {
        let breaks = PageBreaks.plan(heights: { _ in 100 }, lastRow: 30, repeated: nil, keepWithNext: [], pageHeight: 1000, scale: 0.5)
        #expect(breaks == [18])
    }

    @Test func aRunOfHeadingsLongerThanAPageStillBreaks() {
        let breaks = PageBreaks.plan(heights: { _ in 100 }, lastRow: 30, repeated: nil, keepWithNext: Set(0...30), pageHeight: 1000, scale: 1)
        #expect(breaks == [9, 18, 27])
    }
}

/// A wide table prints over several pages across, never shrunk below readable, and repeats its row numbers.
@Suite struct PrintWidthTests {
    @Test(arguments: [[8.0, 30, 20, 12], Array(repeating: 30.0, count: 20), Array(repeating: 32.0, count: 60)])
    func pagesAcrossKeepTextReadable(widths: [Double]) throws {
        let path = try temporaryFolder().appendingPathComponent("wide.xlsx").path
        let book = try XlsxBook(path: path, streaming: true)
        let sheet = try book.addSheet("Danh sách")
        try sheet.setColumnWidths(widths)
        let pages = sheet.pagesWide(lastColumn: widths.count - 1)
        let points = widths.reduce(0) { $0 + $1 * TextMetrics.pixelsPerUnit + TextMetrics.columnPadding } * 72 / 96
        let scale = min(1, Double(pages) * PageBreaks.printableSize(landscape: true).width / points)
        #expect(pages >= 1 && pages <= 4)
        #expect(scale >= 0.7 || pages == 4, "\(pages) page(s) across print at \(scale)")
        #expect(pages == 1 || scale < 0.7 * Double(pages) / Double(pages - 1), "one page fewer would still be readable")
        try sheet.setUpPrinting(repeatRows: 0...0, repeatColumns: pages > 1 ? 0...0 : nil, pagesWide: pages)
        try sheet.write(0, 0, "Dòng", .tableHeader)
        try book.close()
        let written = try WrittenWorkbook(path: path)
        let setup = try written.sheetXML(1)
        #expect(setup.contains("fitToWidth=\"\(pages)\"") == (pages > 1))
        #expect(try written.part("xl/workbook.xml").contains("$A:$A") == (pages > 1))
    }
}
