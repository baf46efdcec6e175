/// A byte-level RFC 4180 scanner over UTF-8: quoted fields, doubled quotes, line breaks inside quotes, and
/// CRLF, LF or CR between records. It never builds a string itself and stops at the first broken limit, so a
/// hostile file (one 64 MB field, a million columns) costs bounded memory.
struct CSVScanner {
    let delimiter: UInt8
    let limits: SafetyLimits

    static let quote = UInt8(ascii: "\"")
    static let carriageReturn = UInt8(ascii: "\r")
    static let lineFeed = UInt8(ascii: "\n")

    /// Walks every record. `onField(record, column, bytes)` is called for each non-empty field (the bytes are
    /// only valid during the call, quotes already removed); `onRecordEnd(record)` after each record, blank
    /// ones included. Records and columns count from 1.
    func scan(
        _ bytes: UnsafeBufferPointer<UInt8>,
        onField: (_ record: Int, _ column: Int, _ bytes: UnsafeBufferPointer<UInt8>) throws -> Void,
        onRecordEnd: (_ record: Int) throws -> Void
    ) throws {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return }
        let count = bytes.count
        var index = 0
        var record = 1
        let maxCharacters = limits.maxCellCharacters
        var scratch: [UInt8] = []
        while index < count {
            if record > limits.maxRows { throw CSVLimits.tooManyRows(limits) }
            var column = 0
            while true {
                column += 1
                if column > limits.maxColumns { throw CSVLimits.tooManyColumns(limits, record: record) }
                var characters = 0
                if base[index] == Self.quote {
                    // Quoted field: copy runs between quotes, a doubled quote stands for one quote; anything
                    // after the closing quote up to the delimiter is kept as typed (lenient, like Excel).
                    index += 1
                    scratch.removeAll(keepingCapacity: true)
                    while true {
                        let start = index
                        while index < count {
                            let byte = base[index]
                            if byte == Self.quote { break }
                            if byte & 0xC0 != 0x80 {
                                characters += byte >= 0xF0 ? 2 : 1
                                if characters > maxCharacters { throw CSVLimits.cellTooLong(limits, record: record, column: column) }
                            }
                            index += 1
                        }
                        scratch.append(contentsOf: UnsafeBufferPointer(start: base + start, count: index - start))
                        if index >= count { break }
                        if index + 1 < count, base[index + 1] == Self.quote {
                            characters += 1
                            if characters > maxCharacters { throw CSVLimits.cellTooLong(limits, record: record, column: column) }
                            scratch.append(Self.quote)
                            index += 2
                            continue
                        }
                        index += 1
                        break
                    }
                    let start = index
                    index = try unquotedEnd(base, from: index, count: count, characters: &characters, record: record, column: column)
                    scratch.append(contentsOf: UnsafeBufferPointer(start: base + start, count: index - start))
                    if !scratch.isEmpty {
                        try scratch.withUnsafeBufferPointer { try onField(record, column, $0) }
                    }
                } else {
                    let start = index
                    index = try unquotedEnd(base, from: index, count: count, characters: &characters, record: record, column: column)
                    if index > start {
                        try onField(record, column, UnsafeBufferPointer(start: base + start, count: index - start))
                    }
                }
                if index < count, base[index] == delimiter {
                    index += 1
                    if index == count {
                        // A trailing delimiter at the very end: one more (empty) field, then the end.
                        column += 1
                        if column > limits.maxColumns { throw CSVLimits.tooManyColumns(limits, record: record) }
                    } else {
                        continue
                    }
                }
                break
            }
            if index < count {
                if base[index] == Self.carriageReturn {
                    index += 1
                    if index < count, base[index] == Self.lineFeed { index += 1 }
                } else {
                    index += 1
                }
            }
            try onRecordEnd(record)
            record += 1
        }
    }

    /// The end of an unquoted run: the next delimiter, CR or LF, or the end of the bytes.
    @inline(__always)
    private func unquotedEnd(
        _ base: UnsafePointer<UInt8>, from start: Int, count: Int, characters: inout Int, record: Int, column: Int
    ) throws -> Int {
        var index = start
        while index < count {
            let byte = base[index]
            if byte == delimiter || byte == Self.carriageReturn || byte == Self.lineFeed { break }
            // Characters as Excel counts them (UTF-16 code units): one per UTF-8 lead byte, two for a 4-byte one.
            if byte & 0xC0 != 0x80 {
                characters += byte >= 0xF0 ? 2 : 1
                if characters > limits.maxCellCharacters { throw CSVLimits.cellTooLong(limits, record: record, column: column) }
            }
            index += 1
        }
        return index
    }
}

/// The safety-limit errors of the CSV reader, worded for a clerk.
enum CSVLimits {
    static func tooManyRows(_ limits: SafetyLimits) -> UnreadableFile {
        UnreadableFile(
            vi: "Tệp có hơn \(limits.maxRows) dòng.",
            en: "The file has more than \(limits.maxRows) records.", limit: "maxRows")
    }

    static func tooManyColumns(_ limits: SafetyLimits, record: Int) -> UnreadableFile {
        UnreadableFile(
            vi: "Dòng \(record) có hơn \(limits.maxColumns) cột.",
            en: "Record \(record) has more than \(limits.maxColumns) fields.", limit: "maxColumns")
    }

    static func cellTooLong(_ limits: SafetyLimits, record: Int, column: Int) -> UnreadableFile {
        UnreadableFile(
            vi: "Ô quá dài (dòng \(record), cột \(column)): hơn \(limits.maxCellCharacters) ký tự.",
            en: "A cell is too long (record \(record), column \(column)): over \(limits.maxCellCharacters) characters.",
            limit: "maxCellCharacters")
    }
}
