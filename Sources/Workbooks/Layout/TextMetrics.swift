import Foundation
import Campaign

/// Estimates how wide text prints in Times New Roman and how tall a wrapped cell must be, since
/// libxlsxwriter cannot autofit. Widths are in Excel's column units (one unit: the 8-pixel digit of the
/// workbook's default font, Times New Roman 12); heights in points. A Vietnamese letter prints as wide as
/// its base letter, and combining marks take no room.
///
/// Every cell written is measured, so this walks Unicode scalars with table look-ups and no allocation.
enum TextMetrics {
    /// Pixels in one Excel width unit (the digit of the workbook's default font, Times New Roman 12: half
    /// of 16 pixels), and the padding Excel adds to every column.
    static let pixelsPerUnit = 8.0
    static let columnPadding = 5.0
    /// The space a cell keeps empty on its left and right.
    static let cellInset = 6.0

    /// The printed width of one line of text, in pixels at `size` points.
    static func pixelWidth(of text: String, size: Double, bold: Bool = false) -> Double {
        var total = 0.0
        for scalar in text.unicodeScalars { total += emWidth(of: scalar) }
        return total * pixelsPerEm(size: size, bold: bold)
    }

    /// The width, in Excel units, a column needs to show `text` on one line.
    static func units(for text: String, size: Double, bold: Bool = false) -> Double {
        (pixelWidth(of: text, size: size, bold: bold) + cellInset - columnPadding) / pixelsPerUnit + 0.5
    }

    private static func units(ems: Double, scale: Double) -> Double {
        ems == 0 ? 0 : (ems * scale + cellInset - columnPadding) / pixelsPerUnit + 0.5
    }

    /// How many lines `text` takes in a column of `width` units, wrapping at spaces as Excel does; a word
    /// wider than the column breaks over as many lines as it fills.
    static func lineCount(of text: String, width: Double, size: Double, bold: Bool = false) -> Int {
        let scale = pixelsPerEm(size: size, bold: bold)
        let available = max(10, width * pixelsPerUnit + columnPadding - cellInset) / scale  // in ems
        // No scalar is wider than an em and none takes fewer bytes than one: short text without a line break
        // fits on one line, unmeasured (most cells of a list).
        if Double(text.utf8.count) <= available, !text.utf8.contains(0x0A) { return 1 }
        // Widths summed in thousandths of an em, as integers: exact, and cheaper than floating point.
        var fitter = LineFitter(available: available, limit: Int((available * 1000).rounded(.down)), space: Int(asciiMilliEms[0x20]))
        var text = text
        text.withUTF8 { bytes in
            milliEmTables { ascii, latin in
                var index = 0
                while index < bytes.count {
                    let lead = bytes[index]
                    if lead < 0x80 {
                        switch lead {
                        case 0x20: fitter.endWord()
                        case 0x0A: fitter.endWord(); fitter.lines += 1; fitter.used = 0
                        default: fitter.word += Int(ascii[Int(lead)])
                        }
                        index += 1
                        continue
                    }
                    // A multi-byte scalar (the string is valid UTF-8): its value from the lead and continuation bytes.
                    let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
                    var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
                    for offset in 1..<length where index + offset < bytes.count { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
                    index += length
                    if let slot = LatinLetters.slot(value) { fitter.word += Int(latin[slot]) } else { fitter.word += otherMilliEms(value) }
                }
            }
        }
        fitter.endWord()
        return fitter.lines
    }

    /// Words placed on lines as Excel wraps them (widths in thousandths of an em).
    private struct LineFitter {
        let available: Double  // ems
        let limit: Int         // `available` in thousandths, rounded down (sums are whole thousandths)
        let space: Int
        var lines = 1
        var used = 0  // the current line
        var word = 0  // the word being read

        mutating func endWord() {
            guard word > 0 else { return }
            if used > 0 && used + space + word <= limit {
                used += space + word
            } else {
                if used > 0 { lines += 1 }
                let ems = Double(word) / 1000
                let extra = max(0, Int((ems / available).rounded(.up)) - 1)
                lines += extra
                used = Int(((ems - Double(extra) * available) * 1000).rounded())
            }
            word = 0
        }
    }

    /// The height, in points, of a row holding `text` in a column of `width` units: rounded up to whole pixels
    /// (0.75 pt at 96 dpi), as Excel stores the heights it sets itself, so that the file says `16.5`, not
    /// `16.419999999999998`.
    static func rowHeight(for text: String, width: Double, size: Double, bold: Bool = false, wraps: Bool = true) -> Double {
        let lines = wraps ? lineCount(of: text, width: width, size: size, bold: bold) : 1
        return wholePixels(Double(lines) * lineHeight(size: size) + 2.5)
    }

    /// `points` rounded up to a whole number of pixels (a multiple of 0.75 pt, exact in binary).
    static func wholePixels(_ points: Double) -> Double { (points / 0.75 - 1e-9).rounded(.up) * 0.75 }

    /// One line of Times New Roman at `size` points, as Excel and LibreOffice space it.
    static func lineHeight(size: Double) -> Double { size * 1.16 }

    /// A column width for a list: wide enough for its longest line of text, within `minimum…maximum`
    /// (beyond the maximum the text wraps).
    static func columnWidth(for texts: [String], size: Double, bold: Bool = false, minimum: Double, maximum: Double) -> Double {
        var widest = 0.0
        let scale = pixelsPerEm(size: size, bold: bold)
        for text in texts {
            var line = 0.0  // the current line's width in ems
            for scalar in text.unicodeScalars {
                if scalar == "\n" { widest = max(widest, units(ems: line, scale: scale)); line = 0 } else { line += emWidth(of: scalar) }
            }
            widest = max(widest, units(ems: line, scale: scale))
            if widest >= maximum { break }
        }
        return min(maximum, max(minimum, widest.rounded(.up)))
    }

    private static func pixelsPerEm(size: Double, bold: Bool) -> Double { size * 96 / 72 * (bold ? 1.06 : 1) }

    /// Times New Roman's advance widths in thousandths of an em for ASCII (its metrics, also Liberation
    /// Serif's); 0 where not set.
    private static let asciiWidths: [Double] = {
        var table = [Double](repeating: 0, count: 128)
        let lower: [Double] = [444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444]
        let upper: [Double] = [722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611]
        for (offset, width) in lower.enumerated() { table[97 + offset] = width }
        for (offset, width) in upper.enumerated() { table[65 + offset] = width }
        for digit in 48...57 { table[digit] = 500 }
        for (mark, width) in [(" ", 250.0), (".", 250), (",", 250), (":", 278), (";", 278), ("-", 333), ("/", 278), ("(", 333), (")", 333),
                              ("\"", 408), ("'", 180), ("!", 333), ("?", 444), ("=", 564), ("_", 500), ("&", 778), ("%", 833), ("#", 500)] {
            table[Int(Character(mark).asciiValue ?? 0)] = width
        }
        return table
    }()

    /// `LatinLetters` mapped to their ASCII base letter (case kept: capitals print wider), decomposed once
    /// rather than per character written; 0 where there is none.
    private static let baseLetters: [UInt8] = {
        var table = [UInt8](repeating: 0, count: LatinLetters.count)
        for value in LatinLetters.values {
            guard let scalar = Unicode.Scalar(value), let slot = LatinLetters.slot(value) else { continue }
            if value == 0x0110 || value == 0x0111 { table[slot] = value == 0x0110 ? 68 : 100; continue }  // Đ, đ
            guard let base = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars.first, base.isASCII else { continue }
            table[slot] = UInt8(base.value)
        }
        return table
    }()

    /// The width of each ASCII scalar in thousandths of an em: Times New Roman's where known, an average
    /// letter for other printable ones, nothing for controls.
    private static let asciiMilliEms: [UInt16] = (0..<128).map { value in
        asciiWidths[value] > 0 ? UInt16(asciiWidths[value]) : value < 32 ? 0 : 500
    }

    /// The width of each `LatinLetters` slot in thousandths of an em: its base letter's, else a capital's or
    /// an average letter's.
    private static let latinMilliEms: [UInt16] = LatinLetters.values.map { value in
        if let slot = LatinLetters.slot(value), baseLetters[slot] != 0 { return asciiMilliEms[Int(baseLetters[slot])] }
        return Unicode.Scalar(value)?.properties.isUppercase == true ? 720 : 500
    }

    /// The two width tables, fetched once for a loop (a static is checked for initialisation at each use).
    private static func milliEmTables<R>(_ body: (UnsafeBufferPointer<UInt16>, UnsafeBufferPointer<UInt16>) -> R) -> R {
        asciiMilliEms.withUnsafeBufferPointer { ascii in latinMilliEms.withUnsafeBufferPointer { latin in body(ascii, latin) } }
    }

    /// The width of a scalar outside ASCII and `LatinLetters`, in thousandths of an em: combining marks and
    /// zero-width characters take no room, capitals a capital's, anything else an average letter's.
    private static func otherMilliEms(_ value: UInt32) -> Int {
        if (0x0300...0x036F).contains(value) || (0x200B...0x200D).contains(value) { return 0 }
        return Unicode.Scalar(value)?.properties.isUppercase == true ? 720 : 500
    }

    /// The width of a scalar in ems: ASCII from the table, a letter with marks as its base letter, a
    /// combining mark as nothing, anything else as an average letter.
    static func emWidth(of scalar: Unicode.Scalar) -> Double {
        let value = scalar.value
        if value < 128 { return Double(asciiMilliEms[Int(value)]) / 1000 }
        if let slot = LatinLetters.slot(value) { return Double(latinMilliEms[slot]) / 1000 }
        return Double(otherMilliEms(value)) / 1000
    }
}
