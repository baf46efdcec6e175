import CGsf
import Foundation
@testable import Sheets

/// Little-endian bytes for hand-built BIFF records.
enum XLSBytes {
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
struct XLSTestRecord {
    var type: UInt16
    var body: [UInt8]
    init(_ type: UInt16, _ body: [UInt8]) { self.type = type; self.body = body }
    var bytes: [UInt8] { XLSBytes.u16(Int(type)) + XLSBytes.u16(body.count) + body }
}

/// Builds small workbooks record by record (BIFF8 by default, BIFF5 on request), so that tests can state
/// exactly what the file holds, including what Excel never writes: lying lengths, absurd dimensions.
struct XLSTestWorkbook {
    struct XLSTestSheet {
        var name: String
        var hidden = false
        var records: [XLSTestRecord]
    }

    var isBIFF8 = true
    /// Font names in record order; index 4 is skipped by XF references (BIFF's quirk).
    var fonts = ["Arial", "Arial", "Arial", "Arial", ".VnTime"]
    /// XF records as (font index, format index).
    var styles: [(font: Int, format: Int)] = [(0, 0), (5, 0), (0, 14), (0, 164), (0, 165), (0, 166), (0, 167), (0, 22)]
    /// Custom formats by id.
    var formats: [(id: Int, code: String)] = [(164, "dd/mm/yyyy"), (165, "h:mm"), (166, "[h]:mm:ss"), (167, "\"Ngày\" 0")]
    /// Records placed among the globals before the sheets (FILEPASS, DATEMODE, CODEPAGE …).
    var extraGlobals: [XLSTestRecord] = []
    /// The SST record and its CONTINUE records, when the test needs one.
    var sharedStrings: [XLSTestRecord] = []
    var sheets: [XLSTestSheet] = []

    /// The workbook stream: globals with each BOUNDSHEET pointing at its sheet's BOF.
    func stream() -> [UInt8] {
        var head = bof(kind: 0x0005)
        for record in extraGlobals { head += record.bytes }
        for name in fonts { head += XLSTestRecord(0x0031, [UInt8](repeating: 0, count: 14) + shortString(name)).bytes }
        for format in formats { head += XLSTestRecord(0x041E, XLSBytes.u16(format.id) + longString(format.code)).bytes }
        for style in styles {
            head += XLSTestRecord(0x00E0, XLSBytes.u16(style.font) + XLSBytes.u16(style.format) + [UInt8](repeating: 0, count: isBIFF8 ? 16 : 12)).bytes
        }
        let boundSheetSizes = sheets.map { 4 + 6 + shortString($0.name).count }
        var tail: [UInt8] = []
        for record in sharedStrings { tail += record.bytes }
        tail += XLSTestRecord(0x000A, []).bytes
        var offset = head.count + boundSheetSizes.reduce(0, +) + tail.count
        var sheetBytes: [UInt8] = []
        for sheet in sheets {
            head += XLSTestRecord(0x0085, XLSBytes.u32(offset) + [sheet.hidden ? 1 : 0, 0] + shortString(sheet.name)).bytes
            var body = bof(kind: 0x0010)
            for record in sheet.records { body += record.bytes }
            body += XLSTestRecord(0x000A, []).bytes
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
        CompoundFile.prepareLibrary()
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
        let body = XLSBytes.u16(version) + XLSBytes.u16(kind) + XLSBytes.u16(0x0DBB) + XLSBytes.u16(0x07CC) + (isBIFF8 ? XLSBytes.u32(0) + XLSBytes.u32(6) : [])
        return XLSTestRecord(0x0809, body).bytes
    }

    /// A string with an 8-bit length: BIFF8 UTF-16 with its option byte, BIFF5 Latin-1 bytes.
    func shortString(_ text: String) -> [UInt8] {
        isBIFF8 ? [UInt8(text.utf16.count), 1] + XLSBytes.utf16(text) : [UInt8(text.unicodeScalars.count)] + latin1(text)
    }

    /// A string with a 16-bit length (LABEL, STRING, BIFF8 FORMAT); BIFF5 FORMAT uses `shortString`.
    func longString(_ text: String) -> [UInt8] {
        isBIFF8 ? XLSBytes.u16(text.utf16.count) + [1] + XLSBytes.utf16(text) : [UInt8(text.unicodeScalars.count)] + latin1(text)
    }

    private func latin1(_ text: String) -> [UInt8] { text.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) } }
}

/// Cell records of BIFF8 at 0-based `row`, `column` with style `xf`.
enum XLSTestCells {
    static func number(_ row: Int, _ column: Int, _ value: Double, xf: Int = 0) -> XLSTestRecord {
        XLSTestRecord(0x0203, XLSBytes.u16(row) + XLSBytes.u16(column) + XLSBytes.u16(xf) + XLSBytes.f64(value))
    }
    static func rk(_ row: Int, _ column: Int, _ raw: Int, xf: Int = 0) -> XLSTestRecord {
        XLSTestRecord(0x027E, XLSBytes.u16(row) + XLSBytes.u16(column) + XLSBytes.u16(xf) + XLSBytes.u32(raw))
    }
    static func mulRK(_ row: Int, _ firstColumn: Int, _ raws: [Int], xf: Int = 0) -> XLSTestRecord {
        XLSTestRecord(0x00BD, XLSBytes.u16(row) + XLSBytes.u16(firstColumn) + raws.flatMap { XLSBytes.u16(xf) + XLSBytes.u32($0) }
            + XLSBytes.u16(firstColumn + raws.count - 1))
    }
    static func labelSST(_ row: Int, _ column: Int, _ index: Int, xf: Int = 0) -> XLSTestRecord {
        XLSTestRecord(0x00FD, XLSBytes.u16(row) + XLSBytes.u16(column) + XLSBytes.u16(xf) + XLSBytes.u32(index))
    }
    static func label(_ row: Int, _ column: Int, _ body: [UInt8], xf: Int = 0) -> XLSTestRecord {
        XLSTestRecord(0x0204, XLSBytes.u16(row) + XLSBytes.u16(column) + XLSBytes.u16(xf) + body)
    }
    static func boolErr(_ row: Int, _ column: Int, _ value: Int, isError: Bool, xf: Int = 0) -> XLSTestRecord {
        XLSTestRecord(0x0205, XLSBytes.u16(row) + XLSBytes.u16(column) + XLSBytes.u16(xf) + [UInt8(value), isError ? 1 : 0])
    }
    /// A FORMULA with an 8-byte cached result and an empty token list.
    static func formula(_ row: Int, _ column: Int, result: [UInt8], xf: Int = 0) -> XLSTestRecord {
        XLSTestRecord(0x0006, XLSBytes.u16(row) + XLSBytes.u16(column) + XLSBytes.u16(xf) + result + XLSBytes.u16(0) + XLSBytes.u32(0) + XLSBytes.u16(0))
    }
    /// The cached result of a non-number formula: 0 string, 1 boolean, 2 error, 3 empty.
    static func special(_ kind: UInt8, _ value: UInt8 = 0) -> [UInt8] { [kind, 0, value, 0, 0, 0, 0xFF, 0xFF] }
    static func dimensions(rows: Int, columns: Int) -> XLSTestRecord {
        XLSTestRecord(0x0200, XLSBytes.u32(0) + XLSBytes.u32(rows) + XLSBytes.u16(0) + XLSBytes.u16(columns) + XLSBytes.u16(0))
    }
    static func merged(_ ranges: [(Int, Int, Int, Int)]) -> XLSTestRecord {
        XLSTestRecord(0x00E5, XLSBytes.u16(ranges.count) + ranges.flatMap { XLSBytes.u16($0.0) + XLSBytes.u16($0.1) + XLSBytes.u16($0.2) + XLSBytes.u16($0.3) })
    }
}
