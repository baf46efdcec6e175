/// What a number format makes of the number under it: the reader only needs to know whether the number is
/// shown as a calendar date, a time of day, both, or stays a number.
///
/// Kept in `XLS/` and internal so that it does not clash with the XLSX reader's own copy; the two follow the
/// same rules (domain.md: "a cell whose number format is a date or date-time") and can be unified later.
enum XLSNumberFormatKind: Sendable, Hashable {
    /// Any non-date format: `General`, `0.00`, currency, text.
    case number
    /// Day, month or year and no time of day in the format (`dd/mm/yyyy`).
    case date
    /// A date and a time of day in the format (`m/d/yy h:mm`). Read like `.date`: the value's own time of day
    /// decides whether one is shown, as the contract and the oracle do.
    case dateTime
    /// Only a time of day (`h:mm`, `mm:ss`).
    case time
    /// Elapsed time (`[h]:mm:ss`): the contract writes these as plain numbers.
    case duration

    /// The built-in format ids of BIFF that show dates or times (ids 14–22 and 45–47 of [MS-XLS] 2.4.126).
    /// Every other built-in id is a number format.
    static func builtIn(_ id: Int) -> XLSNumberFormatKind {
        switch id {
        case 14...17: return .date
        case 18...21, 45, 47: return .time
        case 22: return .dateTime
        case 46: return .duration
        default: return .number
        }
    }

    /// Classifies a custom format code by its first section: date and time letters count only outside
    /// quotes, escapes (`\x`, `_x`, `*x`) and brackets; a bracketed `[h]`, `[m]` or `[s]` is a duration.
    static func classify(code: String) -> XLSNumberFormatKind {
        var sawDayOrYear = false, sawMonthOrMinute = false, sawHourOrSecond = false, sawAmPm = false
        var inQuotes = false, escapeNext = false
        var characters = Array(code.unicodeScalars)
        if let firstSemicolon = firstSectionEnd(characters) { characters = Array(characters[..<firstSemicolon]) }
        var index = 0
        while index < characters.count {
            let character = characters[index]
            index += 1
            if escapeNext { escapeNext = false; continue }
            if inQuotes { if character == "\"" { inQuotes = false }; continue }
            switch character {
            case "\"": inQuotes = true
            case "\\", "_", "*": escapeNext = true
            case "[":
                // A bracket holds a colour, a condition, a locale ([$-42A]) or an elapsed-time unit.
                var inner = ""
                while index < characters.count, characters[index] != "]" {
                    inner.unicodeScalars.append(characters[index]); index += 1
                }
                index += 1
                let lowered = inner.lowercased()
                if !lowered.isEmpty, lowered.allSatisfy({ $0 == "h" || $0 == "m" || $0 == "s" }) { return .duration }
            case "d", "D", "y", "Y": sawDayOrYear = true
            case "m", "M": sawMonthOrMinute = true
            case "h", "H", "s", "S": sawHourOrSecond = true
            case "a", "A":
                // AM/PM or A/P marks a 12-hour clock.
                let rest = String(String.UnicodeScalarView(characters[(index - 1)...].prefix(5))).uppercased()
                if rest.hasPrefix("AM/PM") || rest.hasPrefix("A/P") { sawAmPm = true }
            default: break
            }
        }
        let hasTime = sawHourOrSecond || sawAmPm
        // A lone `m` is a month; next to hours or seconds it is minutes.
        let hasDate = sawDayOrYear || (sawMonthOrMinute && !hasTime)
        switch (hasDate, hasTime) {
        case (true, true): return .dateTime
        case (true, false): return .date
        case (false, true): return .time
        case (false, false): return .number
        }
    }

    /// The index of the first `;` outside quotes and escapes: later sections (negatives, zero, text) do not
    /// decide what the format is.
    private static func firstSectionEnd(_ characters: [Unicode.Scalar]) -> Int? {
        var inQuotes = false, escapeNext = false
        for (index, character) in characters.enumerated() {
            if escapeNext { escapeNext = false; continue }
            if inQuotes { if character == "\"" { inQuotes = false }; continue }
            switch character {
            case "\"": inQuotes = true
            case "\\", "_", "*": escapeNext = true
            case ";": return index
            default: break
            }
        }
        return nil
    }
}

/// Turns a spreadsheet serial number into the cell value its format shows.
enum XLSSerialDate {
    /// Days from 1970-01-01 back to the day before serial 1 of each date system.
    private static let epoch1900 = -25_569 // 1899-12-30: serials from 61 on (after the phantom 29 Feb 1900)
    private static let epoch1904 = -24_107 // 1904-01-01 is serial 0
    /// Serial of 10000-01-01 in the 1900 system: no date at or beyond it.
    private static let limitSerial = 2_958_466.0

    /// The value of `serial` under a format of `kind`: dates and times converted, durations and ordinary
    /// numbers (and serials no calendar can show) left as numbers.
    static func value(_ serial: Double, kind: XLSNumberFormatKind, is1904: Bool) -> CellValue {
        switch kind {
        case .number, .duration: return .number(serial)
        case .date, .dateTime, .time:
            guard serial.isFinite, serial >= 0, serial < limitSerial else { return .number(serial) }
            var days = Int(serial.rounded(.down))
            var seconds = Int(((serial - Double(days)) * 86_400).rounded())
            if seconds >= 86_400 { days += 1; seconds -= 86_400 }
            let hour = seconds / 3600, minute = seconds / 60 % 60, second = seconds % 60
            if kind == .time, days == 0 {
                return .time(TimeOfDay(hour: hour, minute: minute, second: second))
            }
            let (year, month, day) = civilDate(serialDay: days, is1904: is1904)
            // The time of day is shown when there is one, whatever the format says: a date format over
            // 41689.604 still holds 14:30 (the oracle and the contract's "when it has a time of day").
            return .date(LocalDateTime(year: year, month: month, day: day, hour: hour, minute: minute,
                                       second: second, hasTime: seconds != 0))
        }
    }

    /// The calendar day of a whole serial. The 1900 system counts a 29 February 1900 that never was (a
    /// Lotus bug Excel keeps): serials before it count from 1899-12-31, serial 60 is shown as 28 February.
    static func civilDate(serialDay: Int, is1904: Bool) -> (year: Int, month: Int, day: Int) {
        let daysSince1970: Int
        if is1904 {
            daysSince1970 = epoch1904 + serialDay
        } else if serialDay < 61 {
            daysSince1970 = epoch1900 + serialDay + (serialDay == 60 ? 0 : 1)
        } else {
            daysSince1970 = epoch1900 + serialDay
        }
        return civilFromDays(daysSince1970)
    }

    /// Proleptic Gregorian date of a day count from 1970-01-01 (Howard Hinnant's `civil_from_days`).
    private static func civilFromDays(_ count: Int) -> (year: Int, month: Int, day: Int) {
        let z = count + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
