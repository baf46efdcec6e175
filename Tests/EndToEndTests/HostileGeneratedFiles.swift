import Foundation

/// Hostile files too big to commit, built at test time: a 64 MiB field, and zip bombs made of a crafted
/// deflate stream (megabytes on disk, gigabytes inflated).
enum HostileGenerated {
    static let header = "STT,Loại,Họ và tên,Hình thức đề nghị khen thưởng\n"

    /// A CSV whose third field of the first data row is `fieldBytes` letters long.
    static func longField(bytes fieldBytes: Int) -> Data {
        var data = Data((header + "1,Cá nhân,").utf8)
        data.append(Data(repeating: UInt8(ascii: "a"), count: fieldBytes))
        data.append(Data(",Giấy khen\n".utf8))
        return data
    }

    /// A CSV whose only record has 16,384 fields (Excel's column limit), none of them a header.
    static func wideCSV(columns: Int) -> Data {
        Data(((0..<columns).map { "c\($0)" }.joined(separator: ",") + "\n").utf8)
    }

    /// An xlsx whose worksheet inflates to `inflatedBytes` (about) of spaces after `<sheetData>`, while its
    /// directory declares `declaredBytes`: honest (the real size) or lying (far less).
    static func zipBomb(inflatedBytes: Int, declaredBytes: Int?) -> Data {
        let prefix = Data(#"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData> "#.utf8)
        let (stream, size) = Deflate.spaces(after: prefix, totalBytes: inflatedBytes)
        var zip = ZipBuilder()
        zip.addStored("[Content_Types].xml", Data(#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>"#.utf8))
        zip.addStored("_rels/.rels", Data(#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#.utf8))
        zip.addStored("xl/workbook.xml", Data(#"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>"#.utf8))
        zip.addStored("xl/_rels/workbook.xml.rels", Data(#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#.utf8))
        // The CRC of gigabytes of spaces is not worth computing: a reader must stop long before checking it.
        zip.addDeflated("xl/worksheets/sheet1.xml", stream: stream, uncompressedSize: declaredBytes ?? size, crc: 0)
        return zip.finish()
    }
}

/// Deflate streams written bit by bit (RFC 1951).
enum Deflate {
    /// `prefix` in a stored block, then fixed-Huffman blocks of back-references (length 258, distance 1)
    /// repeating its last byte until about `totalBytes`. Each repeat block is a whole number of bytes, so one
    /// block is built and copied. Returns the stream and the exact inflated size.
    static func spaces(after prefix: Data, totalBytes: Int) -> (Data, Int) {
        var stream = Data([0b000])  // BFINAL 0, BTYPE 00 (stored), padded to the byte
        let length = UInt16(prefix.count)
        stream.append(contentsOf: [UInt8(length & 0xFF), UInt8(length >> 8), UInt8(~length & 0xFF), UInt8(~length >> 8)])
        stream.append(prefix)
        // 3 header bits + 13 bits a match + 7 bits end of block ≡ 0 (mod 8) when matches ≡ 6 (mod 8).
        let matches = 65_534
        var block = BitWriter()
        block.bits(0, count: 1)  // BFINAL
        block.bits(1, count: 2)  // BTYPE 01: fixed Huffman
        for _ in 0..<matches {
            block.huffman(0b1100_0101, length: 8)  // literal/length 285: length 258
            block.huffman(0, length: 5)            // distance code 0: distance 1
        }
        block.huffman(0, length: 7)  // 256: end of block
        let blockBytes = block.finish()
        let perBlock = matches * 258
        let blocks = max(1, (totalBytes - prefix.count) / perBlock)
        for _ in 0..<blocks { stream.append(blockBytes) }
        var last = BitWriter()
        last.bits(1, count: 1)
        last.bits(1, count: 2)
        last.huffman(0, length: 7)
        stream.append(last.finish())
        return (stream, prefix.count + blocks * perBlock)
    }

    struct BitWriter {
        private var bytes: [UInt8] = []
        private var used = 0
        /// Writes `count` bits of `value`, least significant first (header fields, extra bits).
        mutating func bits(_ value: Int, count: Int) {
            for i in 0..<count { put((value >> i) & 1) }
        }
        /// Writes a Huffman code, most significant bit first.
        mutating func huffman(_ code: Int, length: Int) {
            for i in (0..<length).reversed() { put((code >> i) & 1) }
        }
        private mutating func put(_ bit: Int) {
            if used == 0 { bytes.append(0) }
            bytes[bytes.count - 1] |= UInt8(bit) << used
            used = (used + 1) % 8
        }
        func finish() -> Data { Data(bytes) }
    }
}

/// A zip written by hand, so that its directory can say what a test wants.
struct ZipBuilder {
    private var body = Data()
    private var directory = Data()
    private var count = 0

    mutating func addStored(_ name: String, _ data: Data) {
        add(name, method: 0, payload: data, uncompressedSize: data.count, crc: CRC32.of(data))
    }

    mutating func addDeflated(_ name: String, stream: Data, uncompressedSize: Int, crc: UInt32) {
        add(name, method: 8, payload: stream, uncompressedSize: uncompressedSize, crc: crc)
    }

    private mutating func add(_ name: String, method: UInt16, payload: Data, uncompressedSize: Int, crc: UInt32) {
        let nameBytes = Data(name.utf8)
        let offset = UInt32(body.count)
        var local = Data()
        local.le32(0x0403_4B50); local.le16(20); local.le16(0); local.le16(method); local.le16(0); local.le16(0x5B81)
        local.le32(crc); local.le32(UInt32(payload.count)); local.le32(UInt32(truncatingIfNeeded: uncompressedSize))
        local.le16(UInt16(nameBytes.count)); local.le16(0)
        body.append(local); body.append(nameBytes); body.append(payload)
        var central = Data()
        central.le32(0x0201_4B50); central.le16(20); central.le16(20); central.le16(0); central.le16(method); central.le16(0)
        central.le16(0x5B81); central.le32(crc); central.le32(UInt32(payload.count))
        central.le32(UInt32(truncatingIfNeeded: uncompressedSize)); central.le16(UInt16(nameBytes.count))
        central.le16(0); central.le16(0); central.le16(0); central.le16(0); central.le32(0); central.le32(offset)
        directory.append(central); directory.append(nameBytes)
        count += 1
    }

    func finish() -> Data {
        var end = Data()
        end.le32(0x0605_4B50); end.le16(0); end.le16(0); end.le16(UInt16(count)); end.le16(UInt16(count))
        end.le32(UInt32(directory.count)); end.le32(UInt32(body.count)); end.le16(0)
        return body + directory + end
    }
}

/// CRC-32 (IEEE), for the stored parts of a hand-written zip.
enum CRC32 {
    static let table: [UInt32] = (0..<256).map { n in
        (0..<8).reduce(UInt32(n)) { c, _ in c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
    }
    static func of(_ data: Data) -> UInt32 {
        ~data.reduce(~UInt32(0)) { table[Int(($0 ^ UInt32($1)) & 0xFF)] ^ ($0 >> 8) }
    }
}

extension Data {
    mutating func le16(_ value: UInt16) { append(contentsOf: [UInt8(value & 0xFF), UInt8(value >> 8)]) }
    mutating func le32(_ value: UInt32) { (0..<4).forEach { append(UInt8((value >> (8 * $0)) & 0xFF)) } }
}
