import Foundation
import Testing
@testable import Sheets

/// The zip container: loose part names, and the declared size as a hard cap.
@Suite("Zip archive")
struct ZipArchiveTests {
    @Test("part paths match whatever the separators, leading slash or letter case")
    func partPaths() throws {
        var book = XLSXTestWorkbook()
        book.add("xl\\Workbook.XML", "<workbook/>")
        book.add("xl/SharedStrings.xml", "<sst/>")
        let archive = try ZipArchive(bytes: book.zipped())
        #expect(archive.entry(atPartPath: "xl/workbook.xml")?.name == "xl\\Workbook.XML")
        #expect(archive.entry(atPartPath: "/XL/sharedStrings.xml")?.name == "xl/SharedStrings.xml")
        #expect(archive.entry(atPartPath: "xl/styles.xml") == nil)
        #expect(archive.entry(named: "xl/workbook.xml") == nil)  // exact lookups stay exact
    }

    @Test("a corpus file written with backslash names (issue_530) reads")
    func backslashCorpusFile() throws {
        let bytes = try Data(contentsOf: ConformanceXLSXTests.corpus.appendingPathComponent("issue_530.xlsx"))
        let workbook = try Spreadsheets.read(bytes: bytes, fileName: "issue_530.xlsx")
        #expect(!workbook.sheets.isEmpty)
        #expect(workbook.sheets.contains { !$0.cells.isEmpty })
    }

    @Test("a part that inflates past its declared size is refused (issue252, which calamine also refuses)")
    func lyingDirectory() throws {
        let bytes = try Data(contentsOf: ConformanceXLSXTests.corpus.appendingPathComponent("issue252.xlsx"))
        do {
            _ = try Spreadsheets.read(bytes: bytes, fileName: "issue252.xlsx")
            Issue.record("issue252.xlsx was read")
        } catch {
            #expect(error.en.contains("declared size"))
        }
    }

    @Test("streaming checks the limits before inflating")
    func limitsBeforeInflating() throws {
        var book = XLSXTestWorkbook()
        book.add("big.xml", String(repeating: "a", count: 50_000))
        var limits = SafetyLimits()
        limits.maxPartBytes = 10_000
        let archive = try ZipArchive(bytes: book.zipped(), limits: limits)
        let entry = try #require(archive.entry(named: "big.xml"))
        var inflated = 0
        #expect(throws: UnreadableFile.self) { try archive.stream(entry) { inflated += $0.count } }
        #expect(inflated == 0)
    }
}
