import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The text encodings a CSV or text file is read in, detected from its bytes rather than assumed.
enum TextEncoding: String, Sendable {
    case utf8 = "UTF-8"
    case utf8BOM = "UTF-8 BOM"
    case utf16LE = "UTF-16LE"
    case utf16BE = "UTF-16BE"
    case windows1258 = "Windows-1258"
}

/// A text file's bytes turned into UTF-8, with the encoding they were found in.
struct DecodedText {
    var encoding: TextEncoding
    /// Valid UTF-8, without a byte-order mark.
    var utf8: [UInt8]
}

/// Detects a text file's encoding and converts it to UTF-8, so that the CSV scanner only ever sees UTF-8.
enum TextDecoding {
    static let unreadableNUL = UnreadableFile(
        vi: "Tệp văn bản chứa byte NUL mà không phải UTF-16: không phải tệp CSV.",
        en: "The text file holds NUL bytes but is not UTF-16: it is not a CSV file.")

    /// Order of the checks: a byte-order mark; UTF-16 told by its NUL bytes; NUL bytes otherwise (unreadable);
    /// valid UTF-8; else Windows-1258 (Excel's "CSV" on a Vietnamese Windows).
    static func decode(_ data: Data) throws(UnreadableFile) -> DecodedText {
        let bytes = [UInt8](data)
        let hasNUL = bytes.withUnsafeBytes { raw in raw.baseAddress.map { memchr($0, 0, raw.count) != nil } ?? false }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            if hasNUL { throw unreadableNUL }
            let body = Array(bytes[3...])
            return DecodedText(encoding: .utf8BOM, utf8: validUTF8(body))
        }
        if bytes.starts(with: [0xFF, 0xFE]) {
            return DecodedText(encoding: .utf16LE, utf8: try utf16ToUTF8(bytes[2...], littleEndian: true))
        }
        if bytes.starts(with: [0xFE, 0xFF]) {
            return DecodedText(encoding: .utf16BE, utf8: try utf16ToUTF8(bytes[2...], littleEndian: false))
        }
        guard hasNUL else {
            if String(validating: bytes, as: UTF8.self) != nil {
                return DecodedText(encoding: .utf8, utf8: bytes)
            }
            return DecodedText(encoding: .windows1258, utf8: try windows1258ToUTF8(bytes))
        }
        switch guessUTF16ByNULs(bytes) {
        case .some(true): return DecodedText(encoding: .utf16LE, utf8: try utf16ToUTF8(bytes[...], littleEndian: true))
        case .some(false): return DecodedText(encoding: .utf16BE, utf8: try utf16ToUTF8(bytes[...], littleEndian: false))
        case .none: throw unreadableNUL
        }
    }

    /// UTF-16 without a byte-order mark shows as NUL bytes in every other position (ASCII letters, digits,
    /// spaces and delimiters have a zero high byte). `true` little-endian, `false` big-endian, `nil` neither.
    static func guessUTF16ByNULs(_ bytes: [UInt8]) -> Bool? {
        let sample = bytes.prefix(8192)
        let pairs = sample.count / 2
        guard pairs >= 2 else { return nil }
        var evenNULs = 0, oddNULs = 0
        for (offset, byte) in sample.enumerated() where byte == 0 {
            if offset % 2 == 0 { evenNULs += 1 } else { oddNULs += 1 }
        }
        if oddNULs * 10 >= pairs * 3, evenNULs * 20 <= oddNULs { return true }
        if evenNULs * 10 >= pairs * 3, oddNULs * 20 <= evenNULs { return false }
        return nil
    }

    /// Valid UTF-8 as is; otherwise invalid sequences replaced (a file that declares UTF-8 by its mark).
    static func validUTF8(_ bytes: [UInt8]) -> [UInt8] {
        if String(validating: bytes, as: UTF8.self) != nil { return bytes }
        return Array(String(decoding: bytes, as: UTF8.self).utf8)
    }

    /// UTF-16 code units to UTF-8; lone surrogates become U+FFFD, an odd last byte is dropped. A NUL
    /// character in the decoded text is as unreadable as a NUL byte in an 8-bit file.
    static func utf16ToUTF8(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) throws(UnreadableFile) -> [UInt8] {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let first = UInt16(bytes[index]), second = UInt16(bytes[index + 1])
            units.append(littleEndian ? first | second << 8 : first << 8 | second)
            index += 2
        }
        if units.contains(0) { throw unreadableNUL }
        return Array(String(decoding: units, as: UTF16.self).utf8)
    }

    /// Windows-1258 through iconv. Its tone marks are separate combining characters, so the text is composed
    /// to NFC: that is how the code page spells "ế", not a repair. Bytes the code page leaves undefined
    /// become U+FFFD.
    static func windows1258ToUTF8(_ bytes: [UInt8]) throws(UnreadableFile) -> [UInt8] {
        guard let converted = iconvToUTF8(bytes, from: "WINDOWS-1258") else {
            throw UnreadableFile(
                vi: "Không giải mã được tệp văn bản (Windows-1258).",
                en: "The text file could not be decoded (Windows-1258).")
        }
        let text = String(decoding: converted, as: UTF8.self)
        return Array(text.precomposedStringWithCanonicalMapping.utf8)
    }

    /// Converts `input` from the iconv encoding `from` to UTF-8 in bounded chunks; invalid or undefined
    /// bytes become U+FFFD. `nil` when iconv does not know the encoding.
    static func iconvToUTF8(_ input: [UInt8], from: String) -> [UInt8]? {
        let converter = iconv_open("UTF-8", from)
        guard let converter, converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        guard !input.isEmpty else { return [] }
        var result: [UInt8] = []
        result.reserveCapacity(input.count + input.count / 2)
        var source = input
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        source.withUnsafeMutableBufferPointer { sourceBuffer in
            chunk.withUnsafeMutableBufferPointer { chunkBuffer in
                guard let sourceBase = sourceBuffer.baseAddress, let chunkBase = chunkBuffer.baseAddress else { return }
                var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(sourceBase).assumingMemoryBound(to: CChar.self)
                var inLeft = sourceBuffer.count
                let outStart = UnsafeMutableRawPointer(chunkBase).assumingMemoryBound(to: CChar.self)
                func drain(_ outPointer: UnsafeMutablePointer<CChar>?) {
                    guard let outPointer else { return }
                    let produced = outStart.distance(to: outPointer)
                    result.append(contentsOf: UnsafeBufferPointer(start: chunkBase, count: produced))
                }
                var finished = false
                while !finished {
                    var outPointer: UnsafeMutablePointer<CChar>? = outStart
                    var outLeft = chunkBuffer.count
                    let status: Int
                    if inLeft > 0 {
                        status = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                    } else {
                        // Flush a base letter the converter holds back while it waits for a combining mark.
                        status = iconv(converter, nil, nil, &outPointer, &outLeft)
                        finished = true
                    }
                    let failure = status == -1 ? errno : 0
                    drain(outPointer)
                    if failure == EILSEQ || failure == EINVAL, inLeft > 0 {
                        // Out with a letter held back for a combining mark first, so the order is kept.
                        var flushPointer: UnsafeMutablePointer<CChar>? = outStart
                        var flushLeft = chunkBuffer.count
                        _ = iconv(converter, nil, nil, &flushPointer, &flushLeft)
                        drain(flushPointer)
                        result.append(contentsOf: [0xEF, 0xBF, 0xBD])
                        inPointer = inPointer.map { $0 + 1 }
                        inLeft -= 1
                    }
                }
            }
        }
        return result
    }
}
