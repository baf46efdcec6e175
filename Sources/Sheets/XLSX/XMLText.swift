/// Decoding of XML character data and attribute values into UTF-8 bytes, appended to a reused buffer.
enum XMLText {
    /// Appends `bytes[start..<end]` to `output`, decoding `&amp; &lt; &gt; &quot; &apos;`, `&#…;` and `&#x…;`
    /// and normalising line ends (`\r\n` and a lone `\r` become `\n`, as XML requires). An unknown entity is
    /// kept as written: nothing is ever expanded from a declaration.
    static func appendDecoded(_ base: UnsafePointer<UInt8>, _ start: Int, _ end: Int, to output: inout [UInt8], isCDATA: Bool = false) {
        var index = start
        var runStart = start
        while index < end {
            let byte = base[index]
            if byte == UInt8(ascii: "&") && !isCDATA {
                output.append(contentsOf: UnsafeBufferPointer(start: base + runStart, count: index - runStart))
                index = appendEntity(base, index, end, to: &output)
                runStart = index
            } else if byte == 0x0D {
                output.append(contentsOf: UnsafeBufferPointer(start: base + runStart, count: index - runStart))
                output.append(0x0A)
                index += 1
                if index < end && base[index] == 0x0A { index += 1 }
                runStart = index
            } else {
                index += 1
            }
        }
        output.append(contentsOf: UnsafeBufferPointer(start: base + runStart, count: end - runStart))
    }

    /// Decodes the entity at `index` (which holds `&`) and returns the index after it.
    private static func appendEntity(_ base: UnsafePointer<UInt8>, _ index: Int, _ end: Int, to output: inout [UInt8]) -> Int {
        var semicolon = index + 1
        while semicolon < end && semicolon - index <= 12 && base[semicolon] != UInt8(ascii: ";") { semicolon += 1 }
        guard semicolon < end, base[semicolon] == UInt8(ascii: ";") else {
            output.append(UInt8(ascii: "&"))
            return index + 1
        }
        let name = UnsafeBufferPointer(start: base + index + 1, count: semicolon - index - 1)
        if name.first == UInt8(ascii: "#") {
            var value: UInt32 = 0
            var digits = name.dropFirst()
            var radix: UInt32 = 10
            if digits.first == UInt8(ascii: "x") || digits.first == UInt8(ascii: "X") { radix = 16; digits = digits.dropFirst() }
            var valid = !digits.isEmpty
            for digit in digits {
                guard let d = hexValue(digit), d < radix, value <= 0x10FFFF else { valid = false; break }
                value = value * radix + d
            }
            if valid, let scalar = Unicode.Scalar(value) {
                appendScalar(scalar, to: &output)
                return semicolon + 1
            }
        } else if let byte = predefined(name) {
            output.append(byte)
            return semicolon + 1
        }
        output.append(contentsOf: UnsafeBufferPointer(start: base + index, count: semicolon + 1 - index))
        return semicolon + 1
    }

    private static func predefined(_ name: UnsafeBufferPointer<UInt8>) -> UInt8? {
        switch name.count {
        case 2:
            if name[1] != UInt8(ascii: "t") { return nil }
            if name[0] == UInt8(ascii: "l") { return UInt8(ascii: "<") }
            if name[0] == UInt8(ascii: "g") { return UInt8(ascii: ">") }
            return nil
        case 3:
            return name.elementsEqual("amp".utf8) ? UInt8(ascii: "&") : nil
        case 4:
            if name.elementsEqual("quot".utf8) { return UInt8(ascii: "\"") }
            if name.elementsEqual("apos".utf8) { return UInt8(ascii: "'") }
            return nil
        default:
            return nil
        }
    }

    static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(byte - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }

    static func appendScalar(_ scalar: Unicode.Scalar, to output: inout [UInt8]) {
        guard let encoded = UTF8.encode(scalar) else { return }
        for unit in encoded { output.append(unit) }
    }

    /// Undoes Excel's `_xHHHH_` escapes (ST_Xstring) in place: `_x000D_` is a carriage return, and
    /// `_x005F_` an underscore, so `_x005F_x000D_` stays the literal text `_x000D_`.
    static func unescapeExcel(_ bytes: inout [UInt8]) {
        guard bytes.count >= 7, bytes.contains(UInt8(ascii: "_")) else { return }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        var changed = false
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "_"), index + 6 < bytes.count,
               bytes[index + 1] == UInt8(ascii: "x"), bytes[index + 6] == UInt8(ascii: "_"),
               let a = hexValue(bytes[index + 2]), let b = hexValue(bytes[index + 3]),
               let c = hexValue(bytes[index + 4]), let d = hexValue(bytes[index + 5]),
               let scalar = Unicode.Scalar(a << 12 | b << 8 | c << 4 | d) {
                appendScalar(scalar, to: &output)
                index += 7
                changed = true
            } else {
                output.append(bytes[index])
                index += 1
            }
        }
        if changed { bytes = output }
    }

    /// Whether a byte is XML white space.
    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }

    /// Removes leading and trailing XML white space from `bytes[from...]` (a `<t>` without `xml:space="preserve"`).
    static func trimSpace(_ bytes: inout [UInt8], from: Int) {
        var end = bytes.count
        while end > from && isSpace(bytes[end - 1]) { end -= 1 }
        var start = from
        while start < end && isSpace(bytes[start]) { start += 1 }
        if end < bytes.count { bytes.removeSubrange(end...) }
        if start > from { bytes.removeSubrange(from..<start) }
    }
}
