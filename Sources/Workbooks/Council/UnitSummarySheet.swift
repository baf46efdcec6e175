import Foundation
import CXlsxWriter
import Campaign
import Consolidation

/// The sheet "Tổng hợp theo đơn vị": per registered unit, in registry order, the rows it sent and what became
/// of them, per award form, past the quota; the units that sent nothing; quota use; a bar chart.
struct UnitSummarySheet {
    let consolidation: Consolidation
    let context: WorkbookContext
    let words: Wording

    /// One line of the table.
    struct Line {
        var code: String
        var name: String
        var inputs: [ConsolidatedInput] = []
        var rows: [ConsolidatedRow] = []
        var sentNothing: Bool { inputs.isEmpty }
        var current: [ConsolidatedRow] { rows.filter { $0.status != .superseded } }
        var eligible: Int { rows.lazy.filter { $0.status == .eligible }.count }
        var notEligible: Int { rows.lazy.filter { $0.status == .ineligible || $0.status == .duplicate }.count }
        var superseded: Int { rows.lazy.filter { $0.status == .superseded }.count }
        var pastQuota: Int { rows.lazy.filter(\.pastQuota).count }
    }

    /// Lines per registered unit, and one for inputs of no registered unit when there are any.
    func lines() -> [Line] {
        let campaign = context.campaign
        var lines = campaign.units.map { Line(code: $0.code, name: $0.name) }
        var unknown = Line(code: "?", name: words.t("Chưa xác định đơn vị", "Unknown unit"))
        for input in consolidation.inputs {
            let index = campaign.registryIndex(of: input.record.unit)
            if index < lines.count { lines[index].inputs.append(input) } else { unknown.inputs.append(input) }
        }
        for row in consolidation.rows {
            let index = campaign.registryIndex(of: row.unit)
            if index < lines.count { lines[index].rows.append(row) } else { unknown.rows.append(row) }
        }
        if !unknown.inputs.isEmpty || !unknown.rows.isEmpty { lines.append(unknown) }
        return lines
    }

    func write(into book: XlsxBook) throws {
        let sheet = try book.addSheet(words.t("Tổng hợp theo đơn vị", "Summary by unit"))
        let awards = context.campaign.awards
        let lines = lines()
        let nameWidth = TextMetrics.columnWidth(for: lines.map(\.name), size: 12, minimum: 18, maximum: 28)
        let codeWidth = TextMetrics.columnWidth(for: lines.map(\.code), size: 12, minimum: 6, maximum: 12) + 1
        try sheet.setColumnWidths([4, codeWidth, nameWidth, 9, 9, 9, 10] + awards.map { _ in 12 } + [8, 20])
        let last = 8 + awards.count
        try sheet.merge(0, 0, 0, last, words.t("TỔNG HỢP HỒ SƠ ĐỀ NGHỊ KHEN THƯỞNG THEO ĐƠN VỊ NĂM \(context.year)",
                                               "NOMINATIONS BY UNIT, \(context.year)"), .title)
        let headerRow = 2
        var headers = [words.t("STT", "No."), words.t("Mã", "Code"), words.t("Đơn vị", "Unit"), words.t("Số dòng đã gửi", "Rows sent"),
                       words.t("Đủ điều kiện", "Eligible"), words.t("Không đủ điều kiện", "Not eligible"),
                       words.t("Bị thay thế (lần gửi cũ)", "Replaced (older submission)")]
        headers += awards.map { words.t("Đủ điều kiện: ", "Eligible: ") + $0.name }
        headers += [words.t("Vượt chỉ tiêu", "Past quota"), words.t("Ghi chú", "Notes")]
        for (column, header) in headers.enumerated() { try sheet.write(headerRow, column, header, .tableHeader) }
        try sheet.setUpPrinting(repeatRows: headerRow...headerRow, footerLabel: words.t("Trang", "Page"))
        sheet.freeze(below: headerRow + 1)

        var row = headerRow + 1
        let firstDataRow = row
        for (index, line) in lines.enumerated() {
            let numbers = [line.rows.count, line.eligible, line.notEligible, line.superseded]
                + awards.map { award in line.rows.lazy.filter { $0.status == .eligible && $0.row.award == award.id }.count }
                + [line.pastQuota]
            try sheet.write(row, 0, number: Double(index + 1), .tableCentered)
            try sheet.write(row, 1, line.code, .tableCentered)
            try sheet.write(row, 2, line.name, .tableText)
            for (offset, value) in numbers.enumerated() { try sheet.write(row, 3 + offset, number: Double(value), .tableCentered) }
            try sheet.write(row, last, note(for: line), .tableText)
            row += 1
        }
        let lastDataRow = row - 1
        let totals = [lines.map(\.rows.count), lines.map(\.eligible), lines.map(\.notEligible), lines.map(\.superseded)].map { $0.reduce(0, +) }
            + awards.map { award in consolidation.rows.lazy.filter { $0.status == .eligible && $0.row.award == award.id }.count }
            + [lines.map(\.pastQuota).reduce(0, +)]
        // Before the totals row: a streamed sheet takes a filter only over rows not yet written out.
        try sheet.autofilter(headerRow, 0, lastDataRow, last)
        let bold = CellStyle.tableCentered.with { $0.bold = true }
        try sheet.merge(row, 0, row, 2, words.t("Tổng cộng", "Total"), bold)
        for (offset, value) in totals.enumerated() { try sheet.write(row, 3 + offset, number: Double(value), bold) }
        let silent = lines.filter { $0.sentNothing && $0.code != "?" }
        try sheet.write(row, last, words.t("\(silent.count) đơn vị chưa gửi", "\(silent.count) units sent nothing"), CellStyle.tableText.with { $0.bold = true })
        row += 2

        // The quota table and the chart start a page, so the chart is never cut by a page break.
        try sheet.pageBreak(before: row)
        row = try writeQuotas(into: sheet, row: row)
        row += 1
        if lastDataRow >= firstDataRow {
            try writeChart(into: book, sheet: sheet, at: row, categories: firstDataRow...lastDataRow)
        }
    }

    private func note(for line: Line) -> String {
        if line.sentNothing { return words.t("Chưa gửi hồ sơ", "Sent nothing") }
        var counts: [InputStatus: Int] = [:]
        for input in line.inputs { counts[input.status, default: 0] += 1 }
        let order: [InputStatus] = [.taken, .superseded, .duplicateFile, .late, .unknownUnit, .unreadable, .noTable, .noSheet]
        return order.compactMap { status in counts[status].map { "\($0) " + words.t("tệp", "file(s)") + ": " + words.status(status).lowercased() } }
            .joined(separator: "\n")
    }

    /// The quota table: each award form's quota for the year, the eligible rows, those within and past it.
    private func writeQuotas(into sheet: XlsxSheet, row start: Int) throws -> Int {
        var row = start
        try sheet.merge(row, 0, row, 2, words.t("Sử dụng chỉ tiêu", "Quota use"), CellStyle(size: 12, bold: true))
        row += 1
        let headers = [words.t("Hình thức", "Award form"), words.t("Chỉ tiêu", "Quota"), words.t("Đủ điều kiện", "Eligible"),
                       words.t("Trong chỉ tiêu", "Within"), words.t("Vượt chỉ tiêu", "Past")]
        try sheet.merge(row, 0, row, 2, headers[0], .tableHeader)
        for (offset, header) in headers.dropFirst().enumerated() { try sheet.write(row, 3 + offset, header, .tableHeader) }
        row += 1
        for award in context.campaign.awards {
            let eligible = consolidation.rows.filter { $0.status == .eligible && $0.row.award == award.id }
            let past = eligible.filter(\.pastQuota).count
            try sheet.merge(row, 0, row, 2, award.name, .tableText)
            if let quota = award.quotas[context.year] {
                try sheet.write(row, 3, number: Double(quota), .tableCentered)
            } else {
                try sheet.write(row, 3, words.t("Không giới hạn", "None"), .tableCentered)
            }
            try sheet.write(row, 4, number: Double(eligible.count), .tableCentered)
            try sheet.write(row, 5, number: Double(eligible.count - past), .tableCentered)
            try sheet.write(row, 6, number: Double(past), .tableCentered)
            row += 1
        }
        return row
    }

    /// A clustered bar chart of eligible and not eligible rows per unit (by code, so labels stay short).
    private func writeChart(into book: XlsxBook, sheet: XlsxSheet, at row: Int, categories: ClosedRange<Int>) throws {
        guard let chart = book.addChart(type: LXW_CHART_COLUMN) else { throw WorkbookWriteError("libxlsxwriter could not add a chart") }
        var font = lxw_chart_font()
        font.name = book.cString(CellStyle.fontName)
        font.size = 11
        chart_title_set_name(chart, words.t("Số đề nghị theo đơn vị", "Nominations by unit"))
        chart_title_set_name_font(chart, &font)
        for (column, color) in [(4, UInt32(0x2E75B6)), (5, UInt32(0xC00000))] {
            guard let series = chart_add_series(chart, nil, nil) else { continue }
            chart_series_set_categories(series, sheet.name, lxw_row_t(categories.lowerBound), 1, lxw_row_t(categories.upperBound), 1)
            chart_series_set_values(series, sheet.name, lxw_row_t(categories.lowerBound), lxw_col_t(column), lxw_row_t(categories.upperBound), lxw_col_t(column))
            chart_series_set_name_range(series, sheet.name, 2, lxw_col_t(column))
            var fill = lxw_chart_fill()
            fill.color = lxw_color_t(color)
            chart_series_set_fill(series, &fill)
        }
        chart_axis_set_num_font(chart.pointee.x_axis, &font)
        chart_axis_set_num_font(chart.pointee.y_axis, &font)
        chart_axis_set_num_format(chart.pointee.y_axis, "0")
        chart_axis_set_min(chart.pointee.y_axis, 0)
        chart_legend_set_position(chart, UInt8(LXW_CHART_LEGEND_BOTTOM.rawValue))
        chart_legend_set_font(chart, &font)
        try sheet.insert(chart: chart, row: row, column: 1, xScale: 1.8, yScale: 1.2)
    }
}
