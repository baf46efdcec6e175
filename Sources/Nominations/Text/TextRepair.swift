import Campaign

/// What was done to a cell's text to make it Unicode Vietnamese. Only these count as repairs (`S-ENCODING`);
/// decoding a file's own code page and tidying spaces do not.
public enum TextRepairKind: String, Sendable, Hashable {
    /// Legacy TCVN3 (ABC, `.Vn*` fonts) decoded.
    case tcvn3
    /// Legacy VNI (`VNI-*` fonts) decoded.
    case vni
    /// Decomposed Unicode composed to NFC.
    case composed
    /// Look-alike letters replaced (Ð U+00D0 → Đ, Cyrillic letters inside a Latin word → Latin).
    case lookAlikes
}

/// A cell's text after repair and tidying.
public struct RepairedText: Sendable, Hashable {
    /// NFC, legacy text decoded, spaces tidied (NBSP and other spaces → one space, runs collapsed, trimmed),
    /// zero-width characters removed, look-alikes replaced; upper-cased for an all-caps legacy font.
    public var text: String
    /// The repairs made (empty when the text only needed tidying, or nothing).
    public var repairs: Set<TextRepairKind>
    public var isRepaired: Bool { !repairs.isEmpty }
    public init(text: String, repairs: Set<TextRepairKind>) { self.text = text; self.repairs = repairs }
}

/// Repairs the text of one input's cells. It is built once per input from all of the input's text cells,
/// so that the decision "is this legacy text?" can use the file's evidence (fonts, how much of the text reads
/// as legacy syllables), not one cell alone.
public struct TextRepairer: Sendable {
    /// `texts`: every string cell of the input with its font (nil when the format keeps none, as in CSV).
    public init(texts: [(text: String, font: String?)]) {
        // STUB
    }

    /// Repairs one cell's text.
    public func repair(_ text: String, font: String?) -> RepairedText {
        // STUB: tidy spaces only.
        RepairedText(text: text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " "), repairs: [])
    }
}
