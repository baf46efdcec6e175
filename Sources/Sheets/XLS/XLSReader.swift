import Foundation

/// Reads a legacy Excel workbook (.xls: BIFF8 from Excel 97–2003, BIFF5 from Excel 5/95).
///
/// libgsf opens the OLE2 compound file; the BIFF records of the workbook stream are read here, as calamine's
/// `xls.rs` does. Opening reads the workbook globals (sheets, shared strings, styles) and checks each
/// sheet's declared size against the limits; `scanSheet` then walks one sheet's records. Encrypted and
/// damaged files are `UnreadableFile`, never a crash.
struct XLSReader: SpreadsheetReader, WorkbookDescription {
    /// Always `.xls`.
    let format = SpreadsheetFormat.xls
    /// Workbooks carry their own encoding per string: none to report.
    var encoding: String? { nil }
    /// Workbooks have no delimiter.
    var delimiter: Character? { nil }
    /// The worksheets in workbook order, hidden ones included (chart sheets and macro sheets are left out).
    var sheets: [SheetInfo] { globals.sheets.map(\.info) }

    private let stream: [UInt8]
    private let globals: XLSWorkbookGlobals
    private let limits: SafetyLimits

    /// Opens the workbook in `bytes`, reading its globals and checking every sheet's declared dimensions.
    init(bytes: Data, limits: SafetyLimits) throws(UnreadableFile) {
        if bytes.count > limits.maxFileBytes {
            throw UnreadableFile(
                vi: "Tệp lớn hơn giới hạn \(limits.maxFileBytes >> 20) MiB.",
                en: "The file is larger than the \(limits.maxFileBytes >> 20) MiB limit.", limit: "maxFileBytes")
        }
        stream = try XLSCompoundFile.workbookStream(of: bytes)
        globals = try XLSWorkbookGlobals(stream: stream, limits: limits)
        self.limits = limits
        for entry in globals.sheets {
            try XLSSheetScanner(stream: stream, globals: globals, limits: limits, entry: entry).checkDeclaredSize()
        }
    }

    /// Streams sheet `index` row by row (see `SpreadsheetReader`); an index out of range has no rows.
    func scanSheet(at index: Int, _ body: (Int, [Cell]) throws -> Void) throws -> [MergedRange] {
        guard globals.sheets.indices.contains(index) else { return [] }
        let scanner = XLSSheetScanner(stream: stream, globals: globals, limits: limits, entry: globals.sheets[index])
        return try scanner.scan(body)
    }
}
