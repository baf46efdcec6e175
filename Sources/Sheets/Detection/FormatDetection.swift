import Foundation

enum FormatDetection {
    static func detect(bytes: Data, fileName: String) -> SpreadsheetFormat? {
        // STUB: content first (OLE2 with Workbook/Book stream; zip with xl/workbook.xml), then extension.
        let lower = fileName.lowercased()
        if lower.hasSuffix(".xlsx") || lower.hasSuffix(".xlsm") { return .xlsx }
        if lower.hasSuffix(".xls") { return .xls }
        if lower.hasSuffix(".csv") || lower.hasSuffix(".tsv") || lower.hasSuffix(".txt") { return .csv }
        return nil
    }
}
