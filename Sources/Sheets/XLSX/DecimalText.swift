#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A finite number from the text of a `<v>` (white space around it allowed); `nil` when the text is not
/// wholly a decimal number (hexadecimal, `inf` and `nan`, which `strtod` would take, are not numbers here).
///
/// The common case (`-123.4567`: at most 15 significant digits, no exponent) is computed exactly: the digits
/// as an integer divided by an exact power of ten is correctly rounded (Clinger's fast path), the very double
/// `strtod` gives. Longer mantissas and exponents go to `strtod`.
func parseDouble(_ bytes: inout [UInt8]) -> Double? {
    var needsStrtod = false
    let fast = bytes.withUnsafeBufferPointer { buffer -> Double? in
        var start = 0
        var end = buffer.count
        while start < end && XMLText.isSpace(buffer[start]) { start += 1 }
        while end > start && XMLText.isSpace(buffer[end - 1]) { end -= 1 }
        var index = start
        var negative = false
        if index < end && buffer[index] == UInt8(ascii: "-") { negative = true; index += 1 }
        var mantissa: Int64 = 0
        var digits = 0
        var fractionDigits = 0
        var seenPoint = false
        var anyDigit = false
        while index < end {
            let byte = buffer[index]
            if byte >= 0x30 && byte <= 0x39 {
                anyDigit = true
                if digits > 0 || byte != 0x30 { digits += 1 }
                if digits <= 15 {
                    mantissa = mantissa * 10 + Int64(byte - 0x30)
                    if seenPoint { fractionDigits += 1 }
                } else {
                    needsStrtod = true
                }
            } else if byte == UInt8(ascii: ".") && !seenPoint {
                seenPoint = true
            } else if byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") {
                needsStrtod = true
            } else {
                needsStrtod = false
                return nil
            }
            index += 1
        }
        guard anyDigit else { needsStrtod = false; return nil }
        guard !needsStrtod, fractionDigits <= 22 else { needsStrtod = true; return nil }
        var value = Double(mantissa)
        if fractionDigits > 0 { value /= DecimalPowers.exact[fractionDigits] }
        return negative ? -value : value
    }
    if let fast { return fast }
    guard needsStrtod else { return nil }
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
            return rest.pointee == 0 && value.isFinite ? value : nil
        }
    }
}

/// 10⁰ … 10²², each exact in a double.
enum DecimalPowers {
    static let exact: [Double] = (0...22).map { exponent in (0..<exponent).reduce(1.0) { value, _ in value * 10 } }
}
