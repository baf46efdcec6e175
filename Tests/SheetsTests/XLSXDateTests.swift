import Foundation
import Testing
@testable import Sheets

/// Serial numbers to dates in both systems, and which number formats are dates.
@Suite("XLSX dates and number formats")
struct XLSXDateTests {
    @Test("the 1900 system around Excel's phantom 1900-02-29", arguments: [
        (0.0, "1899-12-31"), (1.0, "1900-01-01"), (59.0, "1900-02-28"), (59.5, "1900-02-28T12:00:00"), (60.0, "1900-02-29"), (61.0, "1900-03-01"),
        (44197.0, "2021-01-01"), (45966.0, "2025-11-05"), (2_958_465.0, "9999-12-31"),
    ])
    func serials1900(serial: Double, expected: String) throws {
        let date = try #require(ExcelSerialDate.dateTime(serial: serial, system: .from1900))
        #expect(date.description == expected)
    }

    @Test("the 1904 system", arguments: [(0.0, "1904-01-01"), (1.0, "1904-01-02"), (42735.0, "2021-01-01")])
    func serials1904(serial: Double, expected: String) throws {
        #expect(ExcelSerialDate.dateTime(serial: serial, system: .from1904)?.description == expected)
    }

    @Test("a time of day is rounded to the second and carries into the next day")
    func timeOfDay() throws {
        #expect(ExcelSerialDate.dateTime(serial: 45966.354166666664, system: .from1900)?.description == "2025-11-05T08:30:00")
        #expect(ExcelSerialDate.dateTime(serial: 45966.99999999, system: .from1900)?.description == "2025-11-06")
        #expect(ExcelSerialDate.timeOfDay(serial: 0.5)?.description == "12:00:00")
        #expect(ExcelSerialDate.dateTime(serial: -1, system: .from1900) == nil)
        #expect(ExcelSerialDate.dateTime(serial: 3_000_000, system: .from1900) == nil)
    }

    @Test("a workbook with date1904 reads its dates from 1904, others from 1900")
    func workbookDateSystem() throws {
        let sheet = #"<row r="1"><c r="A1" s="1"><v>0</v></c><c r="B1" s="1"><v>42735</v></c><c r="C1"><v>42735</v></c></row>"#
        let styles = XLSXTestWorkbook.styles(formats: [0, 14])
        let mac = try XLSXTestWorkbook.oneSheet(sheet, styles: styles, workbookPr: #"<workbookPr date1904="1"/>"#).read()
        #expect(mac.xlsxCell(1, 1) == .date(LocalDateTime(year: 1904, month: 1, day: 1)))
        #expect(mac.xlsxCell(1, 2) == .date(LocalDateTime(year: 2021, month: 1, day: 1)))
        #expect(mac.xlsxCell(1, 3) == .number(42735))
        let windows = try XLSXTestWorkbook.oneSheet(sheet, styles: styles, workbookPr: #"<workbookPr date1904="false"/>"#).read()
        #expect(windows.xlsxCell(1, 2) == .date(LocalDateTime(year: 2016, month: 12, day: 31)))
    }

    @Test("the leap-bug boundary read from a sheet: 59, 60, 61")
    func leapBugInSheet() throws {
        let sheet = #"<row r="1"><c r="A1" s="1"><v>59</v></c><c r="B1" s="1"><v>60</v></c><c r="C1" s="1"><v>61</v></c></row>"#
        let book = try XLSXTestWorkbook.oneSheet(sheet, styles: XLSXTestWorkbook.styles(formats: [0, 14])).read()
        #expect(book.sheets[0].cells.map(\.value.text) == ["1900-02-28", "1900-02-29", "1900-03-01"])
    }

    @Test("custom formats: date tokens count only outside quotes, escapes and brackets", arguments: [
        (#""Ngày "dd" tháng "mm" năm "yyyy"#, NumberFormatKind.date),
        (#"dd/mm/yyyy;@"#, .date), (#"[$-42A]dd/mm/yyyy"#, .date), ("mmm-yy", .date), ("mmmm", .date),
        (#"0.00" days""#, .number), (#"#,##0 "đồng""#, .number), (#"\d\a\y 0"#, .number), ("[Red]#,##0", .number),
        ("#,##0_);(#,##0)", .number), ("0.00E+00", .number), ("@", .number),
        ("h:mm AM/PM", .time), ("hh:mm:ss", .time), ("mm:ss", .time), ("[h]:mm:ss", .number), ("[mm]:ss", .number),
        ("yyyy-mm-dd hh:mm", .date), (#"0;"yyyy""#, .number),
    ])
    func customFormats(code: String, kind: NumberFormatKind) {
        #expect(NumberFormatKind.custom(code) == kind)
    }

    @Test("built-in formats", arguments: [(14, NumberFormatKind.date), (22, .date), (18, .time), (21, .time), (45, .time),
                                          (46, .number), (0, .number), (4, .number), (49, .number)])
    func builtInFormats(id: Int, kind: NumberFormatKind) {
        #expect(NumberFormatKind.builtIn(id) == kind)
    }

    @Test("cells take date, time or number from their style; durations stay numbers; t=\"d\" cells are ISO dates")
    func cellsByStyle() throws {
        let sheet = #"<row r="1"><c r="A1" s="1"><v>45966.5</v></c><c r="B1" s="2"><v>0.75</v></c><c r="C1" s="3"><v>1.5</v></c>"#
            + #"<c r="D1" s="4"><v>45966</v></c><c r="E1" t="d"><v>2025-11-05T08:30:00</v></c><c r="F1" t="d"><v>2025-11-05</v></c>"#
            + #"<c r="G1" s="9"><v>3</v></c></row>"#
        let styles = XLSXTestWorkbook.styles(formats: [0, 22, 164, 46, 165], customCodes: [164: "hh:mm", 165: #""Ngày "dd/mm/yyyy"#])
        let book = try XLSXTestWorkbook.oneSheet(sheet, styles: styles).read()
        #expect(book.xlsxCell(1, 1) == .date(LocalDateTime(year: 2025, month: 11, day: 5, hour: 12, hasTime: true)))
        #expect(book.xlsxCell(1, 2) == .time(TimeOfDay(hour: 18, minute: 0, second: 0)))
        #expect(book.xlsxCell(1, 3) == .number(1.5))
        #expect(book.xlsxCell(1, 4) == .date(LocalDateTime(year: 2025, month: 11, day: 5)))
        #expect(book.xlsxCell(1, 5)?.text == "2025-11-05T08:30:00")
        #expect(book.xlsxCell(1, 6) == .date(LocalDateTime(year: 2025, month: 11, day: 5)))
        #expect(book.xlsxCell(1, 7) == .number(3))  // a style index past cellXfs: a plain number
    }
}

/// What `xl/styles.xml` contributes, read from a hand-written part.
@Suite("XLSX styles part")
struct XLSXStylesPartTests {
    @Test("only numFmts, fonts and cellXfs count: differential formats and cell-style xfs do not")
    func sectionsThatCount() throws {
        let styles = #"<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>"#
            + #"<fonts count="2"><font><b/><sz val="12"/><name val="Times New Roman"/></font><font><name val=".VnTime"/></font></fonts>"#
            + #"<cellStyleXfs count="1"><xf numFmtId="0" fontId="1"/></cellStyleXfs>"#
            + #"<cellXfs count="2"><xf numFmtId="0" fontId="0"><alignment wrapText="1"/></xf><xf numFmtId="164" fontId="1" applyNumberFormat="1"/></cellXfs>"#
            + #"<dxfs count="1"><dxf><font><name val="Wingdings"/></font><numFmt numFmtId="164" formatCode="0.00"/></dxf></dxfs>"#
        let sheet = #"<row r="1"><c r="A1"><v>45966</v></c><c r="B1" s="1"><v>45966</v></c></row>"#
        let cells = try XLSXTestWorkbook.oneSheet(sheet, styles: styles).read().sheets[0].cells
        #expect(cells.map(\.value) == [.number(45966), .date(LocalDateTime(year: 2025, month: 11, day: 5))])
        #expect(cells.map(\.font) == ["Times New Roman", ".VnTime"])
    }
}
