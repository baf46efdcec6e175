import Foundation
import Consolidation

/// The day printed on workbooks and their creation time: the run's day in the campaign's zone, or the day of
/// `SOURCE_DATE_EPOCH` when it is set (reproducible builds), so that one inbox gives the same bytes.
public struct PrintDay: Sendable {
    public var year: Int, month: Int, day: Int
    /// 00:00 of that day in the campaign's zone.
    public var midnight: Date

    public init(now: Date = Date(), environment: [String: String] = ProcessInfo.processInfo.environment, offsetSeconds: Int) {
        var instant = now
        if let epoch = environment["SOURCE_DATE_EPOCH"].flatMap({ TimeInterval($0.trimmingCharacters(in: .whitespaces)) }) {
            instant = Date(timeIntervalSince1970: epoch)
        }
        let c = VietnamTime.components(instant, offsetSeconds: offsetSeconds)
        year = c.year ?? 1970; month = c.month ?? 1; day = c.day ?? 1
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: offsetSeconds) ?? TimeZone(secondsFromGMT: 0)!
        midnight = calendar.date(from: DateComponents(year: year, month: month, day: day)) ?? instant
    }
}
