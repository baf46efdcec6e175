import Foundation

/// Tells whether a word is a well-formed Vietnamese syllable: an initial consonant, a vowel nucleus, a final
/// consonant allowed after it, and at most one tone mark (only sắc or nặng before a stop: c, ch, p, t).
/// This is what makes the legacy-text decision safe: "Hä" is no syllable and "Họ" is; "Bình" decoded as
/// TCVN3 would give "Bỡnh", which is none either.
enum VietnameseSyllable {
    private static let tones: Set<Unicode.Scalar> = ["\u{0300}", "\u{0301}", "\u{0303}", "\u{0309}", "\u{0323}"]
    private static let stopTones: Set<Unicode.Scalar> = ["\u{0301}", "\u{0323}"]

    /// Initial consonants, longest first so that "ngh" is tried before "ng" and "n".
    private static let onsets = [
        "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr",
        "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "",
    ]

    /// Nuclei that close the syllable themselves (ending in a glide, or ia/ua/ưa): no final consonant.
    private static let openNuclei: Set<String> = [
        "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iu", "oi", "ôi", "ơi", "ui", "ưi", "ưu", "ua", "ưa",
        "iêu", "yêu", "oai", "oay", "oao", "oeo", "uây", "uôi", "ươi", "ươu", "uya", "uyu", "uai", "uay", "uao", "ueo", "uơi",
    ]

    /// Nuclei with the final consonants each may take ("" = none). ă, â, iê, yê, uô, ươ, uyê, oă, uâ need one.
    private static let closedNuclei: [String: Set<String>] = {
        let all: Set<String> = ["", "c", "m", "n", "ng", "p", "t"]
        let needsFinal: Set<String> = ["c", "m", "n", "ng", "p", "t"]
        let palatal: Set<String> = ["", "c", "ch", "m", "n", "nh", "p", "t"]
        return [
            "a": all.union(["ch", "nh"]), "ă": needsFinal.union(["k"]), "â": needsFinal, "e": all, "ê": palatal,
            "i": palatal, "y": [""], "o": all, "ô": all, "ơ": ["", "m", "n", "p", "t"],
            "u": all, "ư": all, "iê": needsFinal, "yê": ["m", "n", "ng", "t", "c", "p"], "uô": needsFinal,
            "ươ": needsFinal, "oa": all.union(["ch", "nh"]), "oă": needsFinal, "oe": ["", "n", "t", "m"],
            "oo": ["c", "ng"], "uâ": needsFinal, "uê": ["", "ch", "nh", "n"], "uơ": ["", "m"], "uy": ["", "ch", "nh", "n", "t", "p"],
            "uyê": ["n", "t"], "ua": needsFinal,
        ]
    }()

    /// Whether `word` (letters only, any case, any normalisation) is one Vietnamese syllable, its tone mark
    /// on the vowel that carries it (so VNI's "giaù", tone on the u, is none, while "giàu" is).
    static func isSyllable(_ word: String) -> Bool {
        if let known = memo[word] { return known }
        let answer = checkSyllable(word)
        memo[word] = answer
        return answer
    }

    /// Answers already given: a language has a few thousand syllables, and every legacy-text decision asks
    /// about each word of a cell. Equal strings (canonically) have the same answer, as the check decomposes.
    private static let memo = SyllableMemo()

    private static func checkSyllable(_ word: String) -> Bool {
        var letters: [Character] = []
        var tone: Unicode.Scalar?
        var tonePosition = -1
        // One decomposition for the word; the hats, breves and horns are put back by hand (Vietnamese has six).
        for scalar in word.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            if tones.contains(scalar) {
                if tone != nil || letters.isEmpty { return false }
                tone = scalar
                tonePosition = letters.count - 1
            } else if scalar.properties.canonicalCombiningClass.rawValue != 0 {
                guard let last = letters.last, let marked = withMark[String(last) + String(scalar)] else { return false }
                letters[letters.count - 1] = marked
            } else {
                letters.append(Character(scalar))
            }
        }
        guard !letters.isEmpty, letters.count <= 7 else { return false }
        let plain = String(letters)
        for onset in onsets where plain.hasPrefix(onset) {
            let rime = Array(letters.dropFirst(onset.count))
            if isRime(rime, tone: tone, tonePosition: tonePosition - onset.count, afterOnset: onset) { return true }
        }
        return false
    }

    /// The vowels with a hat, breve or horn, from their decomposition.
    private static let withMark: [String: Character] = [
        "a\u{0302}": "â", "a\u{0306}": "ă", "e\u{0302}": "ê", "o\u{0302}": "ô", "o\u{031B}": "ơ", "u\u{031B}": "ư",
    ]

    private static let markedVowels: Set<Character> = ["â", "ă", "ê", "ô", "ơ", "ư"]

    /// Where the tone mark may sit in a nucleus: on its last vowel with a hat, horn or breve; else on the
    /// only vowel; else on the last before a final consonant; else the first of two (either for oa, oe, uy,
    /// old and new style) or the middle of three.
    private static func tonePositions(_ nucleus: [Character], hasFinal: Bool) -> Set<Int> {
        if let marked = nucleus.lastIndex(where: { markedVowels.contains($0) }) { return [marked] }
        if nucleus.count == 1 { return [0] }
        if hasFinal { return [nucleus.count - 1] }
        if nucleus.count == 2 { return ["oa", "oe", "uy"].contains(String(nucleus)) ? [0, 1] : [0] }
        return [1]
    }

    private static func isRime(_ rime: [Character], tone: Unicode.Scalar?, tonePosition: Int, afterOnset onset: String) -> Bool {
        if rime.isEmpty { return false }
        // "qu" already holds the u of the glide: "quy", "quê", "qua".
        if onset == "qu", rime.first == "u" { return false }
        if tone != nil, tonePosition < 0 { return false }
        let text = String(rime)
        if openNuclei.contains(text) {
            return tone == nil || tonePositions(rime, hasFinal: false).contains(tonePosition)
        }
        for (nucleus, finals) in closedNuclei where text.hasPrefix(nucleus) {
            let nucleusLetters = Array(nucleus)
            let final = String(rime.dropFirst(nucleusLetters.count))
            guard finals.contains(final) else { continue }
            let isStop = ["c", "ch", "p", "t"].contains(final)
            if isStop, let tone, !stopTones.contains(tone) { continue }
            if tone != nil, !tonePositions(nucleusLetters, hasFinal: !final.isEmpty).contains(tonePosition) { continue }
            return true
        }
        return false
    }
}

/// The process-wide memo of `VietnameseSyllable.isSyllable`, shared by the threads reading inputs. Bounded:
/// a hostile file of random words must not grow it without end.
private final class SyllableMemo: @unchecked Sendable {
    private var answers: [String: Bool] = [:]
    private let lock = NSLock()
    private static let capacity = 50_000

    subscript(word: String) -> Bool? {
        get { lock.lock(); defer { lock.unlock() }; return answers[word] }
        set {
            lock.lock(); defer { lock.unlock() }
            if answers.count < Self.capacity { answers[word] = newValue }
        }
    }
}
