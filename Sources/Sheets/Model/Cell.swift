/// A calendar date with an optional time of day, as a spreadsheet shows it: no time zone.
///
/// Spreadsheet dates are wall-clock values; the readers convert serial numbers (1900 and 1904 systems)
/// into this so that nothing downstream needs to know about epochs.
public struct LocalDateTime: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int
    public var hour: Int
    public var minute: Int
    public var second: Int
    /// Whether the value carries a time of day (a date-time format) rather than a bare date.
    public var hasTime: Bool

    public init(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0, hasTime: Bool = false) {
        self.year = year; self.month = month; self.day = day
        self.hour = hour; self.minute = minute; self.second = second
        self.hasTime = hasTime
    }

    /// `2025-11-05`, or `2025-11-05T08:30:00` when the value has a time of day (the `inspect --cells` form).
    public var description: String {
        let date = "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
        return hasTime ? "\(date)T\(pad(hour, 2)):\(pad(minute, 2)):\(pad(second, 2))" : date
    }

    public static func < (a: LocalDateTime, b: LocalDateTime) -> Bool {
        (a.year, a.month, a.day, a.hour, a.minute, a.second) < (b.year, b.month, b.day, b.hour, b.minute, b.second)
    }
}

/// A time of day without a date (a cell whose number format shows only hours, minutes, seconds).
public struct TimeOfDay: Sendable, Hashable, CustomStringConvertible {
    public var hour: Int
    public var minute: Int
    public var second: Int
    public init(hour: Int, minute: Int, second: Int) { self.hour = hour; self.minute = minute; self.second = second }
    /// `08:30:00`.
    public var description: String { "\(pad(hour, 2)):\(pad(minute, 2)):\(pad(second, 2))" }
}

func pad(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
}

/// One cell's value exactly as stored in the file, before any repair of its text.
public enum CellValue: Sendable, Hashable {
    case string(String)
    case number(Double)
    case bool(Bool)
    /// A number whose format is a date or date-time, converted from its serial.
    case date(LocalDateTime)
    /// A number whose format is a time of day.
    case time(TimeOfDay)
    /// An error value such as `#DIV/0!`.
    case error(String)

    /// The value as text: strings as stored, numbers without a needless `.0`, dates in ISO form.
    public var text: String {
        switch self {
        case .string(let s): return s
        case .number(let n): return formatNumber(n)
        case .bool(let b): return b ? "TRUE" : "FALSE"
        case .date(let d): return d.description
        case .time(let t): return t.description
        case .error(let e): return e
        }
    }

    /// Whether the cell counts as empty (an empty or all-white-space string).
    public var isBlank: Bool {
        guard case .string(let s) = self else { return false }
        // Most text starts with a printable ASCII letter or digit, which no white space is: decided without
        // walking the characters.
        if let first = s.utf8.first, first > 0x20, first < 0x7F { return false }
        return s.allSatisfy { $0.isWhitespace }
    }
}

/// Formats a number the way a person reads it: `15` rather than `15.0`, no exponent for ordinary values.
public func formatNumber(_ n: Double) -> String {
    if n.isFinite, n == n.rounded(), abs(n) < 1e15 { return String(Int64(n)) }
    return String(n)
}

/// One non-empty cell with its place in the sheet (1-based row and column, as a person counts from A1).
public struct Cell: Sendable, Hashable {
    public var row: Int
    public var column: Int
    public var value: CellValue
    /// The name of the font of the cell's style (`.VnTime`, `VNI-Times`, `Times New Roman`), when the
    /// format keeps one: the strongest sign that the text was typed in a legacy Vietnamese encoding.
    public var font: String?

    public init(row: Int, column: Int, value: CellValue, font: String? = nil) {
        self.row = row; self.column = column; self.value = value; self.font = font
    }
}

/// A rectangle of merged cells, 1-based and inclusive; the value sits in its top-left cell.
public struct MergedRange: Sendable, Hashable {
    public var firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int
    public init(firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int) {
        self.firstRow = firstRow; self.firstColumn = firstColumn; self.lastRow = lastRow; self.lastColumn = lastColumn
    }
    public func contains(row: Int, column: Int) -> Bool {
        (firstRow...lastRow).contains(row) && (firstColumn...lastColumn).contains(column)
    }
    public var columnSpan: Int { lastColumn - firstColumn + 1 }
}
