import Foundation

/// Tells a spreadsheet's format by its content first, then by its name (domain.md, "Submissions").
enum FormatDetection {
    /// The format of a file: an OLE2 compound file with a `Workbook` or `Book` stream is `.xls` (with an
    /// `EncryptionInfo` stream it is an encrypted XLSX, so the XLSX reader can say so); a zip whose directory
    /// holds `xl/workbook.xml` is `.xlsx`; otherwise the extension decides. A renamed file is read as what it is.
    static func detect(bytes: Data, fileName: String) -> SpreadsheetFormat? {
        if isOLE2(bytes) {
            let streams = OLE2Directory.streamNames(bytes)
            if OLE2Directory.isEncryptedPackage(streams) { return .xlsx }
            if streams.contains("workbook") || streams.contains("book") { return .xls }
        } else if isZip(bytes), let archive = try? ZipArchive(bytes: bytes), archive.entry(atPartPath: "xl/workbook.xml") != nil {
            return .xlsx
        }
        let lower = fileName.lowercased()
        if lower.hasSuffix(".xlsx") || lower.hasSuffix(".xlsm") { return .xlsx }
        if lower.hasSuffix(".xls") { return .xls }
        if lower.hasSuffix(".csv") || lower.hasSuffix(".tsv") || lower.hasSuffix(".txt") { return .csv }
        return nil
    }

    /// Whether the bytes start with the OLE2 compound-file signature D0 CF 11 E0 A1 B1 1A E1.
    static func isOLE2(_ bytes: Data) -> Bool {
        bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])
    }

    /// Whether the bytes start like a zip (a local file header, or the end record of an empty zip).
    static func isZip(_ bytes: Data) -> Bool {
        bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0x50, 0x4B, 0x05, 0x06])
    }
}
