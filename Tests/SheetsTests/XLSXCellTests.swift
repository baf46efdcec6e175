import Foundation
import Testing
@testable import Sheets

/// How the XLSX reader turns cells, strings and sheets into the cell model.
@Suite("XLSX cells")
struct XLSXCellTests {
    @Test("each cell type: shared, inline and formula strings, booleans, errors, numbers")
    func cellTypes() throws {
        let sheet = #"<row r="1"><c r="A1" t="s"><v>1</v></c><c r="B1" t="inlineStr"><is><t>inline</t></is></c>"#
            + #"<c r="C1" t="str"><f>A1&amp;"!"</f><v>second!</v></c><c r="D1" t="b"><v>1</v></c><c r="E1" t="b"><v>0</v></c>"#
            + #"<c r="F1" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="G1"><f>1+1</f><v>2</v></c><c r="H1" t="n"><v>-1.25E-3</v></c>"#
            + #"<c r="I1" t="s"><v>0</v></c><c r="J1" s="0"/><c r="K1" t="str"><f>""</f><v></v></c></row>"#
        let book = try XLSXTestWorkbook.oneSheet(sheet, sharedStrings: ["<t/>", "<t>second</t>"]).read()
        #expect(book.sheets[0].cells.map(\.value) == [
            .string("second"), .string("inline"), .string("second!"), .bool(true), .bool(false), .error("#DIV/0!"),
            .number(2), .number(-0.00125),
        ])
        #expect(book.sheets[0].cells.map(\.column) == Array(1...8))
    }

    @Test("entities, character references, CDATA and Excel's _xHHHH_ escapes are decoded")
    func textDecoding() throws {
        let sheet = #"<row r="1"><c r="A1" t="inlineStr"><is><t>A &amp; B &lt;C&gt; &quot;D&quot; &apos;E&apos; &#x1EC7;&#7879; &unknown;</t></is></c>"#
            + #"<c r="B1" t="inlineStr"><is><t><![CDATA[<b>&amp;</b>]]></t></is></c><c r="C1" t="s"><v>0</v></c><c r="D1" t="s"><v>1</v></c></row>"#
        let book = try XLSXTestWorkbook.oneSheet(sheet, sharedStrings: ["<t>line_x000D_\r\nnext</t>", "<t>_x005F_x000D_</t>"]).read()
        #expect(book.xlsxCell(1, 1) == .string("A & B <C> \"D\" 'E' ệệ &unknown;"))
        #expect(book.xlsxCell(1, 2) == .string("<b>&amp;</b>"))
        #expect(book.xlsxCell(1, 3) == .string("line\r\nnext"))
        #expect(book.xlsxCell(1, 4) == .string("_x000D_"))
    }

    @Test("rich text runs join, phonetic runs are left out, unpreserved space is trimmed")
    func richText() throws {
        let shared = [
            #"<r><rPr><b/></rPr><t>Nguyễn </t></r><r><t xml:space="preserve">Văn </t></r><r><t>An</t></r>"#,
            #"<t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/>"#,
            #"<t xml:space="preserve">  kept  </t>"#,
            "<t>   </t>",
        ]
        let sheet = #"<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>"#
        let book = try XLSXTestWorkbook.oneSheet(sheet, sharedStrings: shared).read()
        #expect(book.sheets[0].cells.map(\.value) == [.string("NguyễnVăn An"), .string("東京"), .string("  kept  ")])
    }

    @Test("cells and rows without r attributes are placed by position")
    func missingReferences() throws {
        let sheet = #"<row><c><v>1</v></c><c><v>2</v></c><c r="E1"><v>5</v></c><c><v>6</v></c></row><row><c><v>7</v></c></row>"#
            + #"<row r="5"><c><v>9</v></c></row><row><c r="B6"><v>10</v></c></row>"#
        let cells = try XLSXTestWorkbook.oneSheet(sheet).read().sheets[0].cells
        #expect(cells.map { "\($0.row),\($0.column)=\($0.value.text)" } == ["1,1=1", "1,2=2", "1,5=5", "1,6=6", "2,1=7", "5,1=9", "6,2=10"])
        // A row element whose cells name other rows: each cell goes where its reference says, and a
        // reference-less cell follows the cell before it.
        let stray = #"<row r="1"><c r="C1"><v>1</v></c><c r="D3"><v>2</v></c><c><v>3</v></c></row><row r="4"><c r="B4"><v>4</v></c></row>"#
        let strayCells = try XLSXTestWorkbook.oneSheet(stray).read().sheets[0].cells
        #expect(strayCells.map { "\($0.row),\($0.column)=\($0.value.text)" } == ["1,3=1", "3,4=2", "3,5=3", "4,2=4"])
    }

    @Test("cells out of column order in a row are sorted, a repeated column keeps its last value")
    func unorderedColumns() throws {
        let sheet = #"<row r="1"><c r="C1"><v>3</v></c><c r="A1"><v>1</v></c><c r="C1"><v>4</v></c></row>"#
        let cells = try XLSXTestWorkbook.oneSheet(sheet).read().sheets[0].cells
        #expect(cells.map(\.column) == [1, 3])
        #expect(cells.map(\.value) == [.number(1), .number(4)])
    }

    @Test("namespace prefixes on elements and attributes are ignored")
    func prefixes() throws {
        var book = XLSXTestWorkbook.oneSheet("")
        book.replace("xl/worksheets/sheet1.xml", #"<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="2"><x:c r="B2" t="inlineStr"><x:is><x:t>hi</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>"#)
        #expect(try book.read().xlsxCell(2, 2) == .string("hi"))
    }

    @Test("each cell carries its style's font name, one String per font")
    func fonts() throws {
        let styles = XLSXTestWorkbook.styles(formats: [0, 0], fonts: ["Times New Roman", ".VnTime"])
        let sheet = #"<row r="1"><c r="A1"><v>1</v></c><c r="B1" s="1" t="inlineStr"><is><t>Hµ Néi</t></is></c><c r="C1" s="1"><v>2</v></c></row>"#
        let cells = try XLSXTestWorkbook.oneSheet(sheet, styles: styles).read().sheets[0].cells
        #expect(cells.map(\.font) == ["Times New Roman", ".VnTime", ".VnTime"])
    }

    @Test("hidden and very hidden sheets are listed and marked; merged ranges are read (corpus files)")
    func sheetsAndMerges() throws {
        let corpus = ConformanceXLSXTests.corpus
        let anySheets = try Spreadsheets.read(bytes: Data(contentsOf: corpus.appendingPathComponent("any_sheets.xlsx")), fileName: "any_sheets.xlsx")
        #expect(anySheets.sheets.map(\.name) == ["Visible", "Hidden", "VeryHidden", "Chart"])
        #expect(anySheets.sheets.map(\.isHidden) == [false, true, true, false])
        // openpyxl's reading of the same file: A2:A4, B2:D4, A1:B1.
        let merged = try Spreadsheets.read(bytes: Data(contentsOf: corpus.appendingPathComponent("merge_cells.xlsx")), fileName: "merge_cells.xlsx")
        #expect(Set(merged.sheets[0].merges) == [
            MergedRange(firstRow: 2, firstColumn: 1, lastRow: 4, lastColumn: 1),
            MergedRange(firstRow: 2, firstColumn: 2, lastRow: 4, lastColumn: 4),
            MergedRange(firstRow: 1, firstColumn: 1, lastRow: 1, lastColumn: 2),
        ])
        let date = try Spreadsheets.read(bytes: Data(contentsOf: corpus.appendingPathComponent("date.xlsx")), fileName: "date.xlsx")
        #expect(date.sheets[0].cells.first?.font == "Arial")  // as openpyxl reports it
    }

    @Test("the reader streams rows in order with their cells, and lists sheets before reading them")
    func streaming() throws {
        let sheet = (1...300).map { #"<row r="\#($0)"><c r="A\#($0)"><v>\#($0)</v></c><c r="C\#($0)" t="inlineStr"><is><t>r\#($0)</t></is></c></row>"# }.joined()
        let reader = try Spreadsheets.openReader(bytes: XLSXTestWorkbook.oneSheet(sheet).zipped(), fileName: "rows.xlsx")
        #expect(reader.sheets == [SheetInfo(name: "Sheet1", isHidden: false)])
        var seen: [Int] = []
        _ = try reader.scanSheet(at: 0) { row, cells in
            seen.append(row)
            #expect(cells.map(\.column) == [1, 3])
            #expect(cells.first?.value == .number(Double(row)))
        }
        #expect(seen == Array(1...300))
    }

    @Test("a sheet read whole has exactly the cells and merges its rows stream, for every workbook of the corpus and a CSV")
    func wholeSheetEqualsStreamedRows() throws {
        let corpus = ConformanceXLSXTests.corpus
        let files = try FileManager.default.contentsOfDirectory(atPath: corpus.path).filter { $0.hasSuffix(".xlsx") }.sorted()
        #expect(files.count > 5)
        var sheetsCompared = 0
        let unordered = #"<row r="2"><c r="C2"><v>3</v></c><c r="A2"><v>1</v></c><c r="C2"><v>4</v></c></row><row r="3"><c r="B3"><v>5</v></c></row>"#
        let inputs = try files.map { ($0, try Data(contentsOf: corpus.appendingPathComponent($0))) }
            + [("unordered.xlsx", try XLSXTestWorkbook.oneSheet(unordered).zipped()),
               ("list.csv", Data("STT;Họ và tên;Năm\n1;Nguyễn Văn An;2025\n\n;;\n2;\"Trần, Thị\nBình\";2025\n".utf8))]
        for (name, bytes) in inputs {
            guard let reader = try? Spreadsheets.openReader(bytes: bytes, fileName: name) else { continue }
            for index in reader.sheets.indices {
                var streamed: [Cell] = []
                guard let merges = try? reader.scanSheet(at: index, { _, cells in streamed += cells }) else { continue }
                let whole = try reader.loadSheet(at: index)
                #expect(whole.cells == streamed, "\(name), sheet \(index + 1)")
                #expect(whole.merges == merges, "\(name), sheet \(index + 1)")
                sheetsCompared += 1
            }
        }
        #expect(sheetsCompared > files.count)
    }

    @Test("relationship targets may be absolute, relative with .., backslashed or in another case")
    func packagePaths() throws {
        var book = XLSXTestWorkbook.oneSheet("", sharedStrings: ["<t>shared</t>"])
        book.replace("xl/_rels/workbook.xml.rels", #"<Relationships><Relationship Id="rId1" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/worksheet" Target="../XL/Worksheets/Sheet1.xml"/><Relationship Id="rId2" Type="x/sharedStrings" Target="/xl/sharedStrings.xml"/></Relationships>"#)
        book.replace("xl/worksheets/sheet1.xml", #"<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>"#)
        #expect(try book.read().xlsxCell(1, 1) == .string("shared"))
        #expect(XLSXPackage.resolve("/xl/worksheets/sheet1.xml", from: "xl/") == "xl/worksheets/sheet1.xml")
        #expect(XLSXPackage.resolve("worksheets\\sheet1.xml", from: "xl/") == "xl/worksheets/sheet1.xml")
        #expect(XLSXPackage.resolve("../../../etc/passwd", from: "xl/") == "etc/passwd")
    }
}

/// The fast decimal path gives the very double `strtod` (through Swift's `Double(String)`) gives.
@Suite("XLSX number parsing")
struct XLSXNumberParsingTests {
    @Test("fast-path decimals equal Double(String) for fixed and random inputs")
    func fastPathMatchesStrtod() throws {
        var samples = ["0", "-0", "1", "15", "0.1", "-2.5", "44197.000011574", "123456789012345", "0.000000000000001",
                       "999999999999999.9", "5.", ".5", "10.6320601851852", "1234567890.12345"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<5_000 {
            let value = Double.random(in: -1e6...1e6, using: &generator)
            samples.append(String(format: "%.\(Int.random(in: 0...9, using: &generator))f", value))
        }
        for text in samples {
            var bytes = Array(text.utf8)
            #expect(parseDouble(&bytes) == Double(text), "\(text)")
        }
        let others: [(String, Double?)] = [("", nil), (".", nil), ("-", nil), ("1e5", 100_000), ("0x10", nil), ("nan", nil),
                                           ("inf", nil), ("1.2.3", nil), (" 7 ", 7), ("12345678901234567890", 12345678901234567168)]
        for (text, expected) in others {
            var bytes = Array(text.utf8)
            #expect(parseDouble(&bytes) == expected, "\(text)")
        }
    }
}
