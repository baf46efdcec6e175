import Campaign

/// Reads the kind of nominee: "Tập thể", "TT", "Khen thưởng tập thể" → collective; "Cá nhân", "CN",
/// "Khen thưởng cá nhân" → individual. Anything else — "Hộ gia đình" above all: households are not nominated
/// in this movement — is not a kind.
enum KindValues {
    static let vocabulary = Vocabulary<NomineeKind>([
        ("Tập thể", .collective), ("TT", .collective), ("Khen thưởng tập thể", .collective),
        ("Cá nhân", .individual), ("CN", .individual), ("Khen thưởng cá nhân", .individual),
    ])

    /// The kind a (repaired) value names, followed or not by a year or a remark.
    static func kind(in text: String) -> NomineeKind? {
        let parts = ValueParts(text)
        return vocabulary.match(parts.core)
    }

    /// Reads a kind cell's repaired text.
    static func read(_ text: String) -> FieldValue<NomineeKind> {
        guard !MatchKey.isBlank(text) else { return .blank }
        if let kind = kind(in: text) { return .value(kind) }
        let quotedText = quoted(text)
        return .unreadable(Message(
            vi: "Loại đối tượng \(quotedText) không hợp lệ: chỉ ghi “Tập thể” hoặc “Cá nhân” (phong trào này không xét khen thưởng hộ gia đình)",
            en: "Kind \(quotedText) is not accepted: write “Tập thể” (collective) or “Cá nhân” (individual); households are not nominated in this movement"))
    }
}

/// Reads award forms from the campaign's own list (names and aliases are data of the pipeline file), e.g.
/// "Bằng khen của Chủ tịch UBND tỉnh", "Bằng khen", "BK" → `bang-khen-ubnd-tinh`.
struct AwardValues: Sendable {
    private let vocabulary: Vocabulary<String>
    private let names: [String]

    /// Each award's printed name, id and aliases stand for its id.
    init(campaign: Campaign) {
        var entries: [(form: String, value: String)] = []
        for award in campaign.awards {
            entries.append((award.name, award.id))
            entries.append((award.id, award.id))
            for alias in award.aliases { entries.append((alias, award.id)) }
        }
        vocabulary = Vocabulary(entries)
        names = campaign.awards.map(\.name)
    }

    /// The award form id a (repaired) text names as a whole, followed or not by a year or a remark.
    func award(in text: String) -> String? {
        vocabulary.match(ValueParts(text).core)
    }

    /// Reads an award cell's repaired text.
    func read(_ text: String) -> FieldValue<String> {
        guard !MatchKey.isBlank(text) else { return .blank }
        if let id = award(in: text) { return .value(id) }
        let list = names.map(quoted).joined(separator: ", ")
        let quotedText = quoted(text)
        return .unreadable(Message(
            vi: "Hình thức khen thưởng \(quotedText) không có trong kế hoạch (mục III.2): chọn một trong \(list)",
            en: "Award form \(quotedText) is not one of the plan's (III.2): choose one of \(list)"))
    }
}
