/// A worksheet as the workbook's `BOUNDSHEET` record lists it: name, visibility and where its records start.
struct XLSSheetEntry: Sendable {
    var info: SheetInfo
    /// Offset of the sheet's BOF record in the workbook stream.
    var offset: Int
    /// Worksheets and macro sheets hold cells; a chart sheet's number records are its series' cached
    /// values, not cells.
    var holdsCells: Bool
}

/// What a cell's style (its `XF` record) tells the reader: how its number is shown and its font's name.
struct XLSCellStyle: Sendable {
    var formatKind: NumberFormatKind
    var fontName: String?
    static let plain = XLSCellStyle(formatKind: .number, fontName: nil)
}

/// The workbook globals substream, read once: sheets, shared strings, styles, date system, code page.
/// Everything a sheet's cells refer to; nothing per row.
struct XLSWorkbookGlobals: Sendable {
    var text: BIFFTextDecoder
    /// The 1904 date system (`DATEMODE`), used by old Mac workbooks.
    var is1904 = false
    var sheets: [XLSSheetEntry] = []
    /// The shared-string table (`SST` and its `CONTINUE` records).
    var sharedStrings: [String] = []
    /// One entry per `XF` record, in order: cells refer to them by index.
    var styles: [XLSCellStyle] = []

    /// Reads the globals from the start of the stream up to their `EOF`.
    init(stream: [UInt8], limits: SafetyLimits) throws(UnreadableFile) {
        var records = BIFFRecordStream(bytes: stream, from: 0)
        guard let bof = try Self.next(&records) else { throw XLSErrors.notBIFF }
        guard bof.type == BIFFRecordType.bof else {
            throw BIFFRecordType.oldBOFs.contains(bof.type) ? XLSErrors.tooOld : XLSErrors.notBIFF
        }
        let bofBody = BIFFBody(bytes: stream, range: bof.body)
        text = BIFFTextDecoder(isBIFF8: Self.isBIFF8(version: bofBody.u16(0) ?? 0x0600, kind: bofBody.u16(2) ?? 0),
                               codePage: 1252)
        if !text.isBIFF8 { text.codePage = try Self.codePage(stream: stream, after: records) }

        var fonts: [String?] = []
        var customFormats: [Int: NumberFormatKind] = [:]
        var styleIndices: [(font: Int, format: Int)] = []
        while let record = try Self.next(&records), record.type != BIFFRecordType.eof {
            let body = BIFFBody(bytes: stream, range: record.body)
            switch record.type {
            case BIFFRecordType.filePass:
                throw XLSErrors.encrypted
            case BIFFRecordType.dateMode:
                is1904 = body.u16(0) == 1
            case BIFFRecordType.font:
                var reader = BIFFContinuedReader(record: record, bytes: stream, skipping: 14)
                fonts.append(text.string(from: &reader, lengthBytes: 1))
            case BIFFRecordType.format:
                guard let id = body.u16(0) else { continue }
                var reader = BIFFContinuedReader(record: record, bytes: stream, skipping: 2)
                if let code = text.string(from: &reader, lengthBytes: text.isBIFF8 ? 2 : 1) {
                    customFormats[Int(id)] = (code.lowercased() == "general" ? .number : NumberFormatKind.custom(code))
                }
            case BIFFRecordType.xf:
                styleIndices.append((Int(body.u16(0) ?? 0), Int(body.u16(2) ?? 0)))
            case BIFFRecordType.boundSheet:
                if let entry = sheetEntry(record, stream: stream) { sheets.append(entry) }
                if sheets.count > limits.maxSheets { throw XLSErrors.tooManySheets(sheets.count, limits: limits) }
            case BIFFRecordType.sst where text.isBIFF8:
                sharedStrings = readSharedStrings(record, stream: stream)
            default:
                break
            }
        }
        // Excel always writes a sheet; a stream without one is damaged, not an empty workbook.
        if sheets.isEmpty { throw XLSErrors.noSheets }
        styles = styleIndices.map { indices in
            // Font index 4 does not exist in BIFF (a legacy of BIFF4): indices above it are shifted by one.
            let fontIndex = indices.font >= 4 ? indices.font - 1 : indices.font
            let fontName = fonts.indices.contains(fontIndex) ? fonts[fontIndex] : nil
            let kind = customFormats[indices.format] ?? NumberFormatKind.builtIn(indices.format)
            return XLSCellStyle(formatKind: kind, fontName: fontName)
        }
    }

    /// The next record, a truncated stream becoming an unreadable file.
    static func next(_ records: inout BIFFRecordStream) throws(UnreadableFile) -> BIFFRecord? {
        do { return try records.next() } catch { throw XLSErrors.truncated }
    }

    /// BIFF8 unless the BOF says BIFF5 (version 0x0500, or a version of 0 in a BIFF5 worksheet BOF).
    private static func isBIFF8(version: UInt16, kind: UInt16) -> Bool {
        switch version {
        case 0x0500: return false
        case 0: return kind != 0x1000
        default: return true
        }
    }

    /// The `CODEPAGE` of a BIFF5 workbook, looked up before any string is decoded (it may follow some).
    /// Without one, Windows-1252 (Excel's own default): biff5-rich-text-string.xls keeps the same text in
    /// a BIFF8 stream, whose Unicode shows its bytes 0x95 and 0x92 to be Windows-1252's "•" and "’".
    private static func codePage(stream: [UInt8], after start: BIFFRecordStream) throws(UnreadableFile) -> Int {
        var records = start
        while let record = try next(&records), record.type != BIFFRecordType.eof {
            if record.type == BIFFRecordType.codePage, let value = BIFFBody(bytes: stream, range: record.body).u16(0) {
                return Int(value)
            }
        }
        return 1252
    }

    /// A sheet's entry; `nil` for VBA modules, which are code, not sheets.
    private func sheetEntry(_ record: BIFFRecord, stream: [UInt8]) -> XLSSheetEntry? {
        let body = BIFFBody(bytes: stream, range: record.body)
        guard let offset = body.u32(0), let state = body.u8(4), let kind = body.u8(5), kind != 6 else { return nil }
        var reader = BIFFContinuedReader(record: record, bytes: stream, skipping: 6)
        let name = text.string(from: &reader, lengthBytes: 1)?.filter { $0 != "\0" }
        return XLSSheetEntry(info: SheetInfo(name: name, isHidden: state & 0x03 != 0), offset: Int(offset),
                             holdsCells: kind != 2)
    }

    /// Every string of the table, however many the header claims: the count is often wrong
    /// (gh548_incorrect_sst_unique_count.xls), so it only sizes the array, and never beyond what the
    /// record's bytes can hold (three bytes per string at least).
    private func readSharedStrings(_ record: BIFFRecord, stream: [UInt8]) -> [String] {
        let declared = Int(BIFFBody(bytes: stream, range: record.body).u32(4) ?? 0)
        var strings: [String] = []
        strings.reserveCapacity(min(declared, (record.continuationEnd - record.body.lowerBound) / 3))
        var reader = BIFFContinuedReader(record: record, bytes: stream, skipping: 8)
        while !reader.isAtEnd, let string = text.string(from: &reader, lengthBytes: 2, extended: true) {
            strings.append(string)
        }
        return strings
    }
}
