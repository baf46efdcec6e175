import Foundation
import Testing
@testable import Sheets

/// Format detection: content first, then the name.
@Suite("Format detection")
struct DetectionTests {
    static func corpusFiles(_ suffix: String) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: ConformanceXLSXTests.corpus.path)) ?? []
        return names.filter { $0.hasSuffix(suffix) }.sorted().map { ConformanceXLSXTests.corpus.appendingPathComponent($0) }
    }

    @Test("every OLE2 .xls of the corpus is xls by content, whatever its name")
    func xlsByContent() throws {
        let files = Self.corpusFiles(".xls")
        #expect(files.count >= 30)
        for file in files {
            let bytes = try Data(contentsOf: file)
            guard bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) else { continue }
            #expect(Spreadsheets.detectFormat(bytes: bytes, fileName: "renamed.xlsx") == .xls, "\(file.lastPathComponent)")
            #expect(Spreadsheets.detectFormat(bytes: bytes, fileName: "no-extension") == .xls, "\(file.lastPathComponent)")
        }
    }

    @Test("every zip .xlsx with xl/workbook.xml is xlsx by content, whatever its name")
    func xlsxByContent() throws {
        for file in Self.corpusFiles(".xlsx") {
            let bytes = try Data(contentsOf: file)
            guard let archive = try? ZipArchive(bytes: bytes), archive.entry(atPartPath: "xl/workbook.xml") != nil else { continue }
            #expect(Spreadsheets.detectFormat(bytes: bytes, fileName: "renamed.xls") == .xlsx, "\(file.lastPathComponent)")
            #expect(Spreadsheets.detectFormat(bytes: bytes, fileName: "DS.CSV") == .xlsx, "\(file.lastPathComponent)")
        }
    }

    @Test("a renamed xlsx reads as xlsx, and an xlsx without xl/workbook.xml is still one by its name")
    func renamedReads() throws {
        let bytes = try XLSXTestWorkbook.oneSheet(#"<row r="1"><c r="A1"><v>5</v></c></row>"#).zipped()
        #expect(try Spreadsheets.read(bytes: bytes, fileName: "old.xls").format == .xlsx)
        let minimal = try Data(contentsOf: ConformanceXLSXTests.corpus.appendingPathComponent("minimal_package.xlsx"))
        #expect(Spreadsheets.detectFormat(bytes: minimal, fileName: "minimal_package.XLSX") == .xlsx)
        #expect(Spreadsheets.detectFormat(bytes: minimal, fileName: "minimal_package.zip") == nil)
    }

    @Test("by name when the content says nothing", arguments: [
        ("DS.csv", SpreadsheetFormat.csv), ("ds.TSV", .csv), ("a.txt", .csv), ("A.XLSM", .xlsx), ("b.Xls", .xls),
    ])
    func byName(name: String, format: SpreadsheetFormat) {
        #expect(Spreadsheets.detectFormat(bytes: Data("STT,Họ và tên\n1,An\n".utf8), fileName: name) == format)
    }

    @Test("other files are not spreadsheets", arguments: ["ho-so.pdf", "to-trinh.docx", "Thumbs.db", "anh.jpg", "ho-so.zip"])
    func notSpreadsheets(name: String) throws {
        #expect(Spreadsheets.detectFormat(bytes: Data("%PDF-1.7\n".utf8), fileName: name) == nil)
        // A zip of something else (a .docx is one) is not a workbook either.
        var docx = XLSXTestWorkbook()
        docx.add("word/document.xml", "<w:document/>")
        #expect(Spreadsheets.detectFormat(bytes: try docx.zipped(), fileName: name) == nil)
    }
}
