import Foundation
import Testing
import Sheets
@testable import Workbooks

/// A streamed book (libxlsxwriter's constant-memory mode, used for the council and feedback workbooks) must give
/// the same sheet as a book held in memory, and refuse, never crash on, a height set after its row was written.
@Suite struct StreamingBookTests {
    /// A small table with a merged title, wrapped text of several heights, numbers, blanks and a filter.
    static func write(streaming: Bool, to path: String) throws {
        let book = try XlsxBook(path: path, streaming: streaming)
        let sheet = try book.addSheet("Danh sách")
        try sheet.setColumnWidths([6, 14, 30])
        try sheet.merge(0, 0, 0, 2, "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG NĂM 2025", .title)
        for (offset, text) in ["Ngắn", String(repeating: "Đổi mới thủ tục hành chính ", count: 6), "Hai\ndòng"].enumerated() {
            let row = 2 + offset
            try sheet.write(row, 0, number: Double(offset + 1), .tableCentered)
            try sheet.write(row, 1, "Nguyễn Văn \(offset)", .tableText)
            try sheet.write(row, 2, text, .tableText)
        }
        try sheet.blank(5, 0, .tableText)
        try sheet.autofilter(2, 0, 5, 2)
        try book.close()
    }

    /// Cells (reference, value), row heights and merges of the first sheet, as the project's reader and the XML say.
    static func view(_ path: String) throws -> (cells: [String], heights: [String], merges: [MergedRange]) {
        let workbook = try Spreadsheets.read(bytes: Data(contentsOf: URL(fileURLWithPath: path)), fileName: "book.xlsx")
        let sheet = try #require(workbook.sheets.first)
        let cells = sheet.rows.flatMap { row in row.cells.map { "\($0.row),\($0.column)=\($0.value.text)" } }
        let xml = try WrittenWorkbook(path: path).sheetXML(1)
        let heights = xml.components(separatedBy: "<row ").dropFirst().map { element in
            let attributes = element.prefix { $0 != ">" }
            return String(attributes.split(separator: " ").first { $0.hasPrefix("r=") } ?? "") + " "
                + String(attributes.split(separator: " ").first { $0.hasPrefix("ht=") } ?? "")
        }
        return (cells, heights, sheet.merges)
    }

    @Test func streamedBookHasTheSameCellsHeightsAndMerges() throws {
        let folder = try temporaryFolder()
        let held = folder.appendingPathComponent("held.xlsx").path, streamed = folder.appendingPathComponent("streamed.xlsx").path
        try Self.write(streaming: false, to: held)
        try Self.write(streaming: true, to: streamed)
        let a = try Self.view(held), b = try Self.view(streamed)
        #expect(!a.cells.isEmpty && a.cells == b.cells)
        #expect(a.heights.count == 5 && a.heights == b.heights)
        #expect(a.merges.count == 1 && a.merges == b.merges)
    }

    @Test func aRowWrittenOutOfOrderIsAnErrorNotACrash() throws {
        let folder = try temporaryFolder()
        let book = try XlsxBook(path: folder.appendingPathComponent("order.xlsx").path, streaming: true)
        let sheet = try book.addSheet("Sheet")
        try sheet.write(5, 0, "later row", .tableText)
        #expect(throws: WorkbookWriteError.self) { try sheet.write(3, 0, "earlier row", .tableText) }
        sheet.setMinimumHeight(2, 40)  // too late: row 2 is behind the open row
        #expect(throws: WorkbookWriteError.self) { try book.close() }
    }
}
