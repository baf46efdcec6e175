import Foundation

/// How one cell's text reads under one legacy encoding, word by word. "Changed" words are those the decoding
/// alters; the decision rests on whether they become Vietnamese syllables and whether they already were.
struct LegacyReading: Sendable {
    var encoding: LegacyEncoding
    var decoded: String
    /// Words that decoding alters.
    var changedWords = 0
    /// Changed words whose decoding is a Vietnamese syllable.
    var decodedSyllables = 0
    /// Changed words that are Vietnamese syllables as typed ("chó", "Bình"): evidence against decoding.
    var rawSyllables = 0

    /// Clearly legacy: two or more altered words, all becoming syllables, at least one not a syllable before.
    var isClear: Bool { changedWords >= 2 && decodedSyllables == changedWords && rawSyllables < changedWords }
    /// Could be legacy: every altered word becomes a syllable.
    var isPlausible: Bool { changedWords >= 1 && decodedSyllables == changedWords }
}

/// The pieces of the "is this legacy text?" decision that look at one cell.
enum LegacyDetection {
    /// Letters beyond Latin-1 that Windows-1252 also has (Œ, Š, Ž, Ÿ, ƒ …): legacy text may show them.
    private static let windows1252Letters: Set<Unicode.Scalar> = [
        "\u{0152}", "\u{0153}", "\u{0160}", "\u{0161}", "\u{017D}", "\u{017E}", "\u{0178}", "\u{0192}", "\u{02C6}", "\u{02DC}",
    ]

    /// Text with a letter no legacy text can show (read through Windows-1252 or 1258): Vietnamese toned letters
    /// (U+1EA0–U+1EF9), ĩ, ũ, or the circumflex, breve and horn as combining marks. Such text is Unicode.
    static func hasUnicodeOnlyVietnamese(_ text: String) -> Bool {
        text.unicodeScalars.contains { scalar in
            switch scalar.value {
            case 0x1EA0...0x1EF9, 0x0128, 0x0129, 0x0168, 0x0169, 0x0302, 0x0306, 0x031B: return true
            default: return false
            }
        }
    }

    /// Whether a cell in a legacy font may hold legacy text: no letter or combining mark outside Latin-1 and
    /// Windows-1252 (Unicode pasted into an old template keeps its `.VnTime` font but is Unicode).
    static func fitsLegacyFont(_ text: String) -> Bool {
        !text.unicodeScalars.contains { scalar in
            guard scalar.value > 0xFF, !windows1252Letters.contains(scalar) else { return false }
            let properties = scalar.properties
            return properties.isAlphabetic || properties.generalCategory == .nonspacingMark
        }
    }

    /// A character that ends a word in every reading: white space, ASCII that is no letter, and anything beyond
    /// Latin-1 that no legacy byte stands for and is no letter ("–", "“").
    @inline(__always)
    private static func isSeparator(_ scalar: Unicode.Scalar, windows1258: Bool) -> Bool {
        if scalar.value < 0x80 {
            return !(scalar.value >= 0x41 && scalar.value <= 0x5A || scalar.value >= 0x61 && scalar.value <= 0x7A)
        }
        if scalar.properties.isWhitespace { return true }
        if LegacyEncoding.isLegacyByte(scalar, windows1258: windows1258) { return false }
        return !scalar.properties.isAlphabetic
    }

    /// Decodes `text` as `encoding` and weighs the result word by word.
    static func reading(_ text: String, as encoding: LegacyEncoding, windows1258: Bool) -> LegacyReading {
        var reading = LegacyReading(encoding: encoding, decoded: "")
        var decoded = ""
        var word = String.UnicodeScalarView()
        func finishWord() {
            guard !word.isEmpty else { return }
            let raw = String(word)
            let converted = encoding.decode(raw, windows1258: windows1258)
            decoded += converted
            // A lone symbol ("×", "·", "©") says nothing either way: it is decoded with its cell, not counted.
            let loneSymbol = word.count == 1 && word.first.map { !$0.properties.isAlphabetic } == true
            if !loneSymbol, !converted.unicodeScalars.elementsEqual(raw.unicodeScalars) {
                reading.changedWords += 1
                if isWord(converted), VietnameseSyllable.isSyllable(converted) || isAcronymWithĐ(converted) {
                    reading.decodedSyllables += 1
                }
                let typed = raw.precomposedStringWithCanonicalMapping
                if isWord(typed), VietnameseSyllable.isSyllable(typed) { reading.rawSyllables += 1 }
            }
            word.removeAll()
        }
        for scalar in text.unicodeScalars {
            if isSeparator(scalar, windows1258: windows1258) {
                finishWord()
                decoded.unicodeScalars.append(scalar)
            } else {
                word.append(scalar)
            }
        }
        finishWord()
        reading.decoded = decoded
        return reading
    }

    /// "QĐ", "UBND", "HĐSK": capitals with a Đ, which only decoding can give ("Q§", "QÑ"), and no syllable.
    private static func isAcronymWithĐ(_ text: String) -> Bool {
        let scalars = text.unicodeScalars
        return scalars.count >= 2 && scalars.count <= 6 && scalars.contains("\u{0110}")
            && scalars.allSatisfy { ("A"..."Z").contains($0) || $0 == "\u{0110}" }
    }

    /// Letters only (a syllable has no symbol inside).
    private static func isWord(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0.properties.generalCategory == .nonspacingMark }
    }
}
