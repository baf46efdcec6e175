import Foundation
import Sheets
import Campaign
import Nominations
import Consolidation

/// The unit's rows as sent: one sheet per table, the original cells under the table's own headers, each cell
/// with a finding filled (red: error, amber: warning) and commented with the reason and the fix; then a
/// status column and the row's reasons. Inputs that gave no rows get one short sheet saying why.
struct FeedbackRowsSheets {
    let feedback: FeedbackContent

    func write(into book: XlsxBook) throws {
        var noRows: [ConsolidatedInput] = []
        let several = feedback.inputIndices.count > 1
        for (number, index) in feedback.inputIndices.enumerated() {
            let rows = feedback.rows(of: index)
            if rows.isEmpty { noRows.append(feedback.consolidation.inputs[index]); continue }
            // Rows of one table share its layout object.
            var tables: [(layout: TableLayout, rows: [ConsolidatedRow])] = []
            for row in rows {
                if let at = tables.firstIndex(where: { $0.layout === row.row.table }) { tables[at].rows.append(row) } else { tables.append((row.row.table, [row])) }
            }
            for table in tables {
                let sheetName = table.layout.sheet ?? feedback.words.t("Danh sách", "List")
                try writeTable(table.rows, layout: table.layout, name: several ? "\(number + 1)-\(sheetName)" : sheetName,
                               source: feedback.consolidation.inputs[index].record.source, into: book)
            }
        }
        if !noRows.isEmpty { try writeNoRows(noRows, into: book) }
    }

    private func writeTable(_ rows: [ConsolidatedRow], layout: TableLayout, name: String, source: String, into book: XlsxBook) throws {
        let words = feedback.words
        let sheet = try book.addSheet(name)
        // The table's columns as read, plus any column a row has a cell in or a finding points at.
        var columnSet = Set(layout.columns.map(\.column))
        for row in rows {
            columnSet.formUnion(row.row.cells.map(\.column))
            columnSet.formUnion(row.findings.compactMap { column(of: $0, layout: layout) })
        }
        let columns = columnSet.sorted()
        let headerOf = Dictionary(layout.columns.map { ($0.column, $0.header) }, uniquingKeysWith: { first, _ in first })
        let position = Dictionary(uniqueKeysWithValues: columns.enumerated().map { ($0.element, $0.offset + 1) })
        let statusColumn = columns.count + 1, reasonColumn = columns.count + 2

        var widths: [Double] = [7]
        for column in columns {
            let texts = [headerOf[column] ?? ""] + rows.compactMap { $0.row.cells.first { $0.column == column }.map { display($0.value) } }
            widths.append(TextMetrics.columnWidth(for: texts, size: 12, minimum: 8, maximum: 32))
        }
        try sheet.setColumnWidths(widths + [16, 48])
        try sheet.merge(0, 0, 0, reasonColumn, words.t("Tệp: ", "File: ") + source + (layout.sheet.map { words.t(" — trang: ", " — sheet: ") + $0 } ?? ""),
                        CellStyle(size: 13, bold: true, wrap: false))
        try sheet.merge(1, 0, 1, reasonColumn, words.t("Ô tô đỏ: lỗi phải sửa; ô tô vàng: lưu ý. Di chuột vào ô để xem lý do và cách sửa.",
                                                       "Red cells: errors to fix; amber cells: warnings. Hover over a cell for the reason and the fix."),
                        CellStyle(size: 12, italic: true, wrap: false))
        let headerRow = 3
        try sheet.write(headerRow, 0, words.t("Dòng", "Row"), .tableHeader)
        for column in columns {
            try sheet.write(headerRow, position[column] ?? 0, headerOf[column] ?? columnLetters(column - 1), .tableHeader)
        }
        try sheet.write(headerRow, statusColumn, words.t("Tình trạng", "Status"), .tableHeader)
        try sheet.write(headerRow, reasonColumn, words.t("Lý do và cách sửa", "Reasons and fixes"), .tableHeader)
        try sheet.setUpPrinting(repeatRows: headerRow...headerRow, footerLabel: words.t("Trang", "Page"))
        sheet.freeze(below: headerRow + 1, rightOf: 1)

        let author = feedback.context.campaign.organisation.agency
        var row = headerRow + 1
        for item in rows {
            var cellFindings: [Int: [Finding]] = [:]
            for finding in item.findings {
                if let column = column(of: finding, layout: layout) { cellFindings[column, default: []].append(finding) }
            }
            try sheet.write(row, 0, number: Double(item.row.location.row), .tableCentered)
            for column in columns {
                let findings = cellFindings[column] ?? []
                let fill: UInt32? = findings.isEmpty ? nil : (findings.contains { $0.severity == .error } ? CellStyle.errorFill : CellStyle.warningFill)
                let style = CellStyle.tableText.with { $0.fill = fill }
                let at = position[column] ?? 0
                if let cell = item.row.cells.first(where: { $0.column == column }) {
                    if case .number(let value) = cell.value { try sheet.write(row, at, number: value, style) } else { try sheet.write(row, at, display(cell.value), style) }
                } else {
                    try sheet.blank(row, at, style)
                }
                if !findings.isEmpty {
                    try sheet.comment(row, at, findings.map(feedback.explanation(of:)).joined(separator: "\n\n"), author: author)
                }
            }
            let statusFill: UInt32? = item.status == .eligible ? nil : (item.status == .superseded ? nil : CellStyle.errorFill)
            try sheet.write(row, statusColumn, words.status(item.status), CellStyle.tableText.with { $0.fill = statusFill; $0.bold = true })
            var reasons = Finding.ordered(item.findings).map { "- " + oneLine(feedback.explanation(of: $0)) }
            if item.status == .superseded, feedback.consolidation.inputs.indices.contains(item.input),
               let replacement = feedback.consolidation.inputs[item.input].supersededBy {
                reasons.append(words.t("- Được thay thế bởi lần gửi: \(replacement)", "- Replaced by the submission: \(replacement)"))
            }
            try sheet.write(row, reasonColumn, reasons.joined(separator: "\n"), .tableText)
            row += 1
        }
        try sheet.autofilter(headerRow, 0, row - 1, reasonColumn)
    }

    /// The sheet column a finding is about: its own column, else the column its field was read from.
    private func column(of finding: Finding, layout: TableLayout) -> Int? {
        if let column = finding.column { return column }
        if let field = finding.field { return layout.column(of: field) }
        return nil
    }

    private func writeNoRows(_ inputs: [ConsolidatedInput], into book: XlsxBook) throws {
        let words = feedback.words
        let sheet = try book.addSheet(words.t("Tệp không có dòng", "Files without rows"))
        try sheet.setColumnWidths([5, 30, 22, 44, 40])
        try sheet.merge(0, 0, 0, 4, words.t("CÁC TỆP KHÔNG LẤY ĐƯỢC DÒNG ĐỀ NGHỊ NÀO", "FILES THAT GAVE NO NOMINATIONS"), .title)
        let headers = [words.t("STT", "No."), words.t("Tệp", "File"), words.t("Tình trạng", "Status"), words.t("Lý do", "Why"), words.t("Cần làm gì", "What to do")]
        for (column, header) in headers.enumerated() { try sheet.write(2, column, header, .tableHeader) }
        try sheet.setUpPrinting(repeatRows: 2...2, footerLabel: words.t("Trang", "Page"))
        for (index, input) in inputs.enumerated() {
            let row = 3 + index
            var why = input.findings.map { $0.message.text(words.language) }
            if let original = input.duplicateOf { why.append(words.t("Trùng với tệp đã gửi: \(original)", "Same as the file already sent: \(original)")) }
            let todo = Set(input.findings.map(\.rule)).sorted().map { words.fix(for: $0) }
            try sheet.write(row, 0, number: Double(index + 1), .tableCentered)
            try sheet.write(row, 1, input.record.source, .tableText)
            try sheet.write(row, 2, words.status(input.status), .tableText)
            try sheet.write(row, 3, why.joined(separator: "\n"), .tableText)
            try sheet.write(row, 4, todo.joined(separator: "\n"), .tableText)
        }
    }

    /// Line breaks as spaces (what Foundation's replacement gave, without its cost on every finding).
    private func oneLine(_ text: String) -> String {
        guard text.utf8.contains(0x0A) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { $0 == "\n" ? " " : $0 }))
    }

    /// A cell's value as a person reads it: dates day first, as Vietnamese documents write them.
    private func display(_ value: CellValue) -> String {
        switch value {
        case .date(let date):
            let day = "\(date.day < 10 ? "0" : "")\(date.day)/\(date.month < 10 ? "0" : "")\(date.month)/\(date.year)"
            return date.hasTime ? day + " " + String(date.description.suffix(8)) : day
        default: return value.text
        }
    }
}
