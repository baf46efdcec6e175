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
            // Capped at 2^40 (far past any limit), so wrapping arithmetic cannot wrap: no overflow checks.
            column = column &* 26 &+ Int(letter &- UInt8(ascii: "A")) &+ 1
            if column > 1 << 40 { column = 1 << 40 }
            index += 1
        }
        guard column > 0 else { return nil }
        if index < end && base[index] == UInt8(ascii: "$") { index += 1 }
        let digitsStart = index
        while index < end, base[index] >= 0x30, base[index] <= 0x39 {
            row = row &* 10 &+ Int(base[index] &- 0x30)
            if row > 1 << 40 { row = 1 << 40 }
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
