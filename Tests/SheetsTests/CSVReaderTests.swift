import Foundation
import Testing
@testable import Sheets

/// Reads the fixtures of `fixtures/csv/` (written by `make_csv.py`) and checks encoding, delimiter and cells.
@Suite struct CSVReaderTests {
    static let fixtures = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("fixtures/csv")

    func read(_ name: String) throws -> Workbook {
        let bytes = try Data(contentsOf: Self.fixtures.appendingPathComponent(name))
        return try Spreadsheets.read(bytes: bytes, fileName: name)
    }

    func value(_ sheet: Sheet, _ row: Int, _ column: Int) -> String? {
        sheet.cells.first { $0.row == row && $0.column == column }.map { $0.value.text }
    }

    /// The table every encoding fixture holds, typed here by hand.
    func expectStandardTable(_ workbook: Workbook) {
        #expect(workbook.format == .csv)
        #expect(workbook.sheets.count == 1)
        guard let sheet = workbook.sheets.first else { return }
        #expect(sheet.name == nil)
        #expect(sheet.cells.count == 15)
        #expect(value(sheet, 1, 1) == "STT")
        #expect(value(sheet, 1, 2) == "Họ và tên")
        #expect(value(sheet, 1, 4) == "Chức vụ, đơn vị công tác")
        #expect(value(sheet, 2, 2) == "Nguyễn Văn An")
        #expect(value(sheet, 2, 3) == "05/11/1985")
        #expect(value(sheet, 2, 4) == "Trưởng phòng, Phòng Kế hoạch - Tài chính")
        #expect(value(sheet, 3, 2) == "Trần Thị Bích Ngọc")
        #expect(value(sheet, 3, 5) == "Bằng khen của Chủ tịch UBND tỉnh")
        // Every cell is a string, numbers and dates included: no type inference.
        #expect(sheet.cells.allSatisfy { if case .string = $0.value { true } else { false } })
        // Decoded text is NFC (Windows-1258 composes its separate tone marks).
        #expect(sheet.cells.allSatisfy { $0.value.text.unicodeScalars.elementsEqual($0.value.text.precomposedStringWithCanonicalMapping.unicodeScalars) })
    }

    @Test func utf8WithBOMAndCRLF() throws {
        let workbook = try read("utf8_bom_crlf.csv")
        #expect(workbook.encoding == "UTF-8 BOM")
        #expect(workbook.delimiter == ",")
        expectStandardTable(workbook)
        // The BOM is not part of the first cell.
        #expect(workbook.sheets.first?.cells.first?.value == .string("STT"))
    }

    @Test func utf8WithoutBOM() throws {
        let workbook = try read("utf8_lf.csv")
        #expect(workbook.encoding == "UTF-8")
        #expect(workbook.delimiter == ",")
        expectStandardTable(workbook)
    }

    @Test func excelUnicodeTextIsUTF16LEWithTabs() throws {
        let workbook = try read("unicode_text_utf16le.txt")
        #expect(workbook.encoding == "UTF-16LE")
        #expect(workbook.delimiter == "\t")
        expectStandardTable(workbook)
    }

    @Test func utf16WithoutBOMIsToldByItsNULs() throws {
        let workbook = try read("utf16le_no_bom.txt")
        #expect(workbook.encoding == "UTF-16LE")
        #expect(workbook.delimiter == "\t")
        expectStandardTable(workbook)
    }

    @Test func utf16BigEndianWithBOM() throws {
        let workbook = try read("utf16be_bom.txt")
        #expect(workbook.encoding == "UTF-16BE")
        expectStandardTable(workbook)
    }

    @Test func windows1258IsDecodedAndComposed() throws {
        let workbook = try read("windows1258.csv")
        #expect(workbook.encoding == "Windows-1258")
        #expect(workbook.delimiter == ",")
        expectStandardTable(workbook)
    }

    @Test func semicolonsWithCommasInsideFields() throws {
        let workbook = try read("semicolon.csv")
        #expect(workbook.delimiter == ";")
        expectStandardTable(workbook)
    }

    @Test func quotesAndLineBreaksInsideFields() throws {
        let workbook = try read("quotes_newlines.csv")
        let sheet = try #require(workbook.sheets.first)
        #expect(value(sheet, 2, 1) == "Lê Văn Cường")
        #expect(value(sheet, 2, 2) == "Dòng một\nDòng hai, có dấu phẩy")
        #expect(value(sheet, 2, 3) == "Gọi là \"anh Ba\"")
        // Row = record number: the line break inside record 2 does not shift record 3.
        #expect(value(sheet, 3, 1) == "Phạm Thị Dung")
        #expect(value(sheet, 3, 3) == "x")
        // The empty field is omitted.
        #expect(value(sheet, 3, 2) == nil)
        #expect(sheet.cells.count == 8)
    }

    @Test func carriageReturnOnlyLineEnds() throws {
        let sheet = try #require(try read("cr_only.csv").sheets.first)
        #expect(value(sheet, 1, 5) == "Hình thức khen thưởng")
        #expect(value(sheet, 2, 1) == "1")
        #expect(sheet.cells.count == 10)
    }

    @Test func nulBytesThatAreNotUTF16AreUnreadable() throws {
        let bytes = try Data(contentsOf: Self.fixtures.appendingPathComponent("nul_bytes.csv"))
        #expect(throws: UnreadableFile.self) { try Spreadsheets.read(bytes: bytes, fileName: "nul_bytes.csv") }
    }

    @Test func legacyBytesAreDecodedNotRepaired() throws {
        let workbook = try read("tcvn3_bytes.csv")
        #expect(workbook.encoding == "Windows-1258")
        let sheet = try #require(workbook.sheets.first)
        // TCVN3 text is read as it looks; its repair belongs to Nominations.
        #expect(value(sheet, 1, 2) == "Hä vµ tªn")
        #expect(value(sheet, 2, 2) == "NguyÔn V¨n An")
    }
}
