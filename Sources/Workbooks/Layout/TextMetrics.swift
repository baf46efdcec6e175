import Foundation

/// Estimates how wide text prints in Times New Roman and how tall a wrapped cell must be, since
/// libxlsxwriter cannot autofit. Widths are in Excel's column units (one unit: the 8-pixel digit of the
/// workbook's default font, Times New Roman 12); heights in points. Vietnamese letters print as wide as their base letter, so marks
/// are removed before measuring.
enum TextMetrics {
    /// Pixels in one Excel width unit (the digit of the workbook's default font, Times New Roman 12: half
    /// of 16 pixels), and the padding Excel adds to every column.
    static let pixelsPerUnit = 8.0
    static let columnPadding = 5.0
    /// The space a cell keeps empty on its left and right.
    static let cellInset = 6.0

    /// The printed width of one line of text, in pixels at `size` points.
    static func pixelWidth(of text: String, size: Double, bold: Bool = false) -> Double {
        let em = size * 96 / 72
        var total = 0.0
        for character in text { total += emWidth(of: character) }
        return total * em * (bold ? 1.06 : 1)
    }

    /// The width, in Excel units, a column needs to show `text` on one line.
    static func units(for text: String, size: Double, bold: Bool = false) -> Double {
        (pixelWidth(of: text, size: size, bold: bold) + cellInset - columnPadding) / pixelsPerUnit + 0.5
    }

    /// How many lines `text` takes in a column of `width` units, wrapping at spaces as Excel does.
    static func lineCount(of text: String, width: Double, size: Double, bold: Bool = false) -> Int {
        let available = max(10, width * pixelsPerUnit + columnPadding - cellInset)
        let space = emWidth(of: " ") * size * 96 / 72
        var lines = 0
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var used = 0.0
            var paragraphLines = 1
            for word in paragraph.split(separator: " ") {
                let wordWidth = pixelWidth(of: String(word), size: size, bold: bold)
                if used == 0 {
                    paragraphLines += max(0, Int((wordWidth / available).rounded(.up)) - 1)
                    used = wordWidth.truncatingRemainder(dividingBy: available)
                } else if used + space + wordWidth <= available {
                    used += space + wordWidth
                } else {
                    paragraphLines += Int(max(1, (wordWidth / available).rounded(.up)))
                    used = wordWidth.truncatingRemainder(dividingBy: available)
                }
            }
            lines += paragraphLines
        }
        return max(1, lines)
    }

    /// The height, in points, of a row holding `text` in a column of `width` units.
    static func rowHeight(for text: String, width: Double, size: Double, bold: Bool = false, wraps: Bool = true) -> Double {
        let lines = wraps ? lineCount(of: text, width: width, size: size, bold: bold) : 1
        return Double(lines) * lineHeight(size: size) + 2.5
    }

    /// One line of Times New Roman at `size` points, as Excel and LibreOffice space it.
    static func lineHeight(size: Double) -> Double { size * 1.16 }

    /// A column width for a list: wide enough for its longest line of text, within `minimum…maximum`
    /// (beyond the maximum the text wraps).
    static func columnWidth(for texts: [String], size: Double, bold: Bool = false, minimum: Double, maximum: Double) -> Double {
        var widest = 0.0
        for text in texts {
            for line in text.split(separator: "\n") { widest = max(widest, units(for: String(line), size: size, bold: bold)) }
            if widest >= maximum { break }
        }
        return min(maximum, max(minimum, widest.rounded(.up)))
    }

    /// Times New Roman's advance widths in thousandths of an em (its metrics, also Liberation Serif's).
    private static let glyphWidths: [Character: Double] = {
        var table: [Character: Double] = [:]
        let lower: [Double] = [444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444]
        let upper: [Double] = [722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611]
        for (offset, width) in lower.enumerated() { table[Character(UnicodeScalar(UInt8(97 + offset)))] = width }
        for (offset, width) in upper.enumerated() { table[Character(UnicodeScalar(UInt8(65 + offset)))] = width }
        for digit in "0123456789" { table[digit] = 500 }
        for (mark, width) in [(" ", 250.0), (".", 250), (",", 250), (":", 278), (";", 278), ("-", 333), ("/", 278), ("(", 333), (")", 333),
                              ("\"", 408), ("'", 180), ("!", 333), ("?", 444), ("=", 564), ("_", 500), ("&", 778), ("%", 833), ("#", 500)] {
            table[Character(mark)] = width
        }
        return table
    }()

    /// The width of a character in ems; a Vietnamese letter measures as its base letter.
    static func emWidth(of character: Character) -> Double {
        let base: Character
        if character == "đ" { base = "d" } else if character == "Đ" { base = "D" } else {
            // The first scalar of the decomposition: a Character would keep the marks attached.
            base = String(character).decomposedStringWithCanonicalMapping.unicodeScalars.first.map(Character.init) ?? character
        }
        if let width = glyphWidths[base] { return width / 1000 }
        return base.isUppercase ? 0.72 : 0.5
    }
}
