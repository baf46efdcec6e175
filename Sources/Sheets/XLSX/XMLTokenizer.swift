#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What one piece of markup is.
enum XMLTokenKind {
    /// `<name …>`
    case startTag
    /// `<name …/>`
    case emptyTag
    /// `</name>`
    case endTag
    /// Character data between tags (entities still encoded).
    case text
    /// The content of a `<![CDATA[ … ]]>` section (taken literally).
    case cdata
}

/// One piece of markup, as offsets into the tokenizer's current window (valid until the window moves).
struct XMLToken {
    var kind: XMLTokenKind
    /// For tags, the local name (after any `prefix:`); for text and CDATA, the content.
    var start: Int
    var end: Int
    /// For start and empty tags, the bytes after the name up to `>` or `/>`: the attributes.
    var attributesStart: Int = 0
    var attributesEnd: Int = 0
}

/// A pull tokenizer over raw UTF-8 XML, written by hand for speed and safety: no DOM, no recursion, no
/// entity expansion beyond the five predefined ones and character references, and it refuses any DTD.
///
/// It works on a window of bytes that may end mid-token: `next` then returns `nil` and the caller feeds more
/// bytes, keeping those from `position` on. The nesting depth survives between windows.
struct XMLTokenizer {
    /// Where the next token starts in the current window.
    private(set) var position = 0
    /// How many elements are open.
    private(set) var depth = 0
    let maxDepth: Int
    let partName: String

    init(maxDepth: Int, partName: String) {
        self.maxDepth = maxDepth
        self.partName = partName
    }

    /// Starts over on a new window whose first byte is the first unconsumed one.
    mutating func resetWindow() { position = 0 }

    /// The next token of `bytes`, or `nil` when the window ends before the token does (or at its end).
    /// With `isFinal`, a token cut off by the end of the part is an error (the part is truncated).
    mutating func next(in bytes: UnsafeRawBufferPointer, isFinal: Bool) throws -> XMLToken? {
        guard let base = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return nil }
        let count = bytes.count
        while position < count {
            let start = position
            if base[start] != UInt8(ascii: "<") {
                let rest = UnsafeRawPointer(base + start)
                if let hit = memchr(rest, Int32(UInt8(ascii: "<")), count - start) {
                    let end = start + (UnsafeRawPointer(hit) - rest)
                    position = end
                    return XMLToken(kind: .text, start: start, end: end)
                }
                guard isFinal else { return nil }
                position = count
                return XMLToken(kind: .text, start: start, end: count)
            }
            guard start + 1 < count else { return try cutOff(isFinal) }
            let second = base[start + 1]
            if second == UInt8(ascii: "?") {
                // A processing instruction or the XML declaration: skipped.
                guard let end = find(base, count, from: start + 2, "?>") else { return try cutOff(isFinal) }
                position = end + 2
                continue
            }
            if second == UInt8(ascii: "!") {
                if hasPrefix(base, count, at: start, "<!--") {
                    guard let end = find(base, count, from: start + 4, "-->") else { return try cutOff(isFinal) }
                    position = end + 3
                    continue
                }
                if hasPrefix(base, count, at: start, "<![CDATA[") {
                    guard let end = find(base, count, from: start + 9, "]]>") else { return try cutOff(isFinal) }
                    position = end + 3
                    return XMLToken(kind: .cdata, start: start + 9, end: end)
                }
                if start + 9 > count && !isFinal { return nil }
                // <!DOCTYPE, <!ENTITY, <!ELEMENT …: a DTD, never accepted.
                throw XMLSafety.declaration(in: partName)
            }
            // A tag: find its closing '>' outside quoted attribute values. Names and most values are letters
            // (0x40 and above), passed over by one comparison; a quote skips to its partner.
            var index = start + 1
            while index < count {
                let byte = base[index]
                if byte >= 0x40 || (Self.tagSpecials >> UInt64(byte)) & 1 == 0 { index += 1; continue }
                if byte == UInt8(ascii: ">") { break }
                index += 1
                while index < count && base[index] != byte { index += 1 }
                index += 1
            }
            guard index < count else { return try cutOff(isFinal) }
            position = index + 1
            if second == UInt8(ascii: "/") {
                var nameEnd = start + 2
                while nameEnd < index, !isNameEnd(base[nameEnd]) { nameEnd += 1 }
                depth -= 1
                return XMLToken(kind: .endTag, start: localNameStart(base, start + 2, nameEnd), end: nameEnd)
            }
            let isEmpty = base[index - 1] == UInt8(ascii: "/")
            let bodyEnd = isEmpty ? index - 1 : index
            var nameEnd = start + 1
            while nameEnd < bodyEnd, !isNameEnd(base[nameEnd]) { nameEnd += 1 }
            if depth + 1 > maxDepth { throw XMLSafety.tooDeep(in: partName, limit: maxDepth) }
            if !isEmpty { depth += 1 }
            return XMLToken(kind: isEmpty ? .emptyTag : .startTag, start: localNameStart(base, start + 1, nameEnd), end: nameEnd,
                            attributesStart: nameEnd, attributesEnd: bodyEnd)
        }
        return nil
    }

    /// Bytes below 0x40 that end a tag's plain run: `"`, `'` and `>`, as a bit set.
    private static let tagSpecials: UInt64 = 1 << 0x22 | 1 << 0x27 | 1 << 0x3E

    private func cutOff(_ isFinal: Bool) throws -> XMLToken? {
        if isFinal { throw XMLSafety.truncated(partName) }
        return nil
    }

    private func isNameEnd(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == UInt8(ascii: "/") || byte == UInt8(ascii: ">")
    }

    private func localNameStart(_ base: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        var index = end
        while index > start {
            if base[index - 1] == UInt8(ascii: ":") { return index }
            index -= 1
        }
        return start
    }

    private func hasPrefix(_ base: UnsafePointer<UInt8>, _ count: Int, at start: Int, _ literal: StaticString) -> Bool {
        let length = literal.utf8CodeUnitCount
        guard start + length <= count else { return false }
        return memcmp(base + start, literal.utf8Start, length) == 0
    }

    private func find(_ base: UnsafePointer<UInt8>, _ count: Int, from: Int, _ literal: StaticString) -> Int? {
        let length = literal.utf8CodeUnitCount
        guard from + length <= count else { return nil }
        let first = Int32(literal.utf8Start.pointee)
        var index = from
        while index + length <= count {
            guard let hit = memchr(base + index, first, count - index) else { return nil }
            let at = UnsafePointer<UInt8>(hit.assumingMemoryBound(to: UInt8.self)) - base
            if at + length > count { return nil }
            if memcmp(base + at, literal.utf8Start, length) == 0 { return at }
            index = at + 1
        }
        return nil
    }
}
