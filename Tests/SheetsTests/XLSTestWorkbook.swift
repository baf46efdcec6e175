import CGsf
import Foundation

/// Little-endian bytes for hand-built BIFF records.
enum LE {
    static func u16(_ value: Int) -> [UInt8] { [UInt8(value & 0xFF), UInt8((value >> 8) & 0xFF)] }
    static func u32(_ value: Int) -> [UInt8] { u16(value & 0xFFFF) + u16((value >> 16) & 0xFFFF) }
    static func f64(_ value: Double) -> [UInt8] {
        let bits = value.bitPattern
        return (0..<8).map { UInt8((bits >> (8 * UInt64($0))) & 0xFF) }
    }
    /// UTF-16LE code units of `text`.
    static func utf16(_ text: String) -> [UInt8] { text.utf16.flatMap { u16(Int($0)) } }
}

/// One BIFF record: type and body.
struct TestRecord {
    var type: UInt16
    var body: [UInt8]
    init(_ type: UInt16, _ body: [UInt8]) { self.type = type; self.body = body }
    var bytes: [UInt8] { LE.u16(Int(type)) + LE.u16(body.count) + body }
}

/// Builds small workbooks record by record (BIFF8 by default, BIFF5 on request), so that tests can state
/// exactly what the file holds, including what Excel never writes: lying lengths, absurd dimensions.
struct TestWorkbook {
    struct TestSheet {
        var name: String
        var hidden = false
        var records: [TestRecord]
    }

    var isBIFF8 = true
    /// Font names in record order; index 4 is skipped by XF references (BIFF's quirk).
    var fonts = ["Arial", "Arial", "Arial", "Arial", ".VnTime"]
    /// XF records as (font index, format index).
    var styles: [(font: Int, format: Int)] = [(0, 0), (5, 0), (0, 14), (0, 164), (0, 165), (0, 166), (0, 167), (0, 22)]
    /// Custom formats by id.
    var formats: [(id: Int, code: String)] = [(164, "dd/mm/yyyy"), (165, "h:mm"), (166, "[h]:mm:ss"), (167, "\"Ngày\" 0")]
    /// Records placed among the globals before the sheets (FILEPASS, DATEMODE, CODEPAGE …).
    var extraGlobals: [TestRecord] = []
    /// The SST record and its CONTINUE records, when the test needs one.
    var sharedStrings: [TestRecord] = []
    var sheets: [TestSheet] = []

    /// The workbook stream: globals with each BOUNDSHEET pointing at its sheet's BOF.
    func stream() -> [UInt8] {
        var head = bof(kind: 0x0005)
        for record in extraGlobals { head += record.bytes }
        for name in fonts { head += TestRecord(0x0031, [UInt8](repeating: 0, count: 14) + shortString(name)).bytes }
        for format in formats { head += TestRecord(0x041E, LE.u16(format.id) + longString(format.code)).bytes }
        for style in styles {
            head += TestRecord(0x00E0, LE.u16(style.font) + LE.u16(style.format) + [UInt8](repeating: 0, count: isBIFF8 ? 16 : 12)).bytes
        }
        let boundSheetSizes = sheets.map { 4 + 6 + shortString($0.name).count }
        var tail: [UInt8] = []
        for record in sharedStrings { tail += record.bytes }
        tail += TestRecord(0x000A, []).bytes
        var offset = head.count + boundSheetSizes.reduce(0, +) + tail.count
        var sheetBytes: [UInt8] = []
        for sheet in sheets {
            head += TestRecord(0x0085, LE.u32(offset) + [sheet.hidden ? 1 : 0, 0] + shortString(sheet.name)).bytes
            var body = bof(kind: 0x0010)
            for record in sheet.records { body += record.bytes }
            body += TestRecord(0x000A, []).bytes
            sheetBytes += body
            offset += body.count
        }
        return head + tail + sheetBytes
    }

    /// The workbook as an OLE2 compound file written by libgsf, its stream named `streamName`
    /// (`Workbook` for BIFF8, `Book` for BIFF5 unless a test says otherwise).
    func fileBytes(streamName: String? = nil) -> Data {
        Self.compoundFile(stream: stream(), name: streamName ?? (isBIFF8 ? "Workbook" : "Book"))
    }

    /// Wraps `stream` in a compound file as its only stream.
    static func compoundFile(stream: [UInt8], name: String) -> Data {
        gsf_init()
        guard let sink = gsf_output_memory_new(), let outfile = gsf_outfile_msole_new(sink),
              let child = gsf_outfile_new_child(outfile, name, 0) else { return Data() }
        _ = stream.withUnsafeBufferPointer { gsf_output_write(child, $0.count, $0.baseAddress) }
        gsf_output_close(child)
        g_object_unref(UnsafeMutableRawPointer(child))
        gsf_output_close(UnsafeMutablePointer<GsfOutput>(outfile))
        g_object_unref(UnsafeMutableRawPointer(outfile))
        let size = Int(gsf_output_size(sink))
        let data = gsf_output_memory_get_bytes(OpaquePointer(sink)).map { Data(bytes: $0, count: size) } ?? Data()
        g_object_unref(UnsafeMutableRawPointer(sink))
        return data
    }

    private func bof(kind: Int) -> [UInt8] {
        let version = isBIFF8 ? 0x0600 : 0x0500
        let body = LE.u16(version) + LE.u16(kind) + LE.u16(0x0DBB) + LE.u16(0x07CC) + (isBIFF8 ? LE.u32(0) + LE.u32(6) : [])
        return TestRecord(0x0809, body).bytes
    }

    /// A string with an 8-bit length: BIFF8 UTF-16 with its option byte, BIFF5 Latin-1 bytes.
    func shortString(_ text: String) -> [UInt8] {
        isBIFF8 ? [UInt8(text.utf16.count), 1] + LE.utf16(text) : [UInt8(text.unicodeScalars.count)] + latin1(text)
    }

    /// A string with a 16-bit length (LABEL, STRING, BIFF8 FORMAT); BIFF5 FORMAT uses `shortString`.
    func longString(_ text: String) -> [UInt8] {
        isBIFF8 ? LE.u16(text.utf16.count) + [1] + LE.utf16(text) : [UInt8(text.unicodeScalars.count)] + latin1(text)
    }

    private func latin1(_ text: String) -> [UInt8] { text.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) } }
}

/// Cell records of BIFF8 at 0-based `row`, `column` with style `xf`.
enum TestCells {
    static func number(_ row: Int, _ column: Int, _ value: Double, xf: Int = 0) -> TestRecord {
        TestRecord(0x0203, LE.u16(row) + LE.u16(column) + LE.u16(xf) + LE.f64(value))
    }
    static func rk(_ row: Int, _ column: Int, _ raw: Int, xf: Int = 0) -> TestRecord {
        TestRecord(0x027E, LE.u16(row) + LE.u16(column) + LE.u16(xf) + LE.u32(raw))
    }
    static func mulRK(_ row: Int, _ firstColumn: Int, _ raws: [Int], xf: Int = 0) -> TestRecord {
        TestRecord(0x00BD, LE.u16(row) + LE.u16(firstColumn) + raws.flatMap { LE.u16(xf) + LE.u32($0) }
            + LE.u16(firstColumn + raws.count - 1))
    }
    static func labelSST(_ row: Int, _ column: Int, _ index: Int, xf: Int = 0) -> TestRecord {
        TestRecord(0x00FD, LE.u16(row) + LE.u16(column) + LE.u16(xf) + LE.u32(index))
    }
    static func label(_ row: Int, _ column: Int, _ body: [UInt8], xf: Int = 0) -> TestRecord {
        TestRecord(0x0204, LE.u16(row) + LE.u16(column) + LE.u16(xf) + body)
    }
    static func boolErr(_ row: Int, _ column: Int, _ value: Int, isError: Bool, xf: Int = 0) -> TestRecord {
        TestRecord(0x0205, LE.u16(row) + LE.u16(column) + LE.u16(xf) + [UInt8(value), isError ? 1 : 0])
    }
    /// A FORMULA with an 8-byte cached result and an empty token list.
    static func formula(_ row: Int, _ column: Int, result: [UInt8], xf: Int = 0) -> TestRecord {
        TestRecord(0x0006, LE.u16(row) + LE.u16(column) + LE.u16(xf) + result + LE.u16(0) + LE.u32(0) + LE.u16(0))
    }
    /// The cached result of a non-number formula: 0 string, 1 boolean, 2 error, 3 empty.
    static func special(_ kind: UInt8, _ value: UInt8 = 0) -> [UInt8] { [kind, 0, value, 0, 0, 0, 0xFF, 0xFF] }
    static func dimensions(rows: Int, columns: Int) -> TestRecord {
        TestRecord(0x0200, LE.u32(0) + LE.u32(rows) + LE.u16(0) + LE.u16(columns) + LE.u16(0))
    }
    static func merged(_ ranges: [(Int, Int, Int, Int)]) -> TestRecord {
        TestRecord(0x00E5, LE.u16(ranges.count) + ranges.flatMap { LE.u16($0.0) + LE.u16($0.1) + LE.u16($0.2) + LE.u16($0.3) })
    }
}
