import Campaign

/// Reads the annual rating (Decree 90/2020/NĐ-CP, amended by 48/2023/NĐ-CP) and the year it names.
enum RatingValues {
    static let vocabulary = Vocabulary<RatingLevel>([
        ("Hoàn thành xuất sắc nhiệm vụ", .excellent), ("HTXSNV", .excellent), ("Hoàn thành xuất sắc", .excellent),
        ("Xuất sắc", .excellent),
        ("Hoàn thành tốt nhiệm vụ", .good), ("HTTNV", .good), ("Tốt", .good),
        ("Hoàn thành nhiệm vụ", .completed), ("HTNV", .completed),
        ("Không hoàn thành nhiệm vụ", .notCompleted), ("KHTNV", .notCompleted),
    ])

    /// Reads a rating cell's repaired text; `headerYear` is the year the column's header names
    /// ("Xếp loại năm 2024"), used when the value names none.
    static func read(_ text: String, headerYear: Int?) -> FieldValue<Rating> {
        guard !MatchKey.isBlank(text) else { return .blank }
        let parts = ValueParts(text)
        if let level = vocabulary.match(parts.core) {
            return .value(Rating(level: level, year: parts.year ?? headerYear))
        }
        let quotedText = quoted(text)
        if ["a", "b", "c", "d"].contains(MatchKey.folded(parts.core)) {
            return .unreadable(Message(
                vi: "Xếp loại \(quotedText) không rõ nghĩa (A/B/C/D có nhiều cách hiểu): ghi đầy đủ mức xếp loại, ví dụ “Hoàn thành xuất sắc nhiệm vụ”",
                en: "Rating \(quotedText) is ambiguous (letters A/B/C/D mean different scales): write the level in full, e.g. “Hoàn thành xuất sắc nhiệm vụ”"))
        }
        return .unreadable(Message(
            vi: "Xếp loại \(quotedText) không phải một mức xếp loại (Nghị định 90/2020/NĐ-CP): ghi “Hoàn thành xuất sắc nhiệm vụ”, “Hoàn thành tốt nhiệm vụ”, “Hoàn thành nhiệm vụ” hoặc “Không hoàn thành nhiệm vụ”",
            en: "Rating \(quotedText) is not a rating level (Decree 90/2020/NĐ-CP): write “Hoàn thành xuất sắc nhiệm vụ”, “Hoàn thành tốt nhiệm vụ”, “Hoàn thành nhiệm vụ” or “Không hoàn thành nhiệm vụ”"))
    }
}
