/// An A1-style reference (`B7`, `$AB$12`, or a bare column `C` in a whole-column range), 1-based.
struct CellReference: Hashable {
    var column: Int
    /// `nil` for a whole-column reference.
    var row: Int?

    /// Parses the bytes `base[start..<end]`; `nil` when they are not a reference. Numbers are capped well
    /// past Excel's limits so that a hostile reference cannot overflow.
    static func parse(_ base: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> CellReference? {
        var index = start
        var column = 0
        var row = 0
        if index < end && base[index] == UInt8(ascii: "$") { index += 1 }
        while index < end {
            let letter = base[index] & ~0x20
            guard letter >= UInt8(ascii: "A") && letter <= UInt8(ascii: "Z") else { break }
            column = min(column * 26 + Int(letter - UInt8(ascii: "A")) + 1, 1 << 40)
            index += 1
        }
        guard column > 0 else { return nil }
        if index < end && base[index] == UInt8(ascii: "$") { index += 1 }
        let digitsStart = index
        while index < end, base[index] >= 0x30, base[index] <= 0x39 {
            row = min(row * 10 + Int(base[index] - 0x30), 1 << 40)
            index += 1
        }
        guard index == end else { return nil }
        return CellReference(column: column, row: index > digitsStart ? row : nil)
    }

    static func parse(_ text: String) -> CellReference? {
        var bytes = Array(text.utf8)
        return bytes.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return nil }
            return parse(UnsafePointer(base), 0, buffer.count)
        }
    }
}

/// A non-negative decimal integer from `base[start..<end]` (a row number, a style or string index).
@inline(__always)
func parseInt(_ base: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> Int? {
    guard start < end else { return nil }
    var value = 0
    for index in start..<end {
        let byte = base[index]
        guard byte >= 0x30 && byte <= 0x39 else { return nil }
        value = min(value * 10 + Int(byte - 0x30), 1 << 40)
    }
    return value
}

/// A non-negative decimal integer from bytes, white space around it allowed when `trimmed`.
func parseInt(_ bytes: [UInt8], trimmed: Bool) -> Int? {
    bytes.withUnsafeBufferPointer { buffer in
        guard let base = buffer.baseAddress else { return nil }
        var start = 0
        var end = buffer.count
        if trimmed {
            while start < end && XMLText.isSpace(base[start]) { start += 1 }
            while end > start && XMLText.isSpace(base[end - 1]) { end -= 1 }
        }
        return parseInt(base, start, end)
    }
}

/// A finite number from the text of a `<v>` (white space around it allowed), via `strtod`; `nil` when the
/// text is not wholly a number. The buffer gets a terminating NUL, removed again.
func parseDouble(_ bytes: inout [UInt8]) -> Double? {
    guard !bytes.isEmpty else { return nil }
    if let exact = parseSimpleDecimal(bytes) { return exact }
    bytes.append(0)
    defer { bytes.removeLast() }
    return bytes.withUnsafeBufferPointer { buffer -> Double? in
        guard let base = buffer.baseAddress else { return nil }
        return base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { text -> Double? in
            var end: UnsafeMutablePointer<CChar>?
            let value = strtod(text, &end)
            guard let end, end != UnsafeMutablePointer(mutating: text) else { return nil }
            var rest = UnsafePointer(end)
            while rest.pointee != 0 && XMLText.isSpace(UInt8(bitPattern: rest.pointee)) { rest += 1 }
            guard rest.pointee == 0, value.isFinite else { return nil }
            // strtod also takes hexadecimal, "inf" and "nan": only plain decimal numbers are numbers here.
            for index in 0..<(buffer.count - 1) where buffer[index] | 0x20 == UInt8(ascii: "x") || buffer[index] | 0x20 == UInt8(ascii: "n") {
                return nil
            }
            return value
        }
    }
}

/// The fast path for the common `<v>` (`-123.4567`: at most 15 significant digits, no exponent): the
/// digits as an exact integer divided by an exact power of ten is correctly rounded (Clinger), the same
/// double `strtod` gives. `nil` sends anything else to `strtod`.
@inline(__always)
func parseSimpleDecimal(_ bytes: [UInt8]) -> Double? {
    bytes.withUnsafeBufferPointer { buffer -> Double? in
        var index = 0
        let count = buffer.count
        var negative = false
        if count > 0 && buffer[0] == UInt8(ascii: "-") { negative = true; index = 1 }
        var mantissa: Int64 = 0
        var digits = 0
        var fractionDigits = 0
        var seenPoint = false
        var anyDigit = false
        while index < count {
            let byte = buffer[index]
            if byte >= 0x30 && byte <= 0x39 {
                anyDigit = true
                if digits > 0 || byte != 0x30 { digits += 1 }
                if digits > 15 { return nil }
                mantissa = mantissa * 10 + Int64(byte - 0x30)
                if seenPoint { fractionDigits += 1 }
            } else if byte == UInt8(ascii: ".") && !seenPoint {
                seenPoint = true
            } else {
                return nil
            }
            index += 1
        }
        guard anyDigit, fractionDigits <= 22 else { return nil }
        var value = Double(mantissa)
        if fractionDigits > 0 { value /= powersOfTen[fractionDigits] }
        return negative ? -value : value
    }
}

/// 10⁰ … 10²², all exact in a double.
private let powersOfTen: [Double] = (0...22).map { exponent in (0..<exponent).reduce(1.0) { value, _ in value * 10 } }

/// The unreadable-file errors of a worksheet, each naming the limit or fault.
enum SheetLimits {
    static func rows(_ part: String, _ limits: SafetyLimits) -> UnreadableFile {
        UnreadableFile(vi: "Trang tính \(part) có dòng vượt giới hạn \(limits.maxRows) dòng của Excel.",
                       en: "Sheet \(part) has a row beyond Excel's \(limits.maxRows)-row limit.", limit: "maxRows")
    }

    static func columns(_ part: String, _ limits: SafetyLimits) -> UnreadableFile {
        UnreadableFile(vi: "Trang tính \(part) có cột vượt giới hạn \(limits.maxColumns) cột của Excel.",
                       en: "Sheet \(part) has a column beyond Excel's \(limits.maxColumns)-column limit.", limit: "maxColumns")
    }

    static func sharedStringIndex(_ part: String, _ index: Int, _ count: Int) -> UnreadableFile {
        UnreadableFile(vi: "Trang tính \(part) trỏ tới chuỗi dùng chung số \(index) nhưng bảng chỉ có \(count) chuỗi: tệp bị hỏng.",
                       en: "Sheet \(part) refers to shared string \(index) but the table holds only \(count): the file is damaged.",
                       limit: "sharedStringIndex")
    }

    static func badSharedString(_ part: String) -> UnreadableFile {
        UnreadableFile(vi: "Trang tính \(part) có ô chuỗi dùng chung với chỉ số không phải số: tệp bị hỏng.",
                       en: "Sheet \(part) has a shared-string cell whose index is not a number: the file is damaged.")
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
