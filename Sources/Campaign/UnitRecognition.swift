/// Recognises registry units in text (folder names, file names, sheet titles) and from sender addresses,
/// as example-campaign.md says: whole runs of folded tokens, the longest match wins, a tie is no clue.
public struct UnitRecognizer: Sendable {
    private let units: [RegisteredUnit]
    /// For each unit, the token runs of its code, name and aliases.
    private let patterns: [(code: String, tokens: [String])]

    public init(units: [RegisteredUnit]) {
        self.units = units
        var patterns: [(String, [String])] = []
        for unit in units {
            for text in [unit.code, unit.name] + unit.aliases {
                let tokens = TextFolding.tokens(text)
                if !tokens.isEmpty { patterns.append((unit.code, tokens)) }
            }
        }
        self.patterns = patterns
    }

    /// The unit whose code or name occurs in `text` as a whole run of tokens, the longest run winning
    /// (by characters in the run); `nil` when none matches or two units match equally well.
    public func unit(in text: String) -> RegisteredUnit? {
        let words = TextFolding.tokens(text)
        guard !words.isEmpty else { return nil }
        var best: (code: String, length: Int)?
        var tie = false
        for (code, run) in patterns where run.count <= words.count {
            var found = false
            for start in 0...(words.count - run.count) where Array(words[start..<start + run.count]) == run {
                found = true; break
            }
            guard found else { continue }
            let length = run.reduce(0) { $0 + $1.count } + run.count - 1
            if let current = best {
                if length > current.length { best = (code, length); tie = false }
                else if length == current.length && current.code != code { tie = true }
            } else {
                best = (code, length)
            }
        }
        guard let best, !tie else { return nil }
        return units.first { $0.code == best.code }
    }

    /// The unit a sender address belongs to, compared case-insensitively; `nil` when it is not registered.
    public func unit(forSender address: String) -> RegisteredUnit? {
        let wanted = address.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        return units.first { $0.senders.contains { $0.lowercased() == wanted } }
    }
}

import Foundation

extension UnitRecognizer {
    /// The unit whose code, name or an alias *is* this text (folded tokens equal), as the duplicate rule
    /// resolves a collective's name; `nil` when it names no unit exactly.
    public func unit(named text: String) -> RegisteredUnit? {
        let words = TextFolding.tokens(text)
        guard !words.isEmpty, let match = patterns.first(where: { $0.tokens == words }) else { return nil }
        return units.first { $0.code == match.code }
    }
}
