import Campaign

/// A header's words as the synonym table compares them: folded (case, diacritics, đ → d), punctuation as a
/// space, a trailing year dropped — and that year, or any other year the header names, kept aside.
struct HeaderWords: Hashable, Sendable {
    /// The words compared with the synonyms.
    var words: [String]
    /// A year the header names ("Xếp loại năm 2024" → 2024): the dropped trailing year, else the last one inside.
    var year: Int?

    init(_ text: String) {
        var words = TextFolding.tokens(text)
        let years = words.compactMap(HeaderWords.year(of:))
        if let last = words.last, HeaderWords.year(of: last) != nil { words.removeLast() }
        self.words = words
        self.year = years.last
    }

    init(words: [String], year: Int?) { self.words = words; self.year = year }

    /// A token that is a plausible year (four digits, 1900–2100).
    static func year(of token: String) -> Int? {
        guard token.count == 4, token.allSatisfy(\.isASCII), let value = Int(token), (1900...2100).contains(value) else { return nil }
        return value
    }
}

/// How a header matched the synonym table.
enum HeaderMatch: Hashable, Sendable {
    /// One target won. `exact`: the header equals a synonym; `leftover`: header words the synonym did not use.
    case matched(HeaderTarget, exact: Bool, leftover: Int)
    /// Two targets matched equally well: the column maps to nothing (`S-HEADER`).
    case tie([HeaderTarget])
    /// Nothing matched.
    case none

    /// The target, when one won.
    var target: HeaderTarget? {
        if case .matched(let target, _, _) = self { return target }
        return nil
    }
}

/// Maps header words to a target with the rules of domain.md: an exact synonym first; otherwise the longest
/// synonym of two or more words contained in order (other words allowed between), ties in length broken by
/// the more compact match (fewer header words spanned), a tie on both mapping nothing.
enum HeaderMatcher {
    private struct Synonym: Sendable {
        var target: HeaderTarget
        var words: [String]
        /// Only with its words side by side (a `~` synonym).
        var adjacentOnly: Bool
    }

    private static let synonyms: [Synonym] = HeaderSynonyms.table.flatMap { entry in
        entry.synonyms.compactMap { text -> Synonym? in
            let adjacent = text.hasPrefix("~")
            let header = HeaderWords(adjacent ? String(text.dropFirst()) : text)
            guard !header.words.isEmpty else { return nil }
            return Synonym(target: entry.target, words: header.words, adjacentOnly: adjacent)
        }
    }

    /// Words one of which every header mapping to name holds: each name synonym's first word, and "tên".
    static let nameWords: Set<String> = Set(synonyms.filter { $0.target == .field(.name) }.compactMap(\.words.first)).union(["ten"])

    /// Matches one header's words.
    static func match(_ header: HeaderWords) -> HeaderMatch {
        let words = header.words
        guard !words.isEmpty else { return .none }
        let exact = Set(synonyms.filter { $0.words == words }.map(\.target))
        if exact.count == 1, let target = exact.first { return .matched(target, exact: true, leftover: 0) }
        if exact.count > 1 { return .tie(sortedTargets(exact)) }

        var bestLength = 0, bestSpan = Int.max
        var best: Set<HeaderTarget> = []
        for synonym in synonyms where synonym.words.count >= 2 && synonym.words.count <= words.count {
            guard let span = span(of: synonym.words, in: words, adjacentOnly: synonym.adjacentOnly) else { continue }
            let length = synonym.words.count
            if length > bestLength || (length == bestLength && span < bestSpan) {
                bestLength = length; bestSpan = span; best = [synonym.target]
            } else if length == bestLength && span == bestSpan {
                best.insert(synonym.target)
            }
        }
        if best.count == 1, let target = best.first {
            return .matched(target, exact: false, leftover: words.count - bestLength)
        }
        return best.isEmpty ? .none : .tie(sortedTargets(best))
    }

    /// The fewest header words spanned by an in-order occurrence of `pattern` (nil: it does not occur).
    static func span(of pattern: [String], in words: [String], adjacentOnly: Bool) -> Int? {
        guard let first = pattern.first else { return nil }
        var best: Int?
        for start in words.indices where words[start] == first {
            var index = start, matched = 1
            while matched < pattern.count {
                index += 1
                guard index < words.count else { break }
                if words[index] == pattern[matched] { matched += 1 }
                else if adjacentOnly { break }
            }
            guard matched == pattern.count else { continue }
            let length = index - start + 1
            if best.map({ length < $0 }) ?? true { best = length }
        }
        return best
    }

    /// A stable order for tied targets (for messages).
    private static func sortedTargets(_ targets: Set<HeaderTarget>) -> [HeaderTarget] {
        targets.sorted { $0.sortKey < $1.sortKey }
    }
}

extension HeaderTarget {
    fileprivate var sortKey: String {
        switch self {
        case .field(let field): return "1" + field.rawValue
        case .combinedDecision: return "2"
        case .rowNumber: return "3"
        case .noField: return "4"
        }
    }
}
