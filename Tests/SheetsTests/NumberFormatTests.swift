import Testing
@testable import Sheets

/// Number formats that make a number a date, a time, a duration or leave it a number, and serials turned
/// into calendar days (1900 system with its phantom 29 February, 1904 system).
@Suite("Number formats (XLSX and XLS)")
struct NumberFormatTests {
    // Cases from openpyxl's and calamine's format tests, plus the formats Vietnamese sheets use.
    static let customFormats: [(String, NumberFormatKind)] = [
        ("DD/MM/YY", .date), ("dd/mm/yyyy", .date), ("dd/mm/yyyy;@", .date), ("[$-42A]dd/mm/yyyy", .date),
        ("mmm-yy", .date), ("m\"M\"d\"D\";@", .date), ("[$-404]e\"\\xfc\"m\"\\xfc\"d\"\\xfc\"", .date),
        ("*-yyyy-mm-dd", .date),
        ("dd/mm/yyyy hh:mm", .date), ("m/d/yy h:mm AM/PM", .date),
        ("H:MM:SS;@", .time), ("mm:ss", .time), ("ha/p\\\\m", .time),
        ("[h]:mm:ss", .number), ("[h]", .number), ("[ss]", .number), ("[s].000", .number), ("[mm]", .number),
        ("[Blue]\\+[h]:mm;[Red]\\-[h]:mm;[Green][h]:mm", .number), ("[>=100][Magenta][s].00", .number),
        ("General", .number), ("0.00E+00", .number), ("@", .number), ("#,##0\\ [$\\u20bd-46D]", .number),
        ("\"Y: \"0.00\"m\";\"Y: \"-0.00\"m\";\"Y: <num>m\";@", .number), ("\"$\"#,##0_);[Red](\"$\"#,##0)", .number),
        ("0_ ;[Red]\\-0\\ ", .number), ("\\Y000000", .number), ("#,##0.0####\" YMD\"", .number),
        ("[>=100][Magenta].00", .number), ("[>=100][Magenta]General", .number),
        ("#,##0.00\\ _M\"H\"_);[Red]#,##0.00\\ _M\"S\"_)", .number), ("#,##0*y", .number), ("0\"x\"*d", .number),
        ("#,##0 \"đồng\"", .number), ("0\" năm\"", .number), ("#,##0 [$₫-42A]", .number), ("0%", .number),
        ("_(* #,##0_);_(* \\(#,##0\\);_(* \"-\"??_);_(@_)", .number),
        ("[$-1010000]d/m/yyyy;@", .date), ("[$-F800]dddd, mmmm dd, yyyy", .date), ("yyyy", .date),
        ("mm/dd/yyyy hh:mm:ss AM/PM", .date), ("[h]:mm", .number),
    ]

    @Test(arguments: customFormats)
    func classifiesCustomFormat(code: String, kind: NumberFormatKind) {
        #expect((code.lowercased() == "general" ? .number : NumberFormatKind.custom(code)) == kind)
    }

    @Test func classifiesBuiltInFormats() {
        #expect((14...17).allSatisfy { NumberFormatKind.builtIn($0) == .date })
        #expect([18, 19, 20, 21, 45, 47].allSatisfy { NumberFormatKind.builtIn($0) == .time })
        #expect(NumberFormatKind.builtIn(22) == .date)
        #expect(NumberFormatKind.builtIn(46) == .number)
        #expect([0, 1, 2, 9, 10, 11, 13, 23, 44, 48, 49, 164].allSatisfy { NumberFormatKind.builtIn($0) == .number })
    }

    @Test func serialsOfThe1900System() {
        func day(_ serial: Double) -> String { ExcelSerialDate.value(serial, kind: .date, system: .from1900).text }
        #expect(day(1) == "1900-01-01")
        #expect(day(59) == "1900-02-28")
        #expect(day(60) == "1900-02-29") // the 29 February 1900 that never was, as Excel shows it
        #expect(day(61) == "1900-03-01")
        #expect(day(45_966) == "2025-11-05")
        #expect(day(2_958_465) == "9999-12-31")
    }

    @Test func serialsOfThe1904System() {
        #expect(ExcelSerialDate.value(0, kind: .date, system: .from1904).text == "1904-01-01")
        #expect(ExcelSerialDate.value(44_504, kind: .date, system: .from1904).text == "2025-11-05")
    }

    @Test func timesOfDayAndRounding() {
        #expect(ExcelSerialDate.value(0.5, kind: .time, system: .from1900) == .time(TimeOfDay(hour: 12, minute: 0, second: 0)))
        #expect(ExcelSerialDate.value(45_966.354_166_67, kind: .date, system: .from1900).text == "2025-11-05T08:30:00")
        // A hair before midnight rounds to the next day, with no time of day left.
        #expect(ExcelSerialDate.value(45_965.999_999_999, kind: .date, system: .from1900).text == "2025-11-05")
        #expect(ExcelSerialDate.value(45_966, kind: .date, system: .from1900).text == "2025-11-05")
    }

    @Test func serialsNoCalendarShowsStayNumbers() {
        #expect(ExcelSerialDate.value(-1, kind: .date, system: .from1900) == .number(-1))
        #expect(ExcelSerialDate.value(3_000_000, kind: .date, system: .from1900) == .number(3_000_000))
        #expect(ExcelSerialDate.value(.infinity, kind: .date, system: .from1900) == .number(.infinity))
        #expect(ExcelSerialDate.value(1.25, kind: .number, system: .from1900) == .number(1.25))
        #expect(ExcelSerialDate.value(45_966, kind: .number, system: .from1900) == .number(45_966))
    }
}
