import Foundation
import Testing
@testable import Sheets

/// The .xls reader on hand-built workbooks: every cell record, every cached formula result, styles, dates,
/// shared strings split across CONTINUE records, BIFF5 code pages, row order.
@Suite("XLS reader")
struct XLSReaderTests {
    private func read(_ workbook: XLSTestWorkbook, limits: SafetyLimits = .default) throws -> [Sheet] {
        let reader = try XLSReader(bytes: workbook.fileBytes(), limits: limits)
        return try reader.sheets.indices.map { try reader.loadSheet(at: $0) }
    }

    private func values(_ sheet: Sheet) -> [String: CellValue] {
        Dictionary(uniqueKeysWithValues: sheet.cells.map { ("\($0.row),\($0.column)", $0.value) })
    }

    @Test func readsEveryKindOfCellRecord() throws {
        var workbook = XLSTestWorkbook()
        workbook.sheets = [.init(name: "Danh sách", records: [
            XLSTestCells.number(0, 0, 2.5),
            XLSTestCells.rk(0, 1, (123 << 2) | 0x02),             // integer 123
            XLSTestCells.rk(0, 2, (12_345 << 2) | 0x03),          // integer 12345 / 100
            XLSTestCells.rk(0, 3, Int((1.5).bitPattern >> 32)),   // high bits of a double
            XLSTestCells.mulRK(1, 1, [(7 << 2) | 0x02, (8 << 2) | 0x02]),
            XLSTestCells.label(2, 0, workbook.longString("Nguyễn Văn An")),
            XLSTestCells.label(2, 1, workbook.longString("")),    // empty: left out
            XLSTestCells.boolErr(3, 0, 1, isError: false),
            XLSTestCells.boolErr(3, 1, 0, isError: false),
            XLSTestRecord(0x0201, XLSBytes.u16(4) + XLSBytes.u16(0) + XLSBytes.u16(0)),                   // BLANK: left out
            XLSTestRecord(0x00BE, XLSBytes.u16(4) + XLSBytes.u16(1) + XLSBytes.u16(0) + XLSBytes.u16(0) + XLSBytes.u16(2)), // MULBLANK
        ])]
        let cells = values(try read(workbook)[0])
        #expect(cells["1,1"] == .number(2.5))
        #expect(cells["1,2"] == .number(123))
        #expect(cells["1,3"] == .number(123.45))
        #expect(cells["1,4"] == .number(1.5))
        #expect(cells["2,2"] == .number(7))
        #expect(cells["2,3"] == .number(8))
        #expect(cells["3,1"] == .string("Nguyễn Văn An"))
        #expect(cells["3,2"] == nil)
        #expect(cells["4,1"] == .bool(true))
        #expect(cells["4,2"] == .bool(false))
        #expect(cells.count == 9)
    }

    @Test func readsEveryErrorCode() throws {
        let codes: [(UInt8, String)] = [(0x00, "#NULL!"), (0x07, "#DIV/0!"), (0x0F, "#VALUE!"), (0x17, "#REF!"),
                                        (0x1D, "#NAME?"), (0x24, "#NUM!"), (0x2A, "#N/A")]
        var workbook = XLSTestWorkbook()
        workbook.sheets = [.init(name: "S", records: codes.enumerated().map { XLSTestCells.boolErr($0.offset, 0, Int($0.element.0), isError: true) })]
        let cells = try read(workbook)[0].cells
        #expect(cells.map(\.value) == codes.map { .error($0.1) })
    }

    @Test func readsCachedFormulaResults() throws {
        var workbook = XLSTestWorkbook()
        workbook.sheets = [.init(name: "S", records: [
            XLSTestCells.formula(0, 0, result: XLSBytes.f64(42)),
            XLSTestCells.formula(1, 0, result: XLSTestCells.special(0)),
            XLSTestRecord(0x04BC, [UInt8](repeating: 0, count: 8)),            // SHRFMLA between: ignored
            XLSTestRecord(0x0207, workbook.longString("Hoàn thành xuất sắc")),  // the string result
            XLSTestCells.formula(2, 0, result: XLSTestCells.special(1, 1)),
            XLSTestCells.formula(3, 0, result: XLSTestCells.special(2, 0x07)),
            XLSTestCells.formula(4, 0, result: XLSTestCells.special(3)),           // empty string: left out
            XLSTestCells.formula(5, 0, result: XLSBytes.f64(45_966), xf: 2),          // a date format
            XLSTestRecord(0x0207, workbook.longString("orphan")),               // no formula waiting: ignored
        ])]
        let cells = values(try read(workbook)[0])
        #expect(cells["1,1"] == .number(42))
        #expect(cells["2,1"] == .string("Hoàn thành xuất sắc"))
        #expect(cells["3,1"] == .bool(true))
        #expect(cells["4,1"] == .error("#DIV/0!"))
        #expect(cells["5,1"] == nil)
        #expect(cells["6,1"] == .date(LocalDateTime(year: 2025, month: 11, day: 5)))
        #expect(cells.count == 5)
    }

    @Test func fontNamesComeFromTheCellStyleSkippingIndexFour() throws {
        var workbook = XLSTestWorkbook()
        workbook.sheets = [.init(name: "S", records: [
            XLSTestCells.label(0, 0, workbook.longString("Hä vµ tªn"), xf: 1),
            XLSTestCells.number(0, 1, 1, xf: 0),
            XLSTestCells.number(0, 2, 1, xf: 99), // no such XF: no font, a plain number
        ])]
        let cells = try read(workbook)[0].cells
        #expect(cells[0].font == ".VnTime")
        #expect(cells[1].font == "Arial")
        #expect(cells[2].font == nil && cells[2].value == .number(1))
    }

    @Test func numberFormatsDecideDatesTimesAndNumbers() throws {
        var workbook = XLSTestWorkbook()
        workbook.sheets = [.init(name: "S", records: [
            XLSTestCells.number(0, 0, 45_966, xf: 2),          // built-in 14
            XLSTestCells.number(1, 0, 45_966.354_166_666_7, xf: 3), // dd/mm/yyyy with a time of day
            XLSTestCells.number(2, 0, 0.354_166_666_7, xf: 4),  // h:mm
            XLSTestCells.number(3, 0, 1.5, xf: 5),              // [h]:mm:ss: a duration stays a number
            XLSTestCells.number(4, 0, 45_966, xf: 6),           // "Ngày" 0: the letters are quoted
            XLSTestCells.number(5, 0, 45_966.5, xf: 7),         // built-in 22, m/d/yy h:mm
        ])]
        let cells = values(try read(workbook)[0])
        #expect(cells["1,1"]?.text == "2025-11-05")
        #expect(cells["2,1"]?.text == "2025-11-05T08:30:00")
        #expect(cells["3,1"] == .time(TimeOfDay(hour: 8, minute: 30, second: 0)))
        #expect(cells["4,1"] == .number(1.5))
        #expect(cells["5,1"] == .number(45_966))
        #expect(cells["6,1"]?.text == "2025-11-05T12:00:00")
    }

    @Test func the1904DateSystemShiftsSerials() throws {
        var workbook = XLSTestWorkbook()
        workbook.extraGlobals = [XLSTestRecord(0x0022, XLSBytes.u16(1))]
        workbook.sheets = [.init(name: "S", records: [XLSTestCells.number(0, 0, 44_504, xf: 2)])]
        #expect(try read(workbook)[0].cells.first?.value.text == "2025-11-05")
    }

    @Test func sharedStringsSplitAcrossContinueRecords() throws {
        var workbook = XLSTestWorkbook()
        // String 0 in UTF-16; string 1 starts in UTF-16 and its characters resume, compressed, after the
        // option byte of a CONTINUE record; string 2 is rich text whose formatting runs straddle the next
        // CONTINUE; string 3 carries phonetic data.
        let first = "Họ và tên", second = "Nguyễn Van An"
        let split = 7
        var sst = XLSBytes.u32(4) + XLSBytes.u32(4)
        sst += XLSBytes.u16(first.utf16.count) + [0x01] + XLSBytes.utf16(first)
        sst += XLSBytes.u16(second.utf16.count) + [0x01] + XLSBytes.utf16(String(second.prefix(split)))
        var continued: [UInt8] = [0x00] + Array(second.dropFirst(split).utf8)
        continued += XLSBytes.u16(3) + [0x08] + XLSBytes.u16(2) + Array("Bac".utf8) + XLSBytes.u32(0) // first run only
        let more = XLSBytes.u32(0) + XLSBytes.u16(2) + [0x04] + XLSBytes.u32(3) + Array("Có".unicodeScalars.map { UInt8($0.value) }) + [1, 2, 3]
        workbook.sharedStrings = [XLSTestRecord(0x00FC, sst), XLSTestRecord(0x003C, continued), XLSTestRecord(0x003C, more)]
        workbook.sheets = [.init(name: "S", records: (0..<5).map { XLSTestCells.labelSST($0, 0, $0) })]
        let cells = try read(workbook)[0].cells
        #expect(cells.map(\.value) == [.string(first), .string(second), .string("Bac"), .string("Có")])
    }

    @Test func biff5StringsUseTheWorkbookCodePage() throws {
        var workbook = XLSTestWorkbook()
        workbook.isBIFF8 = false
        workbook.extraGlobals = [XLSTestRecord(0x0042, XLSBytes.u16(1258))]
        // "Nguyễn" in Windows-1258: ê (0xEA) followed by the combining tilde (0xDE), which iconv composes.
        let name: [UInt8] = Array("Nguy".utf8) + [0xEA, 0xDE] + Array("n".utf8)
        // The sheet name "Đơn vị" in Windows-1258 bytes (D0 F5 6E 20 76 69 F2), the test writer copying
        // each scalar's low byte; the dot below (0xF2) is again a combining mark.
        let sheetName = "\u{D0}\u{F5}n vi\u{F2}"
        workbook.sheets = [.init(name: sheetName, records: [XLSTestCells.label(0, 0, XLSBytes.u16(name.count) + name, xf: 1)])]
        let sheets = try read(workbook)
        #expect(sheets[0].name == "\u{110}\u{1A1}n v\u{1ECB}")
        #expect(sheets[0].cells.first?.value == .string("Nguy\u{1EC5}n"))
        #expect(sheets[0].cells.first?.font == ".VnTime")
    }

    @Test func rowsStoredOutOfOrderComeOutSorted() throws {
        var workbook = XLSTestWorkbook()
        workbook.sheets = [.init(name: "S", records: [
            XLSTestCells.number(5, 1, 3), XLSTestCells.number(5, 0, 2), XLSTestCells.number(1, 0, 1), XLSTestCells.number(5, 0, 4),
        ])]
        let reader = try XLSReader(bytes: workbook.fileBytes(), limits: .default)
        var rows: [(Int, [String])] = []
        _ = try reader.scanSheet(at: 0) { row, cells in rows.append((row, cells.map { "\($0.column)=\($0.value.text)" })) }
        #expect(rows.map(\.0) == [2, 6])
        #expect(rows.map(\.1) == [["1=1"], ["1=4", "2=3"]])
    }

    @Test func sheetsKeepNamesVisibilityAndMerges() throws {
        var workbook = XLSTestWorkbook()
        workbook.sheets = [
            .init(name: "Tập thể", records: [XLSTestCells.number(0, 0, 1), XLSTestCells.merged([(0, 1, 0, 4), (3, 2, 1, 1)])]),
            .init(name: "DM", hidden: true, records: []),
        ]
        let reader = try XLSReader(bytes: workbook.fileBytes(), limits: .default)
        #expect(reader.sheets == [SheetInfo(name: "Tập thể", isHidden: false), SheetInfo(name: "DM", isHidden: true)])
        let sheet = try reader.loadSheet(at: 0)
        // The second range is inverted (first row after last row) and dropped.
        #expect(sheet.merges == [MergedRange(firstRow: 1, firstColumn: 1, lastRow: 2, lastColumn: 5)])
    }
}
