/// The record types of BIFF5/BIFF8 the reader acts on ([MS-XLS] 2.3); every other record is skipped.
enum BIFFRecordType {
    static let eof: UInt16 = 0x000A
    static let filePass: UInt16 = 0x002F
    static let codePage: UInt16 = 0x0042
    static let dateMode: UInt16 = 0x0022
    static let `continue`: UInt16 = 0x003C
    static let font: UInt16 = 0x0031
    static let format: UInt16 = 0x041E
    static let xf: UInt16 = 0x00E0
    static let boundSheet: UInt16 = 0x0085
    static let sst: UInt16 = 0x00FC
    static let bof: UInt16 = 0x0809
    static let dimensions: UInt16 = 0x0200
    static let number: UInt16 = 0x0203
    static let label: UInt16 = 0x0204
    static let boolErr: UInt16 = 0x0205
    static let string: UInt16 = 0x0207
    static let rk: UInt16 = 0x027E
    static let labelSST: UInt16 = 0x00FD
    static let mulRK: UInt16 = 0x00BD
    static let rString: UInt16 = 0x00D6
    static let formula: UInt16 = 0x0006
    static let mergedCells: UInt16 = 0x00E5
    /// BOF records of BIFF2, BIFF3 and BIFF4, whose other records have layouts this reader does not know.
    static let oldBOFs: Set<UInt16> = [0x0009, 0x0209, 0x0409]
}

/// One record of a BIFF stream: its type, where its body lies in the stream, and where the `CONTINUE`
/// records that follow it end (equal to the body's end when there are none).
struct BIFFRecord {
    var type: UInt16
    /// Offset of the record's 4-byte header in the stream.
    var start: Int
    var body: Range<Int>
    /// End of the last `CONTINUE` record that directly follows this one.
    var continuationEnd: Int
}

/// A damaged stream: a record that claims more bytes than are left.
struct BIFFTruncated: Error {}

/// Walks the records of the Workbook stream from a position, each record with its `CONTINUE` records
/// grouped under it. A record whose length runs past the end of the stream is an error, never a crash.
struct BIFFRecordStream {
    let bytes: [UInt8]
    private(set) var position: Int

    init(bytes: [UInt8], from position: Int) {
        self.bytes = bytes
        self.position = position
    }

    /// The next record, or `nil` at the end of the stream (fewer than 4 bytes left: the zero padding after
    /// the last record counts as the end).
    mutating func next() throws(BIFFTruncated) -> BIFFRecord? {
        guard let (type, body) = try header(at: position) else { return nil }
        let start = position
        position = body.upperBound
        while let (nextType, nextBody) = try header(at: position), nextType == BIFFRecordType.continue {
            position = nextBody.upperBound
        }
        return BIFFRecord(type: type, start: start, body: body, continuationEnd: position)
    }

    /// The type and body of the record whose header is at `offset`.
    func header(at offset: Int) throws(BIFFTruncated) -> (UInt16, Range<Int>)? {
        guard offset >= 0, offset + 4 <= bytes.count else { return nil }
        let type = UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8
        let length = Int(bytes[offset + 2]) | Int(bytes[offset + 3]) << 8
        let end = offset + 4 + length
        guard end <= bytes.count else { throw BIFFTruncated() }
        return (type, (offset + 4)..<end)
    }
}

/// Little-endian reads inside one record body that return `nil` rather than reading past its end.
struct BIFFBody {
    let bytes: [UInt8]
    let range: Range<Int>

    var count: Int { range.count }

    func u8(_ offset: Int) -> UInt8? {
        guard offset >= 0, offset < range.count else { return nil }
        return bytes[range.lowerBound + offset]
    }

    func u16(_ offset: Int) -> UInt16? {
        guard offset >= 0, offset + 2 <= range.count else { return nil }
        let base = range.lowerBound + offset
        return UInt16(bytes[base]) | UInt16(bytes[base + 1]) << 8
    }

    func u32(_ offset: Int) -> UInt32? {
        guard let low = u16(offset), let high = u16(offset + 2) else { return nil }
        return UInt32(low) | UInt32(high) << 16
    }

    func f64(_ offset: Int) -> Double? {
        guard let low = u32(offset), let high = u32(offset + 4) else { return nil }
        return Double(bitPattern: UInt64(low) | UInt64(high) << 32)
    }

    /// The bytes from `offset` to the end of the body (empty when `offset` is past it).
    func tail(from offset: Int) -> Range<Int> {
        let start = min(range.lowerBound + max(offset, 0), range.upperBound)
        return start..<range.upperBound
    }
}

/// Reads across a record body and its `CONTINUE` records as one sequence, the way long strings and the
/// shared-string table are stored. Characters of a string split by a `CONTINUE` record resume after a
/// fresh option byte (compressed or UTF-16) at the start of the new record ([MS-XLS] 2.5.294).
struct BIFFContinuedReader {
    let bytes: [UInt8]
    /// The segment being read and the end of the whole continued record.
    private var segment: Range<Int>
    private let end: Int

    init(record: BIFFRecord, bytes: [UInt8], skipping prefix: Int = 0) {
        self.bytes = bytes
        self.end = record.continuationEnd
        let start = min(record.body.lowerBound + prefix, record.body.upperBound)
        self.segment = start..<record.body.upperBound
    }

    /// Whether every segment has been read.
    var isAtEnd: Bool { segment.isEmpty && !hasNextSegment }

    private var hasNextSegment: Bool { segment.upperBound + 4 <= end }

    /// Moves to the body of the next `CONTINUE` record; `false` when there is none.
    private mutating func advanceSegment() -> Bool {
        let headerStart = segment.upperBound
        guard headerStart + 4 <= end else { return false }
        let length = Int(bytes[headerStart + 2]) | Int(bytes[headerStart + 3]) << 8
        let bodyEnd = min(headerStart + 4 + length, end)
        segment = (headerStart + 4)..<bodyEnd
        return true
    }

    mutating func u8() -> UInt8? {
        while segment.isEmpty { guard advanceSegment() else { return nil } }
        let value = bytes[segment.lowerBound]
        segment = (segment.lowerBound + 1)..<segment.upperBound
        return value
    }

    mutating func u16() -> UInt16? {
        guard let low = u8(), let high = u8() else { return nil }
        return UInt16(low) | UInt16(high) << 8
    }

    mutating func u32() -> UInt32? {
        guard let low = u16(), let high = u16() else { return nil }
        return UInt32(low) | UInt32(high) << 16
    }

    /// Skips `count` bytes (formatting runs, phonetic data) wherever they fall; `false` if the record ends first.
    mutating func skip(_ count: Int) -> Bool {
        var remaining = count
        while remaining > 0 {
            while segment.isEmpty { guard advanceSegment() else { return false } }
            let step = min(remaining, segment.count)
            segment = (segment.lowerBound + step)..<segment.upperBound
            remaining -= step
        }
        return true
    }

    /// Appends `count` characters as UTF-16 code units, one byte each when compressed; in BIFF8 a split into
    /// the next `CONTINUE` record rereads the option byte (BIFF5 has none). Returns `false` if the record
    /// ends first.
    mutating func characters(_ count: Int, compressed: Bool, optionByteAtSplit: Bool = true,
                             into units: inout [UInt16]) -> Bool {
        var remaining = count
        var isCompressed = compressed
        while remaining > 0 {
            if segment.isEmpty {
                guard advanceSegment(), !segment.isEmpty else { return false }
                if optionByteAtSplit {
                    isCompressed = bytes[segment.lowerBound] & 0x01 == 0
                    segment = (segment.lowerBound + 1)..<segment.upperBound
                }
                continue
            }
            let width = isCompressed ? 1 : 2
            let available = min(remaining, segment.count / width)
            if available == 0 { return false } // half a UTF-16 unit at a record's end: damaged
            var offset = segment.lowerBound
            if isCompressed {
                for _ in 0..<available { units.append(UInt16(bytes[offset])); offset += 1 }
            } else {
                for _ in 0..<available { units.append(UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8); offset += 2 }
            }
            segment = offset..<segment.upperBound
            remaining -= available
        }
        return true
    }
}
