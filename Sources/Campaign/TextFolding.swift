import Foundation

/// Folding used wherever the spec says "ignoring case and diacritics (đ → d)": unit names, headers, values.
public enum TextFolding {
    /// Lower case, diacritics removed, đ → d; other characters kept.
    public static func fold(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark: continue
            default: break
            }
            switch scalar {
            case "đ", "Đ", "\u{00D0}": scalars.append("d")
            default: scalars.append(contentsOf: String(scalar).lowercased().unicodeScalars)
            }
        }
        return String(scalars)
    }

    /// The folded words of a text: split on anything that is not a letter or digit.
    public static func tokens(_ text: String) -> [String] {
        fold(text).split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
    }
}
