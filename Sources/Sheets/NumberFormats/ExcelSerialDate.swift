/// Spreadsheet serial numbers to wall-clock dates, in both of Excel's date systems. Shared by the XLSX and
/// XLS readers, so that one number format shows the same value whatever the file's format.
enum ExcelSerialDate {
    /// The 1900 system (serial 1 is 1900-01-01, with Excel's fictitious 1900-02-29 as serial 60) or the
    /// 1904 system of old Mac workbooks (serial 0 is 1904-01-01).
    enum System: Sendable { case from1900, from1904 }

    /// Serials at or past 10000-01-01 are not dates Excel can show.
    private static let lastSerial = 2_958_466.0

    /// The value a date-formatted number shows, rounded to the second; `nil` for a serial Excel cannot show
    /// as a date (negative, past 9999, not finite), which then stays a number. Serial 60 in the 1900 system is
    /// 1900-02-29, the day Excel's leap-year bug invented, because that is what the sheet displays; serial 0,
    /// which Excel shows as "1900-01-00", is given as 1899-12-31, the day before serial 1.
    static func dateTime(serial: Double, system: System) -> LocalDateTime? {
        guard serial.isFinite, serial >= 0, serial < lastSerial else { return nil }
        let totalSeconds = Int64((serial * 86_400).rounded())
        let days = Int(totalSeconds / 86_400)
        let seconds = Int(totalSeconds % 86_400)
        var date: (year: Int, month: Int, day: Int)
        switch system {
        case .from1904:
            date = civil(daysSince1970: -24_107 + days)
        case .from1900:
            if days == 60 { date = (1900, 2, 29) }
            else if days < 60 { date = civil(daysSince1970: -25_568 + days) }  // from 1899-12-31: serial 1 is 1900-01-01
            else { date = civil(daysSince1970: -25_569 + days) }  // from 1899-12-30, past the phantom day
        }
        return LocalDateTime(year: date.year, month: date.month, day: date.day,
                             hour: seconds / 3600, minute: seconds / 60 % 60, second: seconds % 60, hasTime: seconds != 0)
    }

    /// The value a number shows under a format of `kind`: ordinary numbers and durations stay numbers, as do
    /// serials no calendar can show; a time-of-day format over a serial of a day or more keeps its day (a
    /// date-time), so nothing is lost.
    static func value(_ serial: Double, kind: NumberFormatKind, system: System) -> CellValue {
        switch kind {
        case .number:
            return .number(serial)
        case .time where serial < 1:
            return timeOfDay(serial: serial).map(CellValue.time) ?? .number(serial)
        case .date, .time:
            return dateTime(serial: serial, system: system).map(CellValue.date) ?? .number(serial)
        }
    }

    /// The time of day of a serial (its fraction), rounded to the second.
    static func timeOfDay(serial: Double) -> TimeOfDay? {
        guard serial.isFinite, serial >= 0, serial < lastSerial else { return nil }
        let seconds = Int(Int64((serial * 86_400).rounded()) % 86_400)
        return TimeOfDay(hour: seconds / 3600, minute: seconds / 60 % 60, second: seconds % 60)
    }

    /// Year, month and day of a count of days since 1970-01-01 (proleptic Gregorian; H. Hinnant's algorithm).
    static func civil(daysSince1970: Int) -> (year: Int, month: Int, day: Int) {
        let z = daysSince1970 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// Parses the ISO 8601 text of a `t="d"` cell: `2021-01-01`, `2021-01-01T10:10:10(.fff)(Z|±hh:mm)`, or a
    /// bare time `10:10:10`. The offset, if any, is dropped: spreadsheet values are wall-clock values.
    static func parseISO(_ text: String) -> CellValue? {
        let bytes = Array(text.utf8)
        func number(_ from: Int, _ length: Int) -> Int? {
            guard from + length <= bytes.count else { return nil }
            var value = 0
            for byte in bytes[from..<(from + length)] {
                guard byte >= 0x30 && byte <= 0x39 else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            return value
        }
        func time(at start: Int) -> (Int, Int, Int)? {
            guard let h = number(start, 2), bytes.count > start + 4, bytes[start + 2] == UInt8(ascii: ":"),
                  let m = number(start + 3, 2) else { return nil }
            var s = 0
            if bytes.count >= start + 8, bytes[start + 5] == UInt8(ascii: ":"), let parsed = number(start + 6, 2) { s = parsed }
            guard h < 24, m < 60, s < 61 else { return nil }
            return (h, m, s)
        }
        if bytes.count >= 5, bytes[2] == UInt8(ascii: ":"), let (h, m, s) = time(at: 0) {
            return .time(TimeOfDay(hour: h, minute: m, second: s))
        }
        guard let year = number(0, 4), bytes.count >= 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              let month = number(5, 2), let day = number(8, 2), (1...12).contains(month), (1...31).contains(day) else { return nil }
        if bytes.count > 10, bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: " "), let (h, m, s) = time(at: 11) {
            return .date(LocalDateTime(year: year, month: month, day: day, hour: h, minute: m, second: s, hasTime: h != 0 || m != 0 || s != 0))
        }
        return .date(LocalDateTime(year: year, month: month, day: day))
    }
}
