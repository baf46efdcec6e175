import Campaign
import Sheets

/// Reads whole numbers: the award year ("2025", "Năm 2025", a number cell) and the priority (1, 2, 3 …).
enum NumberValues {
    /// An award year: four digits, alone or after "năm".
    static func readYear(_ value: CellValue, text: String) -> FieldValue<Int> {
        if case .number(let n) = value {
            if n == n.rounded(), (1900...2100).contains(n) { return .value(Int(n)) }
        } else if case .string = value {
            guard !MatchKey.isBlank(text) else { return .blank }
            let parts = ValueParts(text)
            if let year = parts.year, MatchKey.exact(parts.core).isEmpty, parts.remark == nil { return .value(year) }
        }
        return .unreadable(Message(
            vi: "Năm đề nghị \(quoted(text)) không đọc được: ghi năm 4 chữ số (ví dụ 2025)",
            en: "Award year \(quoted(text)) cannot be read: write a four-digit year (e.g. 2025)"))
    }

    /// A priority: a whole number.
    static func readPriority(_ value: CellValue, text: String) -> FieldValue<Int> {
        if case .number(let n) = value, n == n.rounded(), abs(n) < 1_000_000 { return .value(Int(n)) }
        if case .string = value {
            guard !MatchKey.isBlank(text) else { return .blank }
            if let n = Int(MatchKey.exact(text)) { return .value(n) }
        }
        return .unreadable(Message(
            vi: "Thứ tự ưu tiên \(quoted(text)) không phải số nguyên: ghi 1, 2, 3 … theo thứ tự đơn vị đề nghị",
            en: "Priority \(quoted(text)) is not a whole number: write 1, 2, 3 … in the unit's order of preference"))
    }
}
