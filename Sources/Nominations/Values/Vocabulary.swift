/// The forms one field accepts, each with the value it stands for, matched as domain.md says: first as
/// typed (case, spaces and composition aside), then without marks, then without marks and spaces — at each
/// step only when the forms that match all mean one value, so a form typed without marks is taken only when
/// that is unambiguous.
struct Vocabulary<Value: Hashable & Sendable>: Sendable {
    private var exact: [String: Set<Value>] = [:]
    private var folded: [String: Set<Value>] = [:]
    private var compact: [String: Set<Value>] = [:]
    /// Every form by its three keys, for prefix matching.
    private var forms: [(folded: String, compact: String, value: Value)] = []

    /// `entries`: each accepted form with the value it stands for; several forms may share a value.
    init(_ entries: [(form: String, value: Value)]) {
        for (form, value) in entries {
            let keys = (MatchKey.exact(form), MatchKey.folded(form), MatchKey.compact(form))
            guard !keys.0.isEmpty else { continue }
            exact[keys.0, default: []].insert(value)
            folded[keys.1, default: []].insert(value)
            compact[keys.2, default: []].insert(value)
            forms.append((keys.1, keys.2, value))
        }
    }

    /// The value whose form is the whole of `text`; nil when none matches or the match is ambiguous.
    func match(_ text: String) -> Value? {
        // Keys computed only when the step before found nothing: most values match as typed.
        if let values = exact[MatchKey.exact(text)] { return values.count == 1 ? values.first : nil }
        let foldedKey = MatchKey.folded(text)
        if let values = folded[foldedKey] { return values.count == 1 ? values.first : nil }
        if let values = compact[MatchKey.compact(text)] { return values.count == 1 ? values.first : nil }
        return nil
    }

    /// The value whose form begins `text` (as whole words, or without spaces), the longest form winning;
    /// nil when none does or two values tie.
    func matchPrefix(_ text: String) -> Value? {
        if let whole = match(text) { return whole }
        let foldedText = MatchKey.folded(text)
        let compactText = MatchKey.compact(text)
        var best: (length: Int, values: Set<Value>)?
        for form in forms {
            let byWords = foldedText == form.folded || foldedText.hasPrefix(form.folded + " ")
                || (foldedText.hasPrefix(form.folded) && !startsWithLetterOrDigit(foldedText.dropFirst(form.folded.count)))
            guard byWords || compactText.hasPrefix(form.compact) else { continue }
            let length = form.compact.count
            if let current = best, current.length > length { continue }
            if let current = best, current.length == length {
                best = (length, current.values.union([form.value]))
            } else {
                best = (length, [form.value])
            }
        }
        guard let best, best.values.count == 1 else { return nil }
        return best.values.first
    }

    private func startsWithLetterOrDigit(_ rest: Substring) -> Bool {
        guard let first = rest.first else { return false }
        return first.isLetter || first.isNumber
    }
}
