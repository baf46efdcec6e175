/// What a number format makes of a number: left as a number, shown as a date (or date-time), or as a time
/// of day. Durations (`[h]:mm:ss`) stay numbers, as stored (cli-contract.md, `inspect --cells`). One
/// classifier for XLSX and XLS: built-in ids mean the same in both.
enum NumberFormatKind: Sendable, Hashable {
    case number, date, time

    /// The kind of a built-in format id (ECMA-376 §18.8.30 and the East Asian ids Excel also uses).
    static func builtIn(_ id: Int) -> NumberFormatKind {
        switch id {
        case 14...17, 22, 27...31, 34...36, 50...58: return .date
        case 18...21, 32, 33, 45, 47: return .time
        default: return .number  // 46 is [h]:mm:ss, a duration
        }
    }

    /// The kind of a custom format code: a date when its first section has a day, month or year token, a
    /// time when it has only hours, minutes or seconds, a number otherwise. Quoted text, `\`-escaped and
    /// `_`/`*` padding characters and `[…]` (colours, locales) do not count; `[h]`, `[mm]`, `[ss]` make it a
    /// duration, which stays a number.
    static func custom(_ code: String) -> NumberFormatKind {
        var hasDate = false
        var hasTime = false
        var hasMinute = false
        var bytes = Array(code.utf8)[...]
        while let byte = bytes.first {
            bytes = bytes.dropFirst()
            switch byte {
            case UInt8(ascii: ";"):
                bytes = []  // only the first (positive) section decides
            case UInt8(ascii: "\""):
                if let close = bytes.firstIndex(of: UInt8(ascii: "\"")) { bytes = bytes[(close + 1)...] } else { bytes = [] }
            case UInt8(ascii: "\\"), UInt8(ascii: "_"), UInt8(ascii: "*"):
                bytes = bytes.dropFirst()
            case UInt8(ascii: "["):
                guard let close = bytes.firstIndex(of: UInt8(ascii: "]")) else { bytes = []; break }
                let inside = bytes[bytes.startIndex..<close].map { $0 | 0x20 }
                if !inside.isEmpty, inside.allSatisfy({ $0 == UInt8(ascii: "h") || $0 == UInt8(ascii: "m") || $0 == UInt8(ascii: "s") }) {
                    return .number  // elapsed time: a duration
                }
                bytes = bytes[(close + 1)...]
            case UInt8(ascii: "A"), UInt8(ascii: "a"):
                // AM/PM and A/P mark a 12-hour clock; their letters are not date tokens.
                let rest = Array(bytes.prefix(4)).map { $0 | 0x20 }
                if rest.starts(with: Array("m/pm".utf8)) { bytes = bytes.dropFirst(4); hasTime = true }
                else if rest.starts(with: Array("/p".utf8)) { bytes = bytes.dropFirst(2); hasTime = true }
            default:
                switch byte | 0x20 {
                case UInt8(ascii: "d"), UInt8(ascii: "y"): hasDate = true
                case UInt8(ascii: "m"): hasMinute = true
                case UInt8(ascii: "h"), UInt8(ascii: "s"): hasTime = true
                default: break
                }
            }
        }
        if hasDate { return .date }
        if hasTime { return .time }  // "mm" next to hours or seconds is minutes
        if hasMinute { return .date }  // "mmm yyyy" handled above; "mmmm" alone is a month
        return .number
    }

}
