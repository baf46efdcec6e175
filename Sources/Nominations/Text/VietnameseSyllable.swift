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
            "a": all.union(["ch", "nh"]), "ă": needsFinal, "â": needsFinal, "e": all, "ê": palatal,
            "i": palatal, "y": ["", "nh", "ch", "n", "t"], "o": all, "ô": all, "ơ": ["", "m", "n", "p", "t"],
            "u": all, "ư": all, "iê": needsFinal, "yê": ["m", "n", "ng", "t", "c", "p"], "uô": needsFinal,
            "ươ": needsFinal, "oa": all.union(["ch", "nh"]), "oă": needsFinal, "oe": ["", "n", "t", "m"],
            "oo": ["c", "ng"], "uâ": needsFinal, "uê": ["", "ch", "nh", "n"], "uơ": ["", "m"], "uy": ["", "ch", "nh", "n", "t", "p"],
            "uyê": ["n", "t"], "ue": ["", "n", "t"], "ua": needsFinal,
        ]
    }()

    /// Whether `word` (letters only, any case, any normalisation) is one Vietnamese syllable.
    static func isSyllable(_ word: String) -> Bool {
        var base = String.UnicodeScalarView()
        var tone: Unicode.Scalar?
        for scalar in word.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            if tones.contains(scalar) {
                if tone != nil { return false }
                tone = scalar
            } else {
                base.append(scalar)
            }
        }
        let plain = String(base).precomposedStringWithCanonicalMapping
        guard !plain.isEmpty, plain.count <= 7 else { return false }
        for onset in onsets where plain.hasPrefix(onset) {
            let rime = String(plain.dropFirst(onset.count))
            if isRime(rime, tone: tone, afterOnset: onset) { return true }
        }
        return false
    }

    private static func isRime(_ rime: String, tone: Unicode.Scalar?, afterOnset onset: String) -> Bool {
        if rime.isEmpty { return false }
        // "qu" already holds the u of the glide: "quy", "quê", "qua".
        if onset == "qu", rime.hasPrefix("u") { return false }
        if openNuclei.contains(rime) { return true }
        for (nucleus, finals) in closedNuclei where rime.hasPrefix(nucleus) {
            let final = String(rime.dropFirst(nucleus.count))
            guard finals.contains(final) else { continue }
            let isStop = ["c", "ch", "p", "t"].contains(final)
            if isStop, let tone, !stopTones.contains(tone) { continue }
            return true
        }
        return false
    }
}
