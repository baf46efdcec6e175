import Foundation
import Campaign
import Sheets

/// Reads dates the ways units write them — dd/mm/yyyy, d/m/yyyy, dd-mm-yyyy, dd.mm.yyyy, "ngày 05 tháng 11
/// năm 2025", ISO yyyy-mm-dd — and real date cells. Day first, always: 03/04/2025 is 3 April.
enum DateValues {
    /// The date a text names as a whole, if it is one of the accepted forms and a real calendar day;
    /// nil for any other text.
    static func date(in text: String) -> DayDate? {
        if let plain = plainDayMonthYear(text) { return plain }
        return generalDate(in: text)
    }

    /// `date(in:)` without the byte-wise shortcut (internal: the shortcut is tested against it).
    static func generalDate(in text: String) -> DayDate? {
        let trimmed = text.precomposedStringWithCanonicalMapping.trimmingCharacters(in: .whitespacesAndNewlines)
        if let numeric = numericDate(trimmed) { return numeric }
        let folded = MatchKey.folded(trimmed)
        // "ngày 05/11/2025": the word before a numeric date is only a label.
        if folded.hasPrefix("ngay "), let numeric = numericDate(String(trimmed.dropFirst(5))) { return numeric }
        if folded.hasPrefix("ngay"), let m = folded.wholeMatch(of: #/ngay\s*(\d{1,2})\s*thang\s*(\d{1,2})\s*nam\s*(\d{4})/#) {
            return day(Int(m.output.3), Int(m.output.2), Int(m.output.1))
        }
        return nil
    }

    /// The common case read from the bytes: ASCII "d/m/yyyy" (or with "-" or ".", the same separator twice),
    /// spaces only before or after. nil when the text has another shape, for the general reading to decide;
    /// otherwise the day it names, which is nil inside for a day the calendar lacks (as the general reading).
    private static func plainDayMonthYear(_ text: String) -> DayDate?? {
        var fields = [0, 0, 0], digits = [0, 0, 0], field = 0
        var separator: UInt8 = 0
        var trailing = false
        for byte in text.utf8 {
            switch byte {
            case 0x30...0x39:
                guard !trailing, digits[field] < 4 else { return nil }
                fields[field] = fields[field] * 10 + Int(byte - 0x30)
                digits[field] += 1
            case 0x2F, 0x2D, 0x2E:  // / - .
                guard !trailing, field < 2, digits[field] > 0, separator == 0 || separator == byte else { return nil }
                separator = byte
                field += 1
            case 0x20:
                if field == 0 && digits[0] == 0 { continue }  // leading
                guard field == 2, digits[2] > 0 else { return nil }
                trailing = true
            default:
                return nil
            }
        }
        guard field == 2, (1...2).contains(digits[0]), (1...2).contains(digits[1]), digits[2] == 4 else { return nil }
        return .some(day(fields[2], fields[1], fields[0]))
    }

    /// dd/mm/yyyy (also with "-" or "." and one-digit day or month, the same separator twice), or ISO
    /// yyyy-mm-dd, which may carry the time of day a CSV export of a date cell adds. Scanned by hand: this
    /// runs for every date cell, and a pattern costs far more than these few comparisons.
    private static func numericDate(_ text: String) -> DayDate? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let first = trimmed.first, first.isASCII, first.isNumber, trimmed.count <= 32,
              let separator = trimmed.first(where: { !($0.isASCII && $0.isNumber) && !$0.isWhitespace }),
              ["/", ".", "-"].contains(separator) else { return nil }
        let parts = trimmed.split(separator: separator, omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 3 else { return nil }
        func number(_ part: String, digits: ClosedRange<Int>) -> Int? {
            guard digits.contains(part.count), part.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            return Int(part)
        }
        if separator == "-", parts[0].count == 4 {
            // ISO: the day may be followed by "T08:30:00" or " 08:30:00".
            let dayDigits = parts[2].prefix { $0.isASCII && $0.isNumber }
            let rest = parts[2].dropFirst(dayDigits.count)
            guard rest.isEmpty || ((rest.first == "T" || rest.first == " ")
                                   && rest.dropFirst().allSatisfy { ($0.isASCII && $0.isNumber) || $0 == ":" || $0 == "." }
                                   && rest.contains(":")) else { return nil }
            return day(number(parts[0], digits: 4...4), number(parts[1], digits: 1...2), number(String(dayDigits), digits: 1...2))
        }
        return day(number(parts[2], digits: 4...4), number(parts[1], digits: 1...2), number(parts[0], digits: 1...2))
    }

    /// A date found anywhere inside a longer text ("Quyết định số 12/QĐ-HĐSK ngày 05/11/2025"): the last one,
    /// as found, with its calendar day (nil for a date-shaped text that is no day, 31/02/2025) and the text
    /// before it.
    static func lastDate(inside text: String) -> (date: DayDate?, text: String, before: Substring)? {
        guard text.contains(where: { $0.isASCII && $0.isNumber }), hasFourDigitRun(text) else { return nil }
        let nfc = text.precomposedStringWithCanonicalMapping
        var ranges: [Range<String.Index>] = []
        ranges += nfc.matches(of: #/(?i)ng[àa]y\s*\d{1,2}\s*th[áa]ng\s*\d{1,2}\s*n[ăa]m\s*\d{4}/#).map(\.range)
        ranges += nfc.matches(of: #/\d{1,2}\s*([/.\-])\s*\d{1,2}\s*\1\s*\d{4}/#).map(\.range)
        ranges += nfc.matches(of: #/\d{4}-\d{1,2}-\d{1,2}/#).map(\.range)
        guard let range = ranges.max(by: { $0.lowerBound < $1.lowerBound }) else { return nil }
        let found = String(nfc[range])
        return (date(in: found), found, nfc[..<range.lowerBound])
    }

    /// Whether four decimal digits follow each other (marks and format characters between them aside): every
    /// pattern of `lastDate` needs a year of four, and most decision numbers ("12/QĐ-HĐSK") have none, so the
    /// (costly) patterns are skipped for them.
    static func hasFourDigitRun(_ text: String) -> Bool {
        var run = 0
        for scalar in text.unicodeScalars {
            switch scalar.properties.generalCategory {
            case .decimalNumber:
                run += 1
                if run >= 4 { return true }
            case .nonspacingMark, .spacingMark, .enclosingMark, .format:
                continue
            default:
                run = 0
            }
        }
        return false
    }

    /// A real calendar day, or nil (31/02, month 13, year 0).
    static func day(_ year: Int?, _ month: Int?, _ day: Int?) -> DayDate? {
        guard let year, let month, let day, (1900...2100).contains(year), (1...12).contains(month), day >= 1 else { return nil }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return day <= lengths[month - 1] ? DayDate(year: year, month: month, day: day) : nil
    }

    /// Reads a date field's cell: a date cell, or a text in one of the accepted forms. A bare number (a date
    /// serial without a date format) is not a date.
    static func read(_ value: CellValue, text: String) -> FieldValue<DayDate> {
        switch value {
        case .date(let d):
            guard let date = day(d.year, d.month, d.day) else { return unreadable(text) }
            return .value(date)
        case .string:
            guard !MatchKey.isBlank(text) else { return .blank }
            return date(in: text).map { .value($0) } ?? unreadable(text)
        case .number(let n):
            return .unreadable(Message(
                vi: "Ô ngày chứa số \(quoted(formatNumber(n))) không có định dạng ngày: ghi ngày dạng dd/mm/yyyy (ví dụ 05/11/2025)",
                en: "The date cell holds the number \(quoted(formatNumber(n))) without a date format: write the date as dd/mm/yyyy (e.g. 05/11/2025)"))
        default:
            return unreadable(text)
        }
    }

    /// `S-VALUE` for a date that cannot be read, quoting it and showing the form to use.
    static func unreadable(_ text: String) -> FieldValue<DayDate> {
        .unreadable(Message(
            vi: "Ngày \(quoted(text)) không đọc được: ghi ngày dạng dd/mm/yyyy, ngày trước tháng (ví dụ 05/11/2025)",
            en: "Date \(quoted(text)) cannot be read: write it as dd/mm/yyyy, day first (e.g. 05/11/2025)"))
    }
}

/// Reads a date of birth: a full date, or under "Năm sinh" a four-digit year (a number cell 1985 is a year,
/// not a date serial).
enum BirthDateValues {
    /// Reads a birth-date cell: a whole-number year (cell or text), else a date as `DateValues` reads it.
    static func read(_ value: CellValue, text: String) -> FieldValue<BirthDate> {
        if case .number(let n) = value {
            if n == n.rounded(), (1900...2100).contains(n) { return .value(BirthDate(year: Int(n))) }
            return unreadable(formatNumber(n))
        }
        if case .string = value {
            // A bare year, most often plain digits (no clean-up needed to see it).
            let digitsOnly = text.utf8.count == 4 && text.utf8.allSatisfy { (0x30...0x39).contains($0) }
            let exact = digitsOnly ? text : MatchKey.exact(text)
            if let year = Int(exact), (1900...2100).contains(year), exact.count == 4 { return .value(BirthDate(year: year)) }
        }
        switch DateValues.read(value, text: text) {
        case .blank: return .blank
        case .value(let d): return .value(BirthDate(year: d.year, month: d.month, day: d.day))
        case .unreadable: return unreadable(text)
        }
    }

    /// `S-VALUE` for a birth date that cannot be read.
    static func unreadable(_ text: String) -> FieldValue<BirthDate> {
        .unreadable(Message(
            vi: "Ngày sinh \(quoted(text)) không đọc được: ghi năm sinh 4 chữ số (1985) hoặc ngày sinh dạng dd/mm/yyyy",
            en: "Date of birth \(quoted(text)) cannot be read: write a four-digit year (1985) or a date as dd/mm/yyyy"))
    }
}
