import Foundation
import Campaign
import Consolidation

/// The sheet "Nguồn dữ liệu": every input, in the consolidation's order, with its source, unit, received
/// time (campaign time, dd/mm/yyyy HH:mm), status, findings and SHA-256, so the council can trace each row.
struct SourcesSheet {
    let consolidation: Consolidation
    let context: WorkbookContext
    let words: Wording

    func write(into book: XlsxBook) throws {
        let sheet = try book.addSheet(words.t("Nguồn dữ liệu", "Sources"))
        let texts = RowTexts(campaign: context.campaign, words: words)
        let inputs = consolidation.inputs
        let sourceWidth = TextMetrics.columnWidth(for: inputs.map(\.record.source), size: 12, minimum: 14, maximum: 28)
        try sheet.setColumnWidths([4, sourceWidth, 16, 13, 15, 6, 26, 18])
        let last = 7
        try sheet.merge(0, 0, 0, last, words.t("NGUỒN DỮ LIỆU (CÁC TỆP ĐÃ NHẬN)", "SOURCES (FILES RECEIVED)"), .title)
        let headerRow = 2
        let headers = [words.t("STT", "No."), words.t("Nguồn (tệp)", "Source"), words.t("Đơn vị", "Unit"),
                       words.t("Thời gian nhận", "Received"), words.t("Tình trạng", "Status"), words.t("Số dòng", "Rows"),
                       words.t("Ghi chú", "Findings"), "SHA-256"]
        for (column, header) in headers.enumerated() { try sheet.write(headerRow, column, header, .tableHeader) }
        try sheet.setUpPrinting(repeatRows: headerRow...headerRow, footerLabel: words.t("Trang", "Page"))
        sheet.freeze(below: headerRow + 1)
        var row = headerRow + 1
        for (index, input) in inputs.enumerated() {
            var notes = texts.reasons(input.findings)
            if let replacement = input.supersededBy { notes.append(words.t("Thay thế bởi: \(replacement)", "Replaced by: \(replacement)")) }
            if let original = input.duplicateOf { notes.append(words.t("Trùng với: \(original)", "Same as: \(original)")) }
            try sheet.write(row, 0, number: Double(index + 1), .tableCentered)
            try sheet.write(row, 1, input.record.source, .tableText)
            try sheet.write(row, 2, input.record.unit.map(texts.unitName) ?? words.t("(chưa xác định)", "(unknown)"), .tableText)
            try sheet.write(row, 3, Wording.localTime(input.record.received, offsetSeconds: context.campaign.utcOffsetSeconds), .tableCentered)
            try sheet.write(row, 4, words.status(input.status), .tableText)
            try sheet.write(row, 5, number: Double(input.record.rows.count), .tableCentered)
            try sheet.write(row, 6, notes.map { "- " + $0 }.joined(separator: "\n"), .tableText)
            // The hash is split in two lines so it prints whole in a narrow column.
            let hash = input.record.sha256
            try sheet.write(row, 7, hash.count > 32 ? String(hash.prefix(32)) + "\n" + String(hash.dropFirst(32)) : hash,
                            CellStyle.tableText.with { $0.size = 9 })
            row += 1
        }
        try sheet.autofilter(headerRow, 0, max(headerRow, row - 1), last)
    }
}
