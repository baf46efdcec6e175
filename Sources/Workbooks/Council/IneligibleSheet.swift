import Foundation
import Campaign
import Consolidation

/// The sheet "Không đủ điều kiện": every row that is not on the list (ineligible, duplicate, superseded;
/// late rows are ineligible), where it came from and every reason, in the run's language.
struct IneligibleSheet {
    let consolidation: Consolidation
    let context: WorkbookContext
    let words: Wording

    func write(into book: XlsxBook) throws {
        let sheet = try book.addSheet(words.t("Không đủ điều kiện", "Not eligible"))
        let texts = RowTexts(campaign: context.campaign, words: words)
        let rows = consolidation.rows.filter { $0.status != .eligible }
        let nameWidth = TextMetrics.columnWidth(for: rows.compactMap(\.row.name), size: 12, minimum: 14, maximum: 20)
        let sourceWidth = TextMetrics.columnWidth(for: rows.map(\.row.location.source), size: 12, minimum: 12, maximum: 20)
        try sheet.setColumnWidths([4, nameWidth, 8, 14, 14, sourceWidth, 8, 5, 11, 30])
        let last = 9
        try sheet.merge(0, 0, 0, last, words.t("DANH SÁCH KHÔNG ĐỦ ĐIỀU KIỆN ĐỀ NGHỊ KHEN THƯỞNG NĂM \(context.year)",
                                               "NOMINATIONS NOT ELIGIBLE, \(context.year)"), .title)
        try sheet.merge(1, 0, 1, last, words.t("Tổng số: \(rows.count)", "Total: \(rows.count)"), CellStyle(size: 12, italic: true, horizontal: .center))
        let headerRow = 3
        let headers = [words.t("STT", "No."), words.t("Tên tập thể / Họ và tên", "Nominee"), words.t("Loại", "Kind"),
                       words.t("Hình thức đề nghị", "Award form"), words.t("Đơn vị gửi", "Unit"), words.t("Nguồn (tệp)", "Source"),
                       words.t("Trang tính", "Sheet"), words.t("Dòng", "Row"), words.t("Tình trạng", "Status"), words.t("Lý do", "Reasons")]
        for (column, header) in headers.enumerated() { try sheet.write(headerRow, column, header, .tableHeader) }
        try sheet.setUpPrinting(repeatRows: headerRow...headerRow, footerLabel: words.t("Trang", "Page"))
        sheet.freeze(below: headerRow + 1)

        var row = headerRow + 1
        for (index, item) in rows.enumerated() {
            var reasons = texts.reasons(item.findings)
            if item.status == .superseded, consolidation.inputs.indices.contains(item.input),
               let replacement = consolidation.inputs[item.input].supersededBy {
                reasons.append(words.t("Được thay thế bởi lần gửi: \(replacement)", "Replaced by the submission: \(replacement)"))
            }
            if item.status == .duplicate, let kept = item.findings.first(where: { $0.rule == .mDuplicate })?.other {
                reasons.append(words.t("Bản được giữ: \(kept.source), \(kept.sheet.map { "trang \($0), " } ?? "")dòng \(kept.row)",
                                       "Copy kept: \(kept.source), \(kept.sheet.map { "sheet \($0), " } ?? "")row \(kept.row)"))
            }
            try sheet.write(row, 0, number: Double(index + 1), .tableCentered)
            try sheet.write(row, 1, item.row.name ?? "", .tableText)
            try sheet.write(row, 2, words.kind(item.row.kind), .tableText)
            try sheet.write(row, 3, texts.awardName(item.row.award), .tableText)
            try sheet.write(row, 4, texts.unitName(item.unit), .tableText)
            try sheet.write(row, 5, item.row.location.source, .tableText)
            try sheet.write(row, 6, item.row.location.sheet ?? "", .tableText)
            try sheet.write(row, 7, number: Double(item.row.location.row), .tableCentered)
            try sheet.write(row, 8, words.status(item.status), .tableText)
            try sheet.write(row, 9, reasons.map { "- " + $0 }.joined(separator: "\n"), .tableText)
            row += 1
        }
        try sheet.autofilter(headerRow, 0, max(headerRow, row - 1), last)
    }
}
