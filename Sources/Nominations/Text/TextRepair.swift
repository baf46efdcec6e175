import Campaign
import Sheets
import Foundation

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
    /// Whether any repair was made: the cell then gives an `S-ENCODING` finding.
    public var isRepaired: Bool { !repairs.isEmpty }
    /// A repaired text and the repairs that made it.
    public init(text: String, repairs: Set<TextRepairKind>) { self.text = text; self.repairs = repairs }
}

/// Repairs the text of one input's cells. It is built once per input from all of the input's text cells,
/// so that the decision "is this legacy text?" can use the file's evidence (fonts, how much of the text reads
/// as legacy syllables), not one cell alone.
///
/// The decision, per cell, on the text as stored (before any clean-up, since U+00AD is TCVN3's "ư"):
/// - a `.Vn*` font means TCVN3 and a `VNI-*` font VNI, unless the text holds letters no legacy text can;
/// - any other font (Times New Roman, Calibri) means Unicode unless the cell is clearly legacy: two or more
///   words altered by decoding, all becoming Vietnamese syllables (or acronyms with Đ), not all of them
///   syllables as typed;
/// - no font (CSV): clearly legacy as above, or, when the file leans to one encoding (two or more clearly
///   legacy cells or legacy-font cells, more than of the other encoding and not fewer than cells of
///   Unicode-only Vietnamese), every altered word becoming a syllable; a cell whose words are syllables both
///   ways ("chó"/"chú") is decoded only when the file has no Unicode-only Vietnamese at all.
public struct TextRepairer: Sendable {
    /// Cells that read as each legacy encoding: by their font, or clearly by their words.
    let legacyCells: [LegacyEncoding: Int]
    /// Cells with letters only Unicode has (ế, ữ …).
    let unicodeCells: Int
    /// The readings as each legacy encoding of the texts judged by their words, made while gathering the
    /// evidence and kept for `legacyDecoding`, which needs the same readings of the same texts.
    private let readings: [RepairMemo.Key: [LegacyReading]]
    /// Repairs already made in this input, by text and font: cells repeat (ratings, award forms, the same
    /// summary), and layout and value reading both ask for the same cell.
    private let memo = RepairMemo()

    /// `texts`: every string cell of the input with its font (nil when the format keeps none, as in CSV).
    public init(texts: [(text: String, font: String?)]) {
        var legacy: [LegacyEncoding: Int] = [:]
        var unicode = 0
        var readings: [RepairMemo.Key: [LegacyReading]] = [:]
        // Cells repeat (shared strings, a column of the same rating): each distinct text and font is judged
        // once and counted as many times as it occurs.
        var occurrences: [RepairMemo.Key: Int] = [:]
        for (text, font) in texts {
            // ASCII reads the same in every encoding: no evidence either way.
            if text.utf8.allSatisfy({ $0 < 0x80 }) { continue }
            occurrences[RepairMemo.Key(text: text, font: font), default: 0] += 1
        }
        for (key, count) in occurrences {
            let (text, font) = (key.text, key.font)
            if LegacyDetection.hasUnicodeOnlyVietnamese(text) {
                unicode += count
                continue
            }
            if let encoding = LegacyEncoding.of(font: font) {
                if LegacyDetection.fitsLegacyFont(text),
                   !encoding.decode(text).unicodeScalars.elementsEqual(text.unicodeScalars) {
                    legacy[encoding, default: 0] += count
                }
                continue
            }
            let found = Self.readings(of: text, font: font)
            readings[key] = found
            for reading in found where reading.isClear { legacy[reading.encoding, default: 0] += count }
        }
        legacyCells = legacy
        unicodeCells = unicode
        self.readings = readings
    }

    /// The text read as each legacy encoding; CSV cells (no font) may also have gone through Windows-1258.
    private static func readings(of text: String, font: String?) -> [LegacyReading] {
        LegacyEncoding.allCases.map { LegacyDetection.reading(text, as: $0, windows1258: font == nil) }
    }

    /// Whether the file leans to `encoding` for cells that could be either.
    func leans(to encoding: LegacyEncoding) -> Bool {
        let count = legacyCells[encoding, default: 0]
        let others = LegacyEncoding.allCases.filter { $0 != encoding }.map { legacyCells[$0, default: 0] }.max() ?? 0
        return count >= 2 && count > others && count >= unicodeCells
    }

    /// The legacy encoding the cell is in and its decoded text, or nil for Unicode text.
    func legacyDecoding(of text: String, font: String?) -> (encoding: LegacyEncoding, text: String)? {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            // Nothing to decode, but legacy all the same in a legacy font (an all-caps font upper-cases it).
            return LegacyEncoding.of(font: font).map { ($0, text) }
        }
        if LegacyDetection.hasUnicodeOnlyVietnamese(text) { return nil }
        if let encoding = LegacyEncoding.of(font: font) {
            guard LegacyDetection.fitsLegacyFont(text) else { return nil }
            return (encoding, encoding.decode(text))
        }
        // CSV cells have no font; text that went through Windows-1258 shows its letters (ă, ơ, ư …) too.
        let readings = self.readings[RepairMemo.Key(text: text, font: font)] ?? Self.readings(of: text, font: font)
        if let clear = readings.filter(\.isClear).max(by: { $0.changedWords < $1.changedWords }) {
            return (clear.encoding, clear.decoded)
        }
        guard font == nil else { return nil }
        for reading in readings where reading.isPlausible && leans(to: reading.encoding) {
            // Words that are Vietnamese both ways (TCVN3 "chó" for "chú", VNI "Soá" for "Số"): only in a file
            // without any Unicode-only Vietnamese.
            if reading.rawSyllables < reading.changedWords || unicodeCells == 0 {
                return (reading.encoding, reading.decoded)
            }
        }
        return nil
    }

    /// Repairs one cell's text: legacy decision and decoding on the text as stored, then NFC, then spaces and
    /// zero-width characters, then look-alikes, then upper case for an all-caps TCVN3 font.
    public func repair(_ text: String, font: String?) -> RepairedText {
        let key = RepairMemo.Key(text: text, font: font)
        if let known = memo[key] { return known }
        let repaired = repairUncached(text, font: font)
        memo[key] = repaired
        return repaired
    }

    private func repairUncached(_ text: String, font: String?) -> RepairedText {
        var repairs: Set<TextRepairKind> = []
        var working = text
        let legacy = legacyDecoding(of: text, font: font)
        if let legacy {
            if !legacy.text.unicodeScalars.elementsEqual(text.unicodeScalars) { repairs.insert(legacy.encoding.repairKind) }
            working = legacy.text
        }
        let composed = VietnameseText.composed(working)
        if legacy == nil, !composed.unicodeScalars.elementsEqual(working.unicodeScalars) { repairs.insert(.composed) }
        working = VietnameseText.tidy(composed)
        if let replaced = VietnameseText.replacingLookAlikes(working) {
            repairs.insert(.lookAlikes)
            working = replaced
        }
        if legacy?.encoding == .tcvn3, LegacyEncoding.isAllCapsFont(font) {
            let upper = working.uppercased()
            if !upper.unicodeScalars.elementsEqual(working.unicodeScalars) { repairs.insert(.tcvn3) }
            working = upper
        }
        return RepairedText(text: working, repairs: repairs)
    }
}

/// The repairs of one input's cells, shared by the copies of its `TextRepairer`. A repair depends only on the
/// text, the font and the input's evidence (fixed at init), so a remembered one is the same value.
final class RepairMemo: @unchecked Sendable {
    /// Text and font compared by their UTF-8 bytes: String equality is canonical, and an NFD text must not
    /// take the repair (`composed`) of its NFC twin.
    struct Key: Hashable {
        private let exactText: ExactText, exactFont: ExactText?
        var text: String { exactText.text }
        var font: String? { exactFont?.text }
        init(text: String, font: String?) { exactText = ExactText(text); exactFont = font.map(ExactText.init) }
    }
    private var repaired: [Key: RepairedText] = [:]
    private let lock = NSLock()

    subscript(key: Key) -> RepairedText? {
        get { lock.lock(); defer { lock.unlock() }; return repaired[key] }
        set { lock.lock(); repaired[key] = newValue; lock.unlock() }
    }
}
