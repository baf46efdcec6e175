import Testing
@testable import Sheets

/// Number formats that make a number a date, a time, a duration or leave it a number, and serials turned
/// into calendar days (1900 system with its phantom 29 February, 1904 system).
@Suite("XLS number formats")
struct XLSNumberFormatTests {
    // Cases from openpyxl's and calamine's format tests, plus the formats Vietnamese sheets use.
    static let customFormats: [(String, XLSNumberFormatKind)] = [
        ("DD/MM/YY", .date), ("dd/mm/yyyy", .date), ("dd/mm/yyyy;@", .date), ("[$-42A]dd/mm/yyyy", .date),
        ("mmm-yy", .date), ("m\"M\"d\"D\";@", .date), ("[$-404]e\"\\xfc\"m\"\\xfc\"d\"\\xfc\"", .date),
        ("*-yyyy-mm-dd", .date),
        ("dd/mm/yyyy hh:mm", .dateTime), ("m/d/yy h:mm AM/PM", .dateTime),
        ("H:MM:SS;@", .time), ("mm:ss", .time), ("ha/p\\\\m", .time),
        ("[h]:mm:ss", .duration), ("[h]", .duration), ("[ss]", .duration), ("[s].000", .duration), ("[mm]", .duration),
        ("[Blue]\\+[h]:mm;[Red]\\-[h]:mm;[Green][h]:mm", .duration), ("[>=100][Magenta][s].00", .duration),
        ("General", .number), ("0.00E+00", .number), ("@", .number), ("#,##0\\ [$\\u20bd-46D]", .number),
        ("\"Y: \"0.00\"m\";\"Y: \"-0.00\"m\";\"Y: <num>m\";@", .number), ("\"$\"#,##0_);[Red](\"$\"#,##0)", .number),
        ("0_ ;[Red]\\-0\\ ", .number), ("\\Y000000", .number), ("#,##0.0####\" YMD\"", .number),
        ("[>=100][Magenta].00", .number), ("[>=100][Magenta]General", .number),
        ("#,##0.00\\ _M\"H\"_);[Red]#,##0.00\\ _M\"S\"_)", .number), ("#,##0*y", .number), ("0\"x\"*d", .number),
        ("#,##0 \"đồng\"", .number), ("0\" năm\"", .number), ("#,##0 [$₫-42A]", .number), ("0%", .number),
        ("_(* #,##0_);_(* \\(#,##0\\);_(* \"-\"??_);_(@_)", .number),
        ("[$-1010000]d/m/yyyy;@", .date), ("[$-F800]dddd, mmmm dd, yyyy", .date), ("yyyy", .date),
        ("mm/dd/yyyy hh:mm:ss AM/PM", .dateTime), ("[h]:mm", .duration),
    ]

    @Test(arguments: customFormats)
    func classifiesCustomFormat(code: String, kind: XLSNumberFormatKind) {
        #expect(XLSNumberFormatKind.classify(code: code) == kind)
    }

    @Test func classifiesBuiltInFormats() {
        #expect((14...17).allSatisfy { XLSNumberFormatKind.builtIn($0) == .date })
        #expect([18, 19, 20, 21, 45, 47].allSatisfy { XLSNumberFormatKind.builtIn($0) == .time })
        #expect(XLSNumberFormatKind.builtIn(22) == .dateTime)
        #expect(XLSNumberFormatKind.builtIn(46) == .duration)
        #expect([0, 1, 2, 9, 10, 11, 13, 23, 44, 48, 49, 164].allSatisfy { XLSNumberFormatKind.builtIn($0) == .number })
    }

    @Test func serialsOfThe1900System() {
        func day(_ serial: Double) -> String { XLSSerialDate.value(serial, kind: .date, is1904: false).text }
        #expect(day(1) == "1900-01-01")
        #expect(day(59) == "1900-02-28")
        #expect(day(60) == "1900-02-28") // Excel's 29 February 1900, which never was
        #expect(day(61) == "1900-03-01")
        #expect(day(45_966) == "2025-11-05")
        #expect(day(2_958_465) == "9999-12-31")
    }

    @Test func serialsOfThe1904System() {
        #expect(XLSSerialDate.value(0, kind: .date, is1904: true).text == "1904-01-01")
        #expect(XLSSerialDate.value(44_504, kind: .date, is1904: true).text == "2025-11-05")
    }

    @Test func timesOfDayAndRounding() {
        #expect(XLSSerialDate.value(0.5, kind: .time, is1904: false) == .time(TimeOfDay(hour: 12, minute: 0, second: 0)))
        #expect(XLSSerialDate.value(45_966.354_166_67, kind: .dateTime, is1904: false).text == "2025-11-05T08:30:00")
        // A hair before midnight rounds to the next day, with no time of day left.
        #expect(XLSSerialDate.value(45_965.999_999_999, kind: .date, is1904: false).text == "2025-11-05")
        #expect(XLSSerialDate.value(45_966, kind: .dateTime, is1904: false).text == "2025-11-05")
    }

    @Test func serialsNoCalendarShowsStayNumbers() {
        #expect(XLSSerialDate.value(-1, kind: .date, is1904: false) == .number(-1))
        #expect(XLSSerialDate.value(3_000_000, kind: .date, is1904: false) == .number(3_000_000))
        #expect(XLSSerialDate.value(.infinity, kind: .date, is1904: false) == .number(.infinity))
        #expect(XLSSerialDate.value(1.25, kind: .duration, is1904: false) == .number(1.25))
        #expect(XLSSerialDate.value(45_966, kind: .number, is1904: false) == .number(45_966))
    }
}
