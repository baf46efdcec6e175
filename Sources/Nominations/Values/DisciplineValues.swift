import Campaign

/// Reads discipline: none ("Không", "Nhắc nhở", "Phê bình"), a disciplinary form (reprimand or above, for
/// civil servants, public employees or workers, abolished forms included), or a pending case.
enum DisciplineValues {
    /// What a listed form means.
    enum Meaning: Hashable, Sendable {
        case none
        case form(String)
        case pending(String)
    }

    static let vocabulary: Vocabulary<Meaning> = {
        var entries: [(form: String, value: Meaning)] = [
            ("Không", .none), ("Không bị kỷ luật", .none), ("Không kỷ luật", .none), ("Nhắc nhở", .none), ("Phê bình", .none),
        ]
        // Law on Cadres and Civil Servants art. 79, Law on Public Employees art. 52, Labour Code 2019 art. 124;
        // "Hạ bậc lương" and "Giáng chức" were abolished by Decree 172/2025 and "Hạ ngạch" is older, but sheets
        // still carry them and they still disqualify.
        for form in ["Khiển trách", "Cảnh cáo", "Hạ bậc lương", "Giáng chức", "Cách chức", "Buộc thôi việc",
                     "Hạ ngạch", "Kéo dài thời hạn nâng lương", "Sa thải"] {
            entries.append((form, .form(form)))
        }
        // Decree 98/2023/NĐ-CP, Art. 4: no award while a case is open.
        for pending in ["Đang xem xét kỷ luật", "Đang bị điều tra", "Đang bị thanh tra", "Đang có đơn thư khiếu nại"] {
            entries.append((pending, .pending(pending)))
        }
        // The same case in the passive, as sheets often put it.
        entries.append(("Đang bị xem xét kỷ luật", .pending("Đang xem xét kỷ luật")))
        return Vocabulary(entries)
    }()

    /// Reads a discipline cell's repaired text: blank is none; a value matches when it begins with a form.
    static func read(_ text: String) -> FieldValue<Discipline> {
        guard !MatchKey.isBlank(text) else { return .value(.none) }
        switch vocabulary.matchPrefix(text) {
        case .none?: return .value(.none)
        case .form(let form)?: return .value(.form(form))
        case .pending(let what)?: return .value(.pending(what))
        case nil:
            let quotedText = quoted(text)
            return .unreadable(Message(
                vi: "Hình thức kỷ luật \(quotedText) không đọc được: ghi “Không” nếu không bị kỷ luật, hoặc một hình thức kỷ luật (“Khiển trách”, “Cảnh cáo”, “Cách chức” …)",
                en: "Discipline \(quotedText) cannot be read: write “Không” (none) or a disciplinary form (“Khiển trách”, “Cảnh cáo”, “Cách chức” …)"))
        }
    }
}
