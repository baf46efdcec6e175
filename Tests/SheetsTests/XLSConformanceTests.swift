import Foundation
import Testing
@testable import Sheets

/// The .xls reader against the conformance corpus: every cell python-calamine 0.9.1 read from each file,
/// compared cell for cell. Where the oracle is wrong, the cells are named in `knownDifferences` with why.
@Suite("XLS conformance")
struct XLSConformanceTests {
    /// Cells where calamine, not this reader, is wrong; keyed by file, cells as `sheet!row,column`.
    static let knownDifferences: [String: (cells: Set<String>, why: String)] = [
        "any_sheets.xls": (
            ["Chart!1,1", "Chart!1,2", "Chart!2,1", "Chart!2,2", "Chart!3,1", "Chart!3,2"],
            """
            "Chart" is a chart sheet: its NUMBER records are the cached values of the chart's series (row = \
            point, column = series), not cells. calamine reads them as cells; the sheet has none.
            """),
        "biff5-rich-text-string.xls": (
            ["Sheet1!3,8"],
            """
            The file holds a BIFF5 "Book" stream and a BIFF8 "WorkBook" stream. calamine 0.9.1 does not find \
            "WorkBook" (its capital B) and reads "Book", whose 8-bit text, with no CODEPAGE record, it decodes as \
            Latin-1: U+0095 and U+0092, and where Windows-1252 has no "■" the BIFF5 text has "?". The BIFF8 \
            stream, which Excel reads, stores "■" (U+25A0), "•" (U+2022) and "’" (U+2019).
            """),
        "sheet_name_parsing.xls": (
            ["Sheet1!1,1", "Sheet1!1,2", "Sheet1!1,3", "Sheet1!1,4", "Sheet1!1,5", "Sheet1!1,6", "Sheet1!1,7"],
            """
            The shared strings are UTF-16 (option byte 1) in a BIFF8 file whose CODEPAGE is 1252. calamine \
            decodes their bytes one by one as Windows-1252, giving "T\\0i\\0t\\0e\\0l\\0" for "Titel" \
            (and "Orginaltitel", "År", "Regissör", "Ditt betyg", "Datum", "IMDB#").
            """),
    ]

    @Test(arguments: XLSCorpus.filesWithCells)
    func matchesOracle(file: String) throws {
        let differences = try XLSCorpus.differences(file)
        let known = Self.knownDifferences[file]?.cells ?? []
        #expect(Set(differences.keys) == known, "\(file): \(differences.sorted { $0.key < $1.key }.prefix(10))")
    }

    @Test func knownDifferencesAreThisReadersCorrectValues() throws {
        let anySheets = try XLSReader(bytes: XLSCorpus.bytes("any_sheets.xls"), limits: .default)
        let chart = try #require(anySheets.sheets.firstIndex { $0.name == "Chart" })
        #expect(try anySheets.loadSheet(at: chart).cells.isEmpty)

        let richText = try XLSReader(bytes: XLSCorpus.bytes("biff5-rich-text-string.xls"), limits: .default)
        let cell = try richText.loadSheet(at: 0).cells.first { $0.row == 3 && $0.column == 8 }
        #expect(cell?.value == .string("ri \u{25A0} s g \u{2022}rM S \u{2019}"))

        let names = try XLSReader(bytes: XLSCorpus.bytes("sheet_name_parsing.xls"), limits: .default)
        #expect(try names.loadSheet(at: 0).cells.map(\.value.text) == ["Titel", "Orginaltitel", "År", "Regissör", "Ditt betyg", "Datum", "IMDB#"])
    }

    /// The figure for the report: files read identically to the oracle, files differing only where the oracle
    /// is known to be wrong, out of all files with an oracle.
    @Test func corpusFigure() throws {
        let files = XLSCorpus.filesWithCells
        var identical = 0, onlyKnown = 0
        for file in files {
            let differing = Set(try XLSCorpus.differences(file).keys)
            if differing.isEmpty { identical += 1 } else if differing == Self.knownDifferences[file]?.cells { onlyKnown += 1 }
        }
        print("XLS conformance: \(identical) / \(files.count) files identical, \(onlyKnown) differ only where calamine is wrong")
        #expect(files.count >= 30)
        #expect(identical + onlyKnown == files.count)
    }
}

/// Fonts and merged ranges, which the oracle does not show, against xlrd 2.0 (`formatting_info=True`):
/// across the corpus every cell's font matched it (13,792 cells; xlrd cannot open gh548), as did every
/// sheet's count of merged ranges. A few of them, written down here.
@Suite("XLS fonts and merges")
struct XLSFontAndMergeTests {
    private func cell(_ file: String, sheet: Int, row: Int, column: Int) throws -> Cell? {
        let reader = try XLSReader(bytes: XLSCorpus.bytes(file), limits: .default)
        return try reader.loadSheet(at: sheet).cells.first { $0.row == row && $0.column == column }
    }

    @Test func cellFontsAreTheirStylesFonts() throws {
        #expect(try cell("optional_records.xls", sheet: 0, row: 1, column: 1)?.font == "Times New Roman")
        #expect(try cell("optional_records.xls", sheet: 0, row: 11, column: 16)?.font == "Arial")
        #expect(try cell("issue_271.xls", sheet: 0, row: 3, column: 2)?.font == "等线")
    }

    @Test func mergedRangesAreOneBasedAndInclusive() throws {
        let merges = try XLSReader(bytes: XLSCorpus.bytes("merge_cells.xls"), limits: .default).loadSheet(at: 0).merges
        #expect(merges == [MergedRange(firstRow: 1, firstColumn: 1, lastRow: 1, lastColumn: 2),
                           MergedRange(firstRow: 2, firstColumn: 1, lastRow: 4, lastColumn: 1),
                           MergedRange(firstRow: 2, firstColumn: 2, lastRow: 4, lastColumn: 4)])
    }

    @Test func mergedRangeCountsPerSheet() throws {
        let expected: [String: [Int]] = [
            "OOM_alloc.xls": [3, 0, 11, 3, 3, 3, 3, 9, 16, 0], "issue444.xls": [1], "issue_271.xls": [79, 47],
            "merge_cells.xls": [3], "merged_range.xls": [9, 6], "optional_records.xls": [0, 1],
        ]
        for (file, counts) in expected {
            let reader = try XLSReader(bytes: XLSCorpus.bytes(file), limits: .default)
            #expect(try reader.sheets.indices.map { try reader.loadSheet(at: $0).merges.count } == counts, "\(file)")
        }
    }
}

/// The front door reads .xls through this reader.
@Suite("XLS through Spreadsheets")
struct XLSFrontDoorTests {
    @Test func spreadsheetsReadGivesTheSameCells() throws {
        let bytes = try XLSCorpus.bytes("date.xls")
        let workbook = try Spreadsheets.read(bytes: bytes, fileName: "date.xls")
        #expect(workbook.format == .xls)
        let direct = try XLSReader(bytes: bytes, limits: .default).loadSheet(at: 0)
        #expect(workbook.sheets.first?.cells == direct.cells)
        #expect(direct.cells.first?.value.text == "2021-01-01")
    }
}
