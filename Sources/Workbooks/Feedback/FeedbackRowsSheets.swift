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
            var tables: [(layout: TableLayout, rows: [Int])] = []
            for position in rows.indices {
                let layout = rows[position].row.table
                if let at = tables.lastIndex(where: { $0.layout === layout }) { tables[at].rows.append(position) } else { tables.append((layout, [position])) }
            }
            for table in tables {
                let sheetName = table.layout.sheet ?? feedback.words.t("Danh sách", "List")
                try writeTable(table.rows.map { rows[$0] }, layout: table.layout, name: several ? "\(number + 1)-\(sheetName)" : sheetName,
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
            for cell in row.row.cells { columnSet.insert(cell.column) }
            for finding in row.findings { if let column = column(of: finding, layout: layout) { columnSet.insert(column) } }
        }
        let columns = columnSet.sorted()
        let headerOf = Dictionary(layout.columns.map { ($0.column, $0.header) }, uniquingKeysWith: { first, _ in first })
        let position = Dictionary(uniqueKeysWithValues: columns.enumerated().map { ($0.element, $0.offset + 1) })
        let statusColumn = columns.count + 1, reasonColumn = columns.count + 2

        // Each row's cells by sheet position (1…columns.count), as shown: measured for the widths, then written.
        let shown: [[CellValue?]] = rows.map { item in
            var values = [CellValue?](repeating: nil, count: columns.count + 1)
            for cell in item.row.cells where values[position[cell.column] ?? 0] == nil { values[position[cell.column] ?? 0] = cell.value }
            return values
        }
        var widths: [Double] = [7]
        for (offset, column) in columns.enumerated() {
            let texts = [headerOf[column] ?? ""] + shown.compactMap { $0[offset + 1].map(Self.display) }
            widths.append(TextMetrics.columnWidth(for: texts, size: 12, minimum: 8, maximum: 32))
        }
        try sheet.setColumnWidths(widths + [16, 48])
        // Wide tables print over several pages across, each with the row numbers, rather than too small to read;
        // the title then starts right of the row numbers, so that no page repeats a sliver of it.
        let pagesWide = sheet.pagesWide(lastColumn: reasonColumn), titleColumn = pagesWide > 1 ? 1 : 0
        try sheet.merge(0, titleColumn, 0, reasonColumn, words.t("Tệp: ", "File: ") + source + (layout.sheet.map { words.t(" — trang: ", " — sheet: ") + $0 } ?? ""),
                        CellStyle(size: 13, bold: true, wrap: false))
        try sheet.merge(1, titleColumn, 1, reasonColumn, words.t("Ô tô đỏ: lỗi phải sửa; ô tô vàng: lưu ý. Di chuột vào ô để xem lý do và cách sửa.",
                                                       "Red cells: errors to fix; amber cells: warnings. Hover over a cell for the reason and the fix."),
                        CellStyle(size: 12, italic: true, wrap: false))
        let headerRow = 3
        try sheet.write(headerRow, 0, words.t("Dòng", "Row"), .tableHeader)
        for column in columns {
            try sheet.write(headerRow, position[column] ?? 0, headerOf[column] ?? columnLetters(column - 1), .tableHeader)
        }
        try sheet.write(headerRow, statusColumn, words.t("Tình trạng", "Status"), .tableHeader)
        try sheet.write(headerRow, reasonColumn, words.t("Lý do và cách sửa", "Reasons and fixes"), .tableHeader)
        try sheet.setUpPrinting(repeatRows: headerRow...headerRow, repeatColumns: pagesWide > 1 ? 0...0 : nil, pagesWide: pagesWide,
                                footerLabel: words.t("Trang", "Page"))
        sheet.freeze(below: headerRow + 1, rightOf: 1)

        let author = feedback.context.campaign.organisation.agency
        let plain = CellStyle.tableText, error = plain.with { $0.fill = CellStyle.errorFill }, warning = plain.with { $0.fill = CellStyle.warningFill }
        let status = plain.with { $0.bold = true }, failedStatus = status.with { $0.fill = CellStyle.errorFill }
        var row = headerRow + 1
        for (item, values) in zip(rows, shown) {
            // Findings by sheet position: few rows have any, and a row's findings are few.
            var cellFindings: [(at: Int, finding: Finding)] = []
            for finding in item.findings {
                if let column = column(of: finding, layout: layout), let at = position[column] { cellFindings.append((at, finding)) }
            }
            try sheet.write(row, 0, number: Double(item.row.location.row), .tableCentered)
            for at in 1..<values.count {
                let findings = cellFindings.isEmpty ? [] : cellFindings.filter { $0.at == at }.map(\.finding)
                let style = findings.isEmpty ? plain : (findings.contains { $0.severity == .error } ? error : warning)
                switch values[at] {
                case .number(let value)?: try sheet.write(row, at, number: value, style)
                case let value?: try sheet.write(row, at, Self.display(value), style)
                case nil: try sheet.blank(row, at, style)
                }
                if !findings.isEmpty {
                    try sheet.comment(row, at, findings.map { feedback.explanation(of: $0) }.joined(separator: "\n\n"), author: author)
                }
            }
            try sheet.write(row, statusColumn, words.status(item.status), item.status == .eligible || item.status == .superseded ? status : failedStatus)
            var reasons = Finding.ordered(item.findings).map { "- " + feedback.explanation(of: $0, oneLine: true) }
            if item.status == .superseded, feedback.consolidation.inputs.indices.contains(item.input),
               let replacement = feedback.consolidation.inputs[item.input].supersededBy {
                reasons.append(words.t("- Được thay thế bởi lần gửi: \(replacement)", "- Replaced by the submission: \(replacement)"))
            }
            try sheet.write(row, reasonColumn, reasons.joined(separator: "\n"), plain)
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

    /// A cell's value as a person reads it: dates day first, as Vietnamese documents write them.
    private static func display(_ value: CellValue) -> String {
        switch value {
        case .date(let date):
            let day = "\(date.day < 10 ? "0" : "")\(date.day)/\(date.month < 10 ? "0" : "")\(date.month)/\(date.year)"
            return date.hasTime ? day + " " + String(date.description.suffix(8)) : day
        default: return value.text
        }
    }
}
