import Foundation
import Campaign
import Nominations
import Sheets

/// `khenthuong inspect`: how the tool reads one file, for a clerk or a developer to see why a row was or was
/// not taken.
public enum Inspection {
    /// Reads a file from disk; a file that does not exist or cannot be read is a `RunFailure` (exit 2).
    public static func workbook(at path: String, limits: SafetyLimits = .default) throws(RunFailure) -> Workbook {
        let bytes = try PipelineRunner.readFile(path)
        do {
            return try Spreadsheets.read(bytes: bytes, fileName: (path as NSString).lastPathComponent, limits: limits)
        } catch {
            throw RunFailure(vi: "Không đọc được \(path): \(error.vi)", en: "\(path) cannot be read: \(error.en)")
        }
    }

    /// Every non-empty cell as stored, one JSON object a line (cli-contract.md, `inspect --cells`).
    public static func cells(at path: String) throws(RunFailure) -> [String] {
        CellsJSONLines.lines(for: try workbook(at: path))
    }

    /// A readable account of the file: sheets, encoding, header rows, column mapping, rows taken and skipped.
    public static func describe(path: String, campaign: Campaign, year: Int, language: Language) throws(RunFailure) -> String {
        let workbook = try workbook(at: path, limits: campaign.limits)
        let source = (path as NSString).lastPathComponent
        let reading = NominationReader.read(workbook, source: source, campaign: campaign, year: year)
        let vi = language == .vi
        var out: [String] = []
        out.append((vi ? "Tệp: " : "File: ") + path + " (" + workbook.format.rawValue.uppercased() + ")")
        if let encoding = workbook.encoding {
            out.append((vi ? "Mã hoá: " : "Encoding: ") + encoding + (workbook.delimiter.map { vi ? ", dấu phân cách ‘\($0 == "\t" ? "tab" : String($0))’" : ", delimiter ‘\($0 == "\t" ? "tab" : String($0))’" } ?? ""))
        }
        out.append(vi ? "Các trang:" : "Sheets:")
        for sheet in workbook.sheets {
            let hidden = sheet.isHidden ? (vi ? " (ẩn)" : " (hidden)") : ""
            let table = reading.tables.first { $0.sheet == sheet.name }
            let note: String
            if let table {
                note = vi ? "bảng ở dòng tiêu đề \(rows(table.headerRows)), \(table.dataRows.count) dòng dữ liệu"
                          : "table with header row(s) \(rows(table.headerRows)), \(table.dataRows.count) data row(s)"
            } else if let skipped = reading.skippedSheets.first(where: { $0.sheet == sheet.name }) {
                note = (vi ? "bỏ qua: " : "skipped: ") + skipped.why.text(language)
            } else {
                note = vi ? "không đọc" : "not read"
            }
            out.append("  - \(sheet.name ?? "(CSV)")\(hidden): \(sheet.cells.count) " + (vi ? "ô; " : "cells; ") + note)
        }
        for table in reading.tables {
            out.append("")
            out.append((vi ? "Trang " : "Sheet ") + (table.sheet ?? "(CSV)") + ":")
            for title in table.titleRows { out.append((vi ? "  tiêu đề, dòng \(title.row): " : "  title, row \(title.row): ") + title.text) }
            out.append((vi ? "  dòng tiêu đề cột: " : "  header row(s): ") + rows(table.headerRows))
            for column in table.columns {
                let field = column.field?.rawValue
                    ?? (column.isRowNumber ? (vi ? "(số thứ tự)" : "(row number)") : (vi ? "(không ánh xạ)" : "(not mapped)"))
                out.append("    \(columnLetters(column.column)): “\(column.header)” → \(field)")
            }
            out.append((vi ? "  dòng dữ liệu được lấy: " : "  data rows taken: ") + rows(table.dataRows))
            for skipped in table.skippedRows {
                out.append((vi ? "  bỏ qua dòng \(skipped.row): " : "  skipped row \(skipped.row): ") + describe(skipped.reason, language))
            }
        }
        if !reading.findings.isEmpty {
            out.append("")
            out.append(vi ? "Nhận xét về tệp:" : "Findings on the file:")
            for finding in Finding.ordered(reading.findings) {
                out.append("  \(finding.rule.rawValue) (\(finding.severity.rawValue)): \(finding.message.text(language))")
            }
        }
        return out.joined(separator: "\n")
    }

    static func describe(_ reason: SkippedRowReason, _ language: Language) -> String {
        let vi = language == .vi
        switch reason {
        case .title: return vi ? "dòng tiêu đề văn bản" : "title row"
        case .columnNumbers: return vi ? "dòng đánh số cột" : "column-number row"
        case .section: return vi ? "dòng mục (nhóm)" : "section row"
        case .total: return vi ? "dòng tổng cộng (hết bảng)" : "total row (end of the table)"
        case .signature: return vi ? "khối chữ ký (hết bảng)" : "signature block (end of the table)"
        case .blank: return vi ? "dòng trống" : "blank row"
        case .repeatedHeader: return vi ? "dòng tiêu đề cột lặp lại" : "repeated header"
        case .belowTable: return vi ? "dưới bảng" : "below the table"
        }
    }

    static func rows(_ numbers: [Int]) -> String {
        guard !numbers.isEmpty else { return "—" }
        var parts: [String] = []
        var start = numbers[0], previous = numbers[0]
        for n in numbers.dropFirst() + [Int.min] {
            if n == previous + 1 { previous = n; continue }
            parts.append(start == previous ? "\(start)" : "\(start)–\(previous)")
            start = n; previous = n
        }
        return parts.joined(separator: ", ")
    }

    /// A, B, …, Z, AA, …
    public static func columnLetters(_ column: Int) -> String {
        var n = column, letters = ""
        while n > 0 { let r = (n - 1) % 26; letters = String(UnicodeScalar(UInt8(65 + r))) + letters; n = (n - 1) / 26 }
        return letters
    }
}
