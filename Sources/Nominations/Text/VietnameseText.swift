import Foundation

/// Small text clean-ups every stage that prints or compares a cell's text may share.
public enum VietnameseText {
    /// Characters that take no room: removed by `tidy`. The soft hyphen is among them, so text must be tested
    /// for TCVN3 (where U+00AD is "ư") before it is tidied.
    static let zeroWidth: Set<Unicode.Scalar> = [
        "\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{FEFF}", "\u{00AD}", "\u{180E}",
        "\u{2061}", "\u{2062}", "\u{2063}", "\u{2064}", "\u{200E}", "\u{200F}",
    ]

    /// Spaces tidied: zero-width characters removed; any white space (NBSP, thin and ideographic spaces, tabs,
    /// line breaks) becomes one space; runs collapsed; leading and trailing space trimmed. Letters are untouched.
    public static func tidy(_ text: String) -> String {
        if isTidy(text) { return text }
        var output = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if zeroWidth.contains(scalar) { continue }
            if scalar.properties.isWhitespace {
                pendingSpace = !output.isEmpty
                continue
            }
            if pendingSpace {
                output.append(" ")
                pendingSpace = false
            }
            output.append(scalar)
        }
        return String(output)
    }

    /// Whether `tidy` would give the text back unchanged: single ASCII spaces between words, no other white
    /// space, no zero-width character. Most cells are; they are then kept as they are, sharing their storage.
    static func isTidy(_ text: String) -> Bool {
        var previousSpace = true  // a space first is a leading space
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value == 0x20 {
                if previousSpace { return false }
                previousSpace = true
                continue
            }
            previousSpace = false
            if isWhiteSpace(value) { return false }
            switch value {
            case 0x00AD, 0x180E, 0x200B...0x200F, 0x2060...0x2064, 0xFEFF: return false  // `zeroWidth`, by value
            default: continue
            }
        }
        return !previousSpace || text.isEmpty
    }

    /// Unicode's White_Space property by scalar value (what `Unicode.Scalar.Properties.isWhitespace` says),
    /// without the property look-up.
    public static func isWhiteSpace(_ value: UInt32) -> Bool {
        switch value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// The text in NFC. Most cells already are, and composing through Foundation is slow, so it is called only
    /// when a character could change: a combining mark, a canonical singleton (Ω sign, Å sign, CJK compatibility
    /// ideographs, Greek with oxia) or Hangul jamo.
    public static func composed(_ text: String) -> String {
        let mayChange = text.unicodeScalars.contains { scalar in
            if scalar.value < 0x0300 { return false }
            if scalar.properties.canonicalCombiningClass.rawValue != 0 { return true }
            switch scalar.value {
            case 0x0340...0x0344, 0x0374, 0x037E, 0x0387, 0x1100...0x11FF, 0x1F00...0x1FFF, 0x2000...0x2001,
                 0x2126, 0x212A...0x212B, 0x2329...0x232A, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0x2F800...0x2FA1F:
                return true
            default:
                return false
            }
        }
        return mayChange ? text.precomposedStringWithCanonicalMapping : text
    }

    /// Cyrillic letters drawn like Latin ones.
    static let cyrillicToLatin: [Unicode.Scalar: Unicode.Scalar] = [
        "А": "A", "В": "B", "С": "C", "Е": "E", "Н": "H", "І": "I", "Ј": "J", "К": "K", "М": "M", "О": "O",
        "Р": "P", "Ѕ": "S", "Т": "T", "Х": "X", "У": "Y", "Ү": "Y", "Ԛ": "Q", "Ԝ": "W",
        "а": "a", "с": "c", "е": "e", "і": "i", "ј": "j", "о": "o", "р": "p", "ѕ": "s", "у": "y", "ү": "y",
        "х": "x", "ԁ": "d", "һ": "h", "ӏ": "l", "ԛ": "q", "ԝ": "w",
    ]

    /// Look-alike letters replaced: Ð (U+00D0, Icelandic eth) → Đ (U+0110), ð → đ; Cyrillic letters inside a
    /// word that also has Latin letters → Latin (a word all in Cyrillic is left as written). The result is NFC.
    /// Returns `nil` when nothing was replaced.
    public static func replacingLookAlikes(_ text: String) -> String? {
        // Ð and ð are C3 90 and C3 B0 in UTF-8, and every Cyrillic look-alike (U+0400…U+052F) starts with a
        // byte D0…D4: text with neither has nothing to replace, which is nearly all text.
        var previous: UInt8 = 0
        guard text.utf8.contains(where: { byte in
            defer { previous = byte }
            return (0xD0...0xD4).contains(byte) || (previous == 0xC3 && (byte == 0x90 || byte == 0xB0))
        }) else { return nil }
        var output = String.UnicodeScalarView()
        var word: [Unicode.Scalar] = []
        var replaced = false
        func flushWord() {
            let hasLatin = word.contains { $0.properties.isAlphabetic && isLatin($0) }
            for scalar in word {
                if hasLatin, let latin = cyrillicToLatin[scalar] {
                    output.append(latin)
                    replaced = true
                } else {
                    output.append(scalar)
                }
            }
            word.removeAll(keepingCapacity: true)
        }
        for scalar in text.unicodeScalars {
            if scalar == "\u{00D0}" || scalar == "\u{00F0}" {
                word.append(scalar == "\u{00D0}" ? "\u{0110}" : "\u{0111}")
                replaced = true
            } else if scalar.properties.isAlphabetic || scalar.properties.generalCategory == .nonspacingMark {
                word.append(scalar)
            } else {
                flushWord()
                output.append(scalar)
            }
        }
        flushWord()
        return replaced ? composed(String(output)) : nil
    }

    /// Latin script letters: Basic Latin, Latin-1, Latin Extended A/B and Additional (all of Vietnamese).
    static func isLatin(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F, 0x1E00...0x1EFF: return true
        default: return false
        }
    }
}
