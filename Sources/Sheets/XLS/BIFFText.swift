#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Decodes the strings of a BIFF stream: BIFF8 stores UTF-16 or "compressed" strings (the low bytes of
/// UTF-16, that is Latin-1); BIFF5 stores 8-bit strings in the workbook's code page (the `CODEPAGE` record),
/// decoded with iconv.
struct BIFFTextDecoder: Sendable {
    /// Whether the stream is BIFF8 (Excel 97–2003) rather than BIFF5 (Excel 5/95).
    var isBIFF8: Bool
    /// The Windows code page of 8-bit strings (BIFF5 only); 1200 (UTF-16) makes them Latin-1.
    var codePage: Int

    /// Reads an 8- or 16-bit length and the string after it. With `extended`, the string is the shared-string
    /// table's kind ([MS-XLS] 2.5.293), whose formatting runs and phonetic data are skipped.
    /// `nil` when the record ends before the string does.
    func string(from reader: inout BIFFContinuedReader, lengthBytes: Int, extended: Bool = false) -> String? {
        let length: Int
        if lengthBytes == 1 {
            guard let byte = reader.u8() else { return nil }
            length = Int(byte)
        } else {
            guard let word = reader.u16() else { return nil }
            length = Int(word)
        }
        var units: [UInt16] = []
        units.reserveCapacity(length)
        guard isBIFF8 else {
            guard reader.characters(length, compressed: true, optionByteAtSplit: false, into: &units) else { return nil }
            return decode8Bit(units.map { UInt8(truncatingIfNeeded: $0) })
        }
        guard let options = reader.u8() else { return nil }
        var runCount = 0, phoneticBytes = 0
        if extended, options & 0x08 != 0 {
            guard let runs = reader.u16() else { return nil }
            runCount = Int(runs)
        }
        if extended, options & 0x04 != 0 {
            guard let size = reader.u32() else { return nil }
            phoneticBytes = Int(size)
        }
        guard reader.characters(length, compressed: options & 0x01 == 0, into: &units) else { return nil }
        if extended {
            guard reader.skip(runCount * 4), reader.skip(phoneticBytes) else { return nil }
        }
        return String(decoding: units, as: UTF16.self)
    }

    /// An 8-bit string in the workbook's code page. Text that iconv rejects (bytes the code page leaves
    /// undefined) falls back to Latin-1, so that nothing is dropped.
    func decode8Bit(_ bytes: [UInt8]) -> String {
        if bytes.allSatisfy({ $0 < 0x80 }) { return String(decoding: bytes, as: UTF8.self) }
        if let name = iconvName, let text = Self.iconvDecode(bytes, from: name) { return text }
        return String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) }))
    }

    /// The iconv name of the code page; `nil` for Latin-1 itself.
    private var iconvName: String? {
        switch codePage {
        case 1200, 28591: return nil
        case 367, 32769: return "CP1252" // "US-ASCII" files still carry Windows-1252 bytes
        case 10000, 32768: return "MACINTOSH"
        case 65001: return "UTF-8"
        default: return "CP\(codePage)"
        }
    }

    /// Converts `bytes` from `encoding` to a String, or `nil` when iconv does not know the encoding or the
    /// bytes are invalid in it. Windows-1258 goes through here whole so that glibc composes its combining
    /// tone marks.
    private static func iconvDecode(_ bytes: [UInt8], from encoding: String) -> String? {
        let descriptor = iconv_open("UTF-8", encoding)
        guard let descriptor, descriptor != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(descriptor) }
        var input = bytes.map { CChar(bitPattern: $0) }
        var output = [CChar](repeating: 0, count: bytes.count * 4 + 16)
        let produced: Int? = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer = inBuffer.baseAddress
                var inLeft = inBuffer.count
                var outPointer = outBuffer.baseAddress
                var outLeft = outBuffer.count
                let result = iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft)
                guard result != -1, inLeft == 0 else { return nil }
                // Flush: a stateful decoder (CP1258) may still hold the last letter, waiting for a tone mark.
                guard iconv(descriptor, nil, nil, &outPointer, &outLeft) != -1 else { return nil }
                return outBuffer.count - outLeft
            }
        }
        guard let produced else { return nil }
        return String(decoding: output[..<produced].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
