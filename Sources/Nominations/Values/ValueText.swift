import Campaign
import Foundation
import Sheets

/// The ways a typed value is compared with the forms a field accepts (domain.md, "Values the fields accept"):
/// case-insensitive, ignoring surrounding white space, runs of spaces and Unicode composition; then without
/// marks; then without marks and without spaces ("TAPTHE").
enum MatchKey {
    /// NFC, lower case, white space runs collapsed to one space and trimmed, trailing full stops dropped.
    static func exact(_ text: String) -> String {
        // `composed` skips Foundation's (slow) NFC when no character could change: the same string either way.
        collapse(VietnameseText.composed(text).lowercased())
    }

    /// As `exact`, with diacritics removed and đ → d.
    static func folded(_ text: String) -> String {
        collapse(TextFolding.fold(text))
    }

    /// As `folded`, with no white space at all: for values typed without spaces.
    static func compact(_ text: String) -> String {
        String(folded(text).unicodeScalars.filter { !CharacterSet.whitespacesAndNewlines.contains($0) }.map(Character.init))
    }

    /// One space between words, none around them, and no stray punctuation at the ends ("HTXSNV." → "htxsnv").
    private static func collapse(_ text: String) -> String {
        // Words joined by one space in one pass (what splitting and joining would give, without the arrays).
        var joined = ""
        joined.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for character in text {
            if isSeparator(character) {
                pendingSpace = !joined.isEmpty
                continue
            }
            if pendingSpace { joined.append(" "); pendingSpace = false }
            joined.append(character)
        }
        while let last = joined.last, edgePunctuation.contains(last) { joined.removeLast() }
        while let first = joined.first, edgePunctuation.contains(first) { joined.removeFirst() }
        // Foundation's trim is costly and only the ends can be trimmed: skip it when neither end is a space.
        guard let head = joined.unicodeScalars.first, let tail = joined.unicodeScalars.last,
              isTrimmedSpace(head) || isTrimmedSpace(tail) else { return joined }
        return joined.trimmingCharacters(in: .whitespaces)
    }

    /// What separates words: white space, and the zero-width space and BOM that pasted text carries.
    private static func isSeparator(_ character: Character) -> Bool {
        character.isWhitespace || character == "\u{200B}" || character == "\u{FEFF}"
    }

    private static let edgePunctuation: Set<Character> = [".", ",", ";", ":", "-", "–", "*"]

    /// Whether `exact(text)` is empty, without building it: any character that is neither a separator nor edge
    /// punctuation survives collapsing, so only texts made of those need the whole computation.
    static func isBlank(_ text: String) -> Bool {
        if text.contains(where: { !isSeparator($0) && !edgePunctuation.contains($0) }) { return false }
        return exact(text).isEmpty
    }

    /// The scalars `CharacterSet.whitespaces` holds: space separators and the tab.
    private static func isTrimmedSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\t" || scalar.properties.generalCategory == .spaceSeparator
    }
}

/// A value split into the form it names and what may follow a form: a year ("… năm 2025") and a remark in
/// parentheses ("Khiển trách (QĐ số 15/QĐ-…)").
struct ValueParts: Equatable {
    /// The form itself, trimmed ("Hoàn thành xuất sắc nhiệm vụ").
    var core: String
    /// A year written after the form, or as the whole remark ("HTXSNV (năm 2024)").
    var year: Int?
    /// The text inside the parentheses, if any.
    var remark: String?

    /// The parts as given.
    init(core: String, year: Int?, remark: String?) { self.core = core; self.year = year; self.remark = remark }

    /// Splits `text` (NFC first, so that "năm" is found however it was composed).
    init(_ text: String) {
        var core = VietnameseText.composed(text)
        // Foundation's trim only when an end could be trimmed: most values start and end with a letter.
        if let head = core.unicodeScalars.first, let tail = core.unicodeScalars.last,
           ValueParts.isTrimmable(head) || ValueParts.isTrimmable(tail) {
            core = core.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        var remark: String?
        var year: Int?
        if core.hasSuffix(")"), let open = core.lastIndex(of: "(") {
            let inside = core[core.index(after: open)..<core.index(before: core.endIndex)]
            remark = inside.trimmingCharacters(in: .whitespaces)
            core = String(core[..<open]).trimmingCharacters(in: .whitespaces)
            if let remark, let only = ValueParts.trailingYear(in: remark), only.rest.isEmpty { year = only.year }
        }
        if let trailing = ValueParts.trailingYear(in: core) {
            year = trailing.year
            core = trailing.rest
        }
        self.core = core
        self.year = year
        self.remark = remark
    }

    /// Scalars `CharacterSet.whitespacesAndNewlines` may hold: separators, controls (tab, line breaks) and
    /// anything not a letter, digit or mark, so that the skip is safe.
    static func isTrimmable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .otherLetter, .decimalNumber, .closePunctuation,
             .otherPunctuation:
            return false
        default:
            return true
        }
    }

    /// A year at the end of `text`, optionally after "năm" and a comma or dash: the year and what precedes it.
    static func trailingYear(in text: String) -> (year: Int, rest: String)? {
        // Most values end in a letter: skip the (costly) pattern for them.
        guard let last = text.last(where: { !$0.isWhitespace }), last.isASCII, last.isNumber else { return nil }
        let pattern = #/(?i)(?:^|[\s,;\-–])(?:n[ăa]m\s*)?((?:19|20)\d\d)\s*$/#
        guard let match = text.firstMatch(of: pattern), let year = Int(match.output.1) else { return nil }
        var rest = String(text[..<match.range.lowerBound])
        while let last = rest.last, last.isWhitespace || [",", ";", "-", "–"].contains(last) { rest.removeLast() }
        return (year, rest)
    }
}

/// The text of a cell as a person reads it, before repair: strings as stored, numbers without ".0",
/// dates as dd/mm/yyyy.
func displayText(of value: CellValue) -> String {
    switch value {
    case .date(let d): return DayDate(year: d.year, month: d.month, day: d.day).description
    default: return value.text
    }
}

/// The ASCII letters of the "nothing" phrases once folded, lower case, indexed by byte.
private let nothingPhraseLetters: [Bool] = (0..<128).map { "khongcuasie".utf8.contains(UInt8($0)) }

/// Letters and digits in the longest "nothing" phrase ("khong co sang kien").
private let longestNothingPhrase = 15

/// Whether a text says "nothing" rather than naming something ("Không", "Không có", "Chưa có", "-"):
/// an initiative or a summary written that way is missing.
func saysNothing(_ text: String) -> Bool {
    // Most texts are summaries far longer than any "nothing" phrase: folding keeps every letter and digit
    // (it only drops marks), so more of them than the longest phrase has means neither phrase nor blank key,
    // and a letter means not all dashes either.
    // ASCII letters and digits first: cheap to count, and enough for almost every summary.
    // A digit, or an ASCII letter none of the phrases has, stays in the folded key: neither a phrase, nor
    // blank, nor dashes (decision numbers such as "125/QĐ-UBND" end here).
    var asciiAlphanumerics = 0
    for byte in text.utf8 where (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) {
        if !nothingPhraseLetters[Int(byte | 0x20)] { return false }
        asciiAlphanumerics += 1
        if asciiAlphanumerics > longestNothingPhrase { return false }
    }
    var letters = 0
    for scalar in text.unicodeScalars where scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
        if scalar.properties.generalCategory == .nonspacingMark || scalar.properties.generalCategory == .spacingMark
            || scalar.properties.generalCategory == .enclosingMark { continue }
        letters += 1
        if letters > longestNothingPhrase { return false }
    }
    let key = MatchKey.folded(text)
    return key.isEmpty || ["khong", "khong co", "chua co", "khong co sang kien"].contains(key)
        || text.allSatisfy { $0 == "-" || $0 == "–" || $0 == "/" || $0.isWhitespace }
}
