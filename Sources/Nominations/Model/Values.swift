import Campaign
import Sheets

/// A date of birth: a full date, or only a year (a "Năm sinh" column).
public struct BirthDate: Sendable, Hashable {
    public var year: Int
    public var month: Int?
    public var day: Int?
    public init(year: Int, month: Int? = nil, day: Int? = nil) { self.year = year; self.month = month; self.day = day }

    /// "A Năm sinh of only a year matches a full date of that year."
    public func matches(_ other: BirthDate) -> Bool {
        guard year == other.year else { return false }
        guard let m1 = month, let d1 = day, let m2 = other.month, let d2 = other.day else { return true }
        return m1 == m2 && d1 == d2
    }
}

/// A calendar date (no time): decision dates.
public struct DayDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int, month: Int, day: Int
    public init(year: Int, month: Int, day: Int) { self.year = year; self.month = month; self.day = day }
    public static func < (a: DayDate, b: DayDate) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }
    /// dd/mm/yyyy, as Vietnamese documents write dates.
    public var description: String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(two(day))/\(two(month))/\(year)"
    }
}

/// The annual rating of a civil servant or public employee (Decree 90/2020, amended by 48/2023).
public enum RatingLevel: String, Sendable, Hashable {
    case excellent = "Hoàn thành xuất sắc nhiệm vụ"
    case good = "Hoàn thành tốt nhiệm vụ"
    case completed = "Hoàn thành nhiệm vụ"
    case notCompleted = "Không hoàn thành nhiệm vụ"
}

/// A rating as read: its level and the year it names (in the value or the header), if any.
public struct Rating: Sendable, Hashable {
    public var level: RatingLevel
    public var year: Int?
    public init(level: RatingLevel, year: Int?) { self.level = level; self.year = year }
}

/// A discipline value as read.
public enum Discipline: Sendable, Hashable {
    /// Blank, "Không", "Nhắc nhở", "Phê bình": no disciplinary form.
    case none
    /// A disciplinary form (reprimand or above); the canonical name of the form ("Khiển trách").
    case form(String)
    /// A case still open ("Đang xem xét kỷ luật" …): disqualifies under Decree 98/2023, Art. 4.
    case pending(String)

    /// Whether it disqualifies (reprimand or above, or pending).
    public var disqualifies: Bool { if case .none = self { return false } else { return true } }
}
