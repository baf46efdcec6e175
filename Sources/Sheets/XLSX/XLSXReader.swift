import Foundation

/// Reads an XLSX (or XLSM) workbook: the package is opened once, its shared strings and styles read into
/// memory, and each worksheet streamed row by row on request (see `WorksheetScanner`): a sheet's XML is
/// inflated in 256 KiB chunks and never held whole. Rows come in the order the file writes them, which is
/// row order for every known producer; cells within a row are always put in column order.
struct XLSXReader: SpreadsheetReader, WorkbookDescription {
    let format = SpreadsheetFormat.xlsx
    var encoding: String? { nil }
    var delimiter: Character? { nil }
    let sheets: [SheetInfo]

    private let archive: ZipArchive
    private let package: XLSXPackage
    private let sharedStrings: [String]
    private let styles: CellStyles
    private let limits: SafetyLimits

    init(bytes: Data, limits: SafetyLimits) throws(UnreadableFile) {
        if FormatDetection.isOLE2(bytes) {
            guard OLE2Directory.isEncryptedPackage(OLE2Directory.streamNames(bytes)) else {
                throw UnreadableFile(vi: "Tệp là tệp OLE2 (Office cũ) chứ không phải XLSX, và không đọc được như bảng tính.",
                                     en: "The file is an OLE2 (legacy Office) file, not an XLSX, and cannot be read as a workbook.")
            }
            throw UnreadableFile(vi: "Tệp Excel có mật khẩu (mã hoá): hãy gỡ mật khẩu rồi gửi lại.",
                                 en: "The Excel file is password-protected (encrypted): remove the password and send it again.")
        }
        self.limits = limits
        let archive = try ZipArchive(bytes: bytes, limits: limits)
        self.archive = archive
        do {
            let package = try XLSXPackage(archive: archive, limits: limits)
            self.package = package
            sharedStrings = try package.sharedStrings.map { try SharedStrings.read(archive: archive, entry: $0, limits: limits) } ?? []
            styles = try package.styles.map { try CellStyles(archive: archive, entry: $0, limits: limits) } ?? CellStyles()
            sheets = package.sheets.map { SheetInfo(name: $0.name, isHidden: $0.isHidden) }
        } catch {
            throw Self.unreadable(error)
        }
    }

    func scanSheet(at index: Int, _ body: (Int, [Cell]) throws -> Void) throws -> [MergedRange] {
        try scan(index, keepsCells: false, body).merges
    }

    /// The whole sheet, its rows gathered as they are read (no row is copied into the sheet afterwards).
    func loadSheet(at index: Int) throws -> Sheet {
        let (cells, merges) = try scan(index, keepsCells: true) { _, _ in }
        return Sheet(name: sheets[index].name, isHidden: sheets[index].isHidden, cells: cells, merges: merges)
    }

    private func scan(_ index: Int, keepsCells: Bool, _ body: (Int, [Cell]) throws -> Void) throws -> (cells: [Cell], merges: [MergedRange]) {
        guard package.sheets.indices.contains(index) else { return ([], []) }
        // A sheet whose relationship leads nowhere has no cells to give (as calamine, which skips it).
        guard let part = package.sheets[index].part else { return ([], []) }
        var scanner = WorksheetScanner(sharedStrings: sharedStrings, styles: styles, dateSystem: package.dateSystem,
                                       limits: limits, part: part.name, keepsCells: keepsCells)
        try XMLPartScanner.scan(archive, part, limits: limits) { token, window in
            try scanner.handle(token, window, emit: body)
        }
        try scanner.finish(body)
        return (scanner.takeCells(), scanner.merges)
    }

    /// Any failure while reading the package, as an unreadable-file error.
    static func unreadable(_ error: any Error) -> UnreadableFile {
        if let error = error as? UnreadableFile { return error }
        return UnreadableFile(vi: "Không đọc được tệp XLSX: \(error).", en: "The XLSX file could not be read: \(error).")
    }
}
