#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The bytes a token points into, with the helpers a part reader needs to look at names and attributes.
struct XMLWindow {
    let base: UnsafePointer<UInt8>

    /// Whether the token's local name is exactly `literal`.
    @inline(__always)
    func name(of token: XMLToken, is literal: StaticString) -> Bool {
        let length = literal.utf8CodeUnitCount
        return token.end - token.start == length && memcmp(base + token.start, literal.utf8Start, length) == 0
    }

    /// Calls `body` with each attribute's local name and raw (still encoded) value range.
    func forEachAttribute(of token: XMLToken, _ body: (_ name: UnsafeBufferPointer<UInt8>, _ valueStart: Int, _ valueEnd: Int) throws -> Void) rethrows {
        var index = token.attributesStart
        let end = token.attributesEnd
        while index < end {
            while index < end && XMLText.isSpace(base[index]) { index += 1 }
            let nameStart = index
            while index < end && base[index] != UInt8(ascii: "=") && !XMLText.isSpace(base[index]) { index += 1 }
            let nameEnd = index
            while index < end && base[index] != UInt8(ascii: "\"") && base[index] != UInt8(ascii: "'") { index += 1 }
            guard index < end else { return }
            let quote = base[index]
            index += 1
            let valueStart = index
            while index < end && base[index] != quote { index += 1 }
            let valueEnd = index
            index += 1
            var localStart = nameStart
            for position in nameStart..<nameEnd where base[position] == UInt8(ascii: ":") { localStart = position + 1 }
            try body(UnsafeBufferPointer(start: base + localStart, count: nameEnd - localStart), valueStart, valueEnd)
        }
    }

    /// The decoded value of the attribute with this local name (the first one, whatever its prefix).
    func attribute(_ localName: StaticString, of token: XMLToken) -> String? {
        var result: String?
        forEachAttribute(of: token) { name, start, end in
            if result == nil && name.elementsEqual(UnsafeBufferPointer(start: localName.utf8Start, count: localName.utf8CodeUnitCount)) {
                result = string(start, end)
            }
        }
        return result
    }

    /// The decoded text of `base[start..<end]`.
    func string(_ start: Int, _ end: Int) -> String {
        var bytes: [UInt8] = []
        XMLText.appendDecoded(base, start, end, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// Runs the tokenizer over one zip part as it inflates, chunk by chunk, keeping only the unfinished tail of
/// each chunk: a worksheet is never held whole in memory.
enum XMLPartScanner {
    /// Calls `handle` with each token of the part, in order. `chunkSize` is how much is inflated at a time.
    static func scan(_ archive: ZipArchive, _ entry: ZipArchive.Entry, limits: SafetyLimits, chunkSize: Int = 1 << 18,
                     _ handle: (XMLToken, XMLWindow) throws -> Void) throws {
        var tokenizer = XMLTokenizer(maxDepth: limits.maxXMLDepth, partName: entry.name)
        var carry: [UInt8] = []
        // No token of a sane part is near this long (a cell's text, entities included, is under 330 KB);
        // the cap also bounds the rescans of an unfinished token as chunks arrive, so nothing can hang.
        let maxToken = (1 << 20) + limits.maxCellCharacters * 16
        try archive.stream(entry, chunkSize: chunkSize) { chunk in
            if carry.isEmpty {
                let used = try drain(chunk, &tokenizer, isFinal: false, handle)
                if used < chunk.count { carry.append(contentsOf: UnsafeRawBufferPointer(rebasing: chunk[used...])) }
            } else {
                carry.append(contentsOf: chunk)
                if carry.count > maxToken { throw XMLSafety.tokenTooLong(in: entry.name, limit: maxToken) }
                let used = try carry.withUnsafeBytes { try drain($0, &tokenizer, isFinal: false, handle) }
                carry.removeFirst(used)
            }
        }
        if !carry.isEmpty { _ = try carry.withUnsafeBytes { try drain($0, &tokenizer, isFinal: true, handle) } }
    }

    /// Hands every complete token of `buffer` to `handle`; returns how many bytes were consumed.
    private static func drain(_ buffer: UnsafeRawBufferPointer, _ tokenizer: inout XMLTokenizer, isFinal: Bool,
                              _ handle: (XMLToken, XMLWindow) throws -> Void) throws -> Int {
        guard let base = buffer.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return 0 }
        let window = XMLWindow(base: base)
        tokenizer.resetWindow()
        while let token = try tokenizer.next(in: buffer, isFinal: isFinal) { try handle(token, window) }
        return tokenizer.position
    }
}

/// The unreadable-file errors of XML parts, each naming the limit it enforces.
enum XMLSafety {
    static func declaration(in part: String) -> UnreadableFile {
        UnreadableFile(vi: "Phần \(part) chứa khai báo DTD/ENTITY: không được phép, tệp bị từ chối.",
                       en: "Part \(part) holds a DTD or entity declaration, which is never accepted.", limit: "dtd")
    }

    static func tooDeep(in part: String, limit: Int) -> UnreadableFile {
        UnreadableFile(vi: "Phần \(part) lồng thẻ XML sâu hơn giới hạn \(limit) cấp.",
                       en: "Part \(part) nests XML elements deeper than the \(limit)-level limit.", limit: "maxXMLDepth")
    }

    static func tokenTooLong(in part: String, limit: Int) -> UnreadableFile {
        UnreadableFile(vi: "Phần \(part) có một thẻ hoặc đoạn văn bản XML dài hơn \(limit / 1024) KiB: tệp bị từ chối.",
                       en: "Part \(part) holds an XML tag or text run longer than \(limit / 1024) KiB: the file is refused.",
                       limit: "xmlTokenBytes")
    }

    static func truncated(_ part: String) -> UnreadableFile {
        UnreadableFile(vi: "Phần \(part) bị cắt cụt (XML không trọn vẹn).", en: "Part \(part) is truncated (incomplete XML).")
    }
}
