import Foundation
import Testing
@testable import Sheets

/// Each safety limit of domain.md, broken by a small hostile package built in the test: the file is
/// unreadable with the limit named, and a file right at the limit is still read.
@Suite("XLSX safety limits")
struct XLSXSafetyTests {
    @Test("a DOCTYPE in a worksheet makes the file unreadable")
    func doctypeInSheet() throws {
        var book = XLSXTestWorkbook.oneSheet(#"<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>"#)
        book.replace("xl/worksheets/sheet1.xml", #"<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY x "boom">]><worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&x;</t></is></c></row></sheetData></worksheet>"#)
        let error = try #require(try book.readError())
        #expect(error.limit == "dtd")
        #expect(error.vi.contains("DTD"))
    }

    @Test("an entity declaration in the shared strings (billion laughs) makes the file unreadable")
    func entityInSharedStrings() throws {
        var book = XLSXTestWorkbook.oneSheet(#"<row r="1"><c r="A1" t="s"><v>0</v></c></row>"#, sharedStrings: ["<t>a</t>"])
        book.replace("xl/sharedStrings.xml", #"<!ENTITY lol "lol"><sst><si><t>&lol;</t></si></sst>"#)
        #expect(try book.readError()?.limit == "dtd")
    }

    @Test("nesting deeper than maxXMLDepth is unreadable; at the limit it reads")
    func depth() throws {
        let deep = String(repeating: "<x>", count: 70) + String(repeating: "</x>", count: 70)
        let book = XLSXTestWorkbook.oneSheet(#"<row r="1"><c r="A1"><v>1</v></c></row>"# + deep)
        let error = try #require(try book.readError())
        #expect(error.limit == "maxXMLDepth")
        #expect(error.en.contains("64"))
        // worksheet > sheetData > x × 62 is 64 levels deep: still read.
        let atLimit = String(repeating: "<x>", count: 62) + String(repeating: "</x>", count: 62)
        let fine = XLSXTestWorkbook.oneSheet(#"<row r="1"><c r="A1"><v>1</v></c></row>"# + atLimit)
        #expect(try fine.read().xlsxCell(1, 1) == .number(1))
        var tight = SafetyLimits()
        tight.maxXMLDepth = 4  // worksheet > sheetData > row > c > v is five deep
        #expect(try fine.readError(limits: tight)?.limit == "maxXMLDepth")
    }

    @Test("a shared-string index out of range is unreadable")
    func sharedStringIndex() throws {
        let book = XLSXTestWorkbook.oneSheet(#"<row r="1"><c r="A1" t="s"><v>1</v></c></row>"#, sharedStrings: ["<t>only one</t>"])
        let error = try #require(try book.readError())
        #expect(error.limit == "sharedStringIndex")
        let none = XLSXTestWorkbook.oneSheet(#"<row r="1"><c r="A1" t="s"><v>0</v></c></row>"#)
        #expect(try none.readError()?.limit == "sharedStringIndex")
    }

    @Test("rows and columns past Excel's limits are unreadable; at the limits they read")
    func rowsAndColumns() throws {
        let lastRow = XLSXTestWorkbook.oneSheet(#"<row r="1048576"><c r="XFD1048576"><v>7</v></c></row>"#)
        #expect(try lastRow.read().xlsxCell(1_048_576, 16_384) == .number(7))
        let pastRow = XLSXTestWorkbook.oneSheet(#"<row r="1048577"><c r="A1048577"><v>7</v></c></row>"#)
        #expect(try pastRow.readError()?.limit == "maxRows")
        let pastRowInReference = XLSXTestWorkbook.oneSheet(#"<row><c r="A99999999999"><v>7</v></c></row>"#)
        #expect(try pastRowInReference.readError()?.limit == "maxRows")
        let pastColumn = XLSXTestWorkbook.oneSheet(#"<row r="1"><c r="XFE1"><v>7</v></c></row>"#)
        #expect(try pastColumn.readError()?.limit == "maxColumns")
        let pastColumnByPosition = XLSXTestWorkbook.oneSheet(#"<row r="1"><c r="XFD1"><v>1</v></c><c><v>2</v></c></row>"#)
        #expect(try pastColumnByPosition.readError()?.limit == "maxColumns")
        let pastMerge = XLSXTestWorkbook.oneSheet(#"<row r="1"><c r="A1"><v>1</v></c></row></sheetData><mergeCells><mergeCell ref="A1:A2000000"/></mergeCells><sheetData>"#)
        #expect(try pastMerge.readError()?.limit == "maxRows")
    }

    @Test("a cell longer than 32,767 characters is unreadable; one at the limit reads")
    func cellLength() throws {
        let atLimit = String(repeating: "ệ", count: 32_767)
        let fine = XLSXTestWorkbook.oneSheet(#"<row r="1"><c r="A1" t="inlineStr"><is><t>\#(atLimit)</t></is></c></row>"#)
        #expect(try fine.read().xlsxCell(1, 1) == .string(atLimit))
        let inline = XLSXTestWorkbook.oneSheet(#"<row r="1"><c r="A1" t="inlineStr"><is><t>\#(atLimit)x</t></is></c></row>"#)
        let error = try #require(try inline.readError())
        #expect(error.limit == "maxCellCharacters")
        #expect(error.vi.contains("32767"))
        let shared = XLSXTestWorkbook.oneSheet(#"<row r="1"><c r="A1" t="s"><v>0</v></c></row>"#,
                                               sharedStrings: ["<r><t>\(atLimit)</t></r><r><t>x</t></r>"])
        #expect(try shared.readError()?.limit == "maxCellCharacters")
        let formula = XLSXTestWorkbook.oneSheet(#"<row r="1"><c r="A1" t="str"><f>REPT("a",40000)</f><v>\#(String(repeating: "a", count: 40_000))</v></c></row>"#)
        #expect(try formula.readError()?.limit == "maxCellCharacters")
    }

    @Test("more sheets than maxSheets is unreadable")
    func tooManySheets() throws {
        let sheets = (1...257).map { #"<sheet name="S\#($0)" sheetId="\#($0)" r:id="rId1"/>"# }.joined()
        let book = XLSXTestWorkbook.oneSheet(#"<row r="1"><c r="A1"><v>1</v></c></row>"#, sheetsXML: sheets)
        let error = try #require(try book.readError())
        #expect(error.limit == "maxSheets")
        #expect(error.en.contains("256"))
        var roomy = SafetyLimits()
        roomy.maxSheets = 257
        #expect(try book.read(limits: roomy).sheets.count == 257)
    }

    @Test("a part larger than maxPartBytes, or compressed past the ratio, is unreadable before it inflates")
    func partSizeAndRatio() throws {
        let padding = String(repeating: " ", count: 200_000)
        let book = XLSXTestWorkbook.oneSheet(#"<row r="1"><c r="A1"><v>1</v></c></row>"# + padding)
        var small = SafetyLimits()
        small.maxPartBytes = 100_000
        #expect(try book.readError(limits: small)?.limit == "maxPartBytes")
        var ratio = SafetyLimits()
        ratio.ratioThresholdBytes = 100_000
        #expect(try book.readError(limits: ratio)?.limit == "maxCompressionRatio")
        #expect(try book.read().xlsxCell(1, 1) == .number(1))  // under the default 16 MiB threshold
    }

    @Test("a file over maxFileBytes is refused up front")
    func fileSize() throws {
        var limits = SafetyLimits()
        limits.maxFileBytes = 100
        let bytes = try XLSXTestWorkbook.oneSheet("").zipped()
        #expect(throws: UnreadableFile.self) { try Spreadsheets.read(bytes: bytes, fileName: "a.xlsx", limits: limits) }
        do { _ = try Spreadsheets.read(bytes: bytes, fileName: "a.xlsx", limits: limits) } catch { #expect(error.limit == "maxFileBytes") }
    }

    @Test("an encrypted (OLE-wrapped) xlsx is reported as password-protected")
    func encrypted() throws {
        let url = ConformanceXLSXTests.corpus.appendingPathComponent("pass_protected.xlsx")
        let bytes = try Data(contentsOf: url)
        #expect(Spreadsheets.detectFormat(bytes: bytes, fileName: "pass_protected.xlsx") == .xlsx)
        #expect(Spreadsheets.detectFormat(bytes: bytes, fileName: "renamed.xls") == .xlsx)
        do {
            _ = try Spreadsheets.read(bytes: bytes, fileName: "pass_protected.xlsx")
            Issue.record("an encrypted file was read")
        } catch {
            #expect(error.vi.contains("có mật khẩu"))
            #expect(error.en.contains("password"))
        }
    }

    @Test("truncated, damaged or empty input is unreadable, never a crash")
    func damaged() throws {
        let bytes = try XLSXTestWorkbook.oneSheet(#"<row r="1"><c r="A1"><v>1</v></c></row>"#).zipped()
        for cut in [0, 4, 30, bytes.count / 2, bytes.count - 10] {
            #expect(throws: UnreadableFile.self) { try Spreadsheets.read(bytes: bytes.prefix(cut), fileName: "cut.xlsx") }
        }
        var garbage = bytes
        for index in stride(from: 40, to: garbage.count - 40, by: 7) { garbage[index] ^= 0x5A }
        #expect(throws: UnreadableFile.self) { try Spreadsheets.read(bytes: garbage, fileName: "garbage.xlsx") }
        let truncatedXML = XLSXTestWorkbook.oneSheet(#"<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2" t="inl"#)
        #expect(try truncatedXML.readError() != nil)
        var noWorkbook = XLSXTestWorkbook.oneSheet("")
        noWorkbook.parts.removeAll { $0.name == "xl/workbook.xml" }
        #expect(try noWorkbook.readError() != nil)
    }
}

/// Inputs built to make a naive parser slow or hungry: they must be refused or read in bounded time.
@Suite("XLSX hostile shapes")
struct XLSXHostileShapeTests {
    @Test("one enormous tag or text run is refused rather than rescanned chunk after chunk")
    func enormousToken() throws {
        let attributes = String(repeating: #" a="b""#, count: 600_000)
        let tag = XLSXTestWorkbook.oneSheet(#"<row r="1"\#(attributes)><c r="A1"><v>1</v></c></row>"#)
        #expect(try tag.readError()?.limit == "xmlTokenBytes")
        let comment = XLSXTestWorkbook.oneSheet("<!--" + String(repeating: "x", count: 3_000_000) + #"--><row r="1"><c r="A1"><v>1</v></c></row>"#)
        #expect(try comment.readError()?.limit == "xmlTokenBytes")
    }

    @Test("a long but sane sheet with comments and processing instructions reads")
    func commentsAndInstructions() throws {
        let rows = (1...2_000).map { #"<!-- row \#($0) --><?pi x?><row r="\#($0)"><c r="B\#($0)"><v>\#($0)</v></c></row>"# }.joined()
        let book = try XLSXTestWorkbook.oneSheet(rows).read()
        #expect(book.sheets[0].cells.count == 2_000)
        #expect(book.xlsxCell(2_000, 2) == .number(2_000))
    }
}

/// Random damage to the XML of the parts: every outcome is a workbook or an `UnreadableFile`, never a crash.
@Suite("XLSX mutated parts")
struct XLSXMutationTests {
    /// A small deterministic generator (SplitMix64), so that a failure can be replayed.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    @Test("mutated sheets, shared strings and styles never crash the reader")
    func mutations() throws {
        let sheet = #"<row r="1" spans="1:4"><c r="A1" t="s" s="1"><v>0</v></c><c r="B1" t="inlineStr"><is><r><t>a&amp;b</t></r><rPh><t>x</t></rPh></is></c><c r="C1" s="2"><v>45966.5</v></c><c r="D1" t="b"><v>1</v></c></row><row r="2"><c r="A2" t="d"><v>2025-11-05</v></c><c t="e"><v>#N/A</v></c><c r="C2" t="str"><f>A1</f><v>x_x000D_y</v></c></row></sheetData><mergeCells count="1"><mergeCell ref="A1:B2"/></mergeCells><sheetData>"#
        let base = XLSXTestWorkbook.oneSheet(sheet, sharedStrings: ["<t>Nguyễn Văn An</t>"],
                                             styles: XLSXTestWorkbook.styles(formats: [0, 14, 22], fonts: ["Arial", ".VnTime"]))
        let fragments: [[UInt8]] = ["<", ">", "/", "\"", "&", "&#x", ";", "<!--", "]]>", "<![CDATA[", "r=\"", "XFD", "99999999", "t=\"s\"", "<c>", "</row>", "\u{0}"]
            .map { Array($0.utf8) }
        var random = SplitMix(state: 2025)
        var read = 0
        var refused = 0
        for _ in 0..<400 {
            var book = base
            let partIndex = book.parts.firstIndex { ["xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/styles.xml", "xl/workbook.xml"]
                .contains($0.name) && Bool.random(using: &random) } ?? 4
            var bytes = book.parts[partIndex].bytes
            for _ in 0..<Int.random(in: 1...6, using: &random) where !bytes.isEmpty {
                let at = Int.random(in: 0..<bytes.count, using: &random)
                switch Int.random(in: 0..<3, using: &random) {
                case 0: bytes.remove(at: at)
                case 1: bytes.insert(contentsOf: fragments[Int.random(in: 0..<fragments.count, using: &random)], at: at)
                default: bytes[at] = UInt8.random(in: 0...255, using: &random)
                }
            }
            book.parts[partIndex].bytes = bytes
            let zipped = try book.zipped()
            do {
                let workbook = try Spreadsheets.read(bytes: zipped, fileName: "mutated.xlsx")
                _ = CellsJSONLines.lines(for: workbook)
                read += 1
            } catch {
                #expect(!error.en.isEmpty && !error.vi.isEmpty)
                refused += 1
            }
        }
        #expect(read + refused == 400)
        #expect(read > 0 && refused > 0)
    }
}
