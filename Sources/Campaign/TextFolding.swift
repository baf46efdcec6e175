import Foundation

/// Folding used wherever the spec says "ignoring case and diacritics (đ → d)": unit names, headers, values.
public enum TextFolding {
    /// Lower case, diacritics removed, đ → d; other characters kept.
    ///
    /// Hot: every header, value and name passes through here. After NFD a Vietnamese text is ASCII letters
    /// and combining marks, so ASCII is lowered in place and only other scalars pay for a Unicode mapping.
    public static func fold(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return asciiLowercased(text) }
        // Scalar by scalar: ASCII lowered, a Latin letter with marks from the table, a combining mark dropped,
        // anything else (quotes, dashes, other scripts) through the general path. Folding a text is folding
        // each of its scalars: decomposition only reorders marks, and marks are dropped.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                bytes.append((0x41...0x5A).contains(value) ? UInt8(value + 0x20) : UInt8(value))
            } else if (0x0300...0x036F).contains(value) {
                continue
            } else if let slot = LatinLetters.slot(value), latinFolds[slot] != 0 {
                bytes.append(latinFolds[slot])
            } else {
                bytes.append(contentsOf: generalFold(String(scalar)).utf8)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The general folding: decompose, drop marks, đ → d, lower-case each scalar.
    private static func generalFold(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.isASCII {
                let value = scalar.value
                scalars.append((0x41...0x5A).contains(value) ? Unicode.Scalar(value + 0x20)! : scalar)
                continue
            }
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark: continue
            default: break
            }
            switch scalar {
            case "đ", "Đ", "\u{00D0}": scalars.append("d")
            default: scalars.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            }
        }
        return String(scalars)
    }

    /// `LatinLetters` folded once: the ASCII letter each folds to, or 0 where the fold is not one ASCII letter.
    private static let latinFolds: [UInt8] = {
        var table = [UInt8](repeating: 0, count: LatinLetters.count)
        for value in LatinLetters.values {
            guard let scalar = Unicode.Scalar(value), let slot = LatinLetters.slot(value) else { continue }
            let folded = generalFold(String(scalar)).utf8
            if folded.count == 1, let byte = folded.first, byte < 0x80 { table[slot] = byte }
        }
        return table
    }()

    private static func asciiLowercased(_ text: String) -> String {
        guard text.utf8.contains(where: { (0x41...0x5A).contains($0) }) else { return text }
        return String(decoding: text.utf8.map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }, as: UTF8.self)
    }

    /// The folded words of a text: split on anything that is not a letter or digit.
    public static func tokens(_ text: String) -> [String] {
        var folded = fold(text)
        // Folded Vietnamese is ASCII: split its bytes on anything but a lower-case letter or a digit (what
        // Character's isLetter/isNumber say for ASCII), without the Unicode look-ups.
        if let words = folded.withUTF8({ asciiTokens($0) }) { return words }
        return folded.split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
    }

    private static func asciiTokens(_ bytes: UnsafeBufferPointer<UInt8>) -> [String]? {
        var words: [String] = []
        var start = -1
        for (index, byte) in bytes.enumerated() {
            if byte >= 0x80 { return nil }
            let isWordByte = (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte)
            if isWordByte {
                if start < 0 { start = index }
            } else if start >= 0 {
                words.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
                start = -1
            }
        }
        if start >= 0 { words.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self)) }
        return words
    }
}
