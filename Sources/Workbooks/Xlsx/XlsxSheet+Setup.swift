import Foundation
import CXlsxWriter

/// Print setup, panes, filters, protection, validation and charts of a sheet.
extension XlsxSheet {
    /// Decree 30/2020's page: A4, landscape for tables, margins top/bottom 20 mm, left 30 mm, right 15 mm,
    /// `pagesWide` pages wide (one, unless a table is too wide to read on one), "Trang n/N" centred in the footer,
    /// and `repeatRows` (and `repeatColumns`) printed on every page.
    func setUpPrinting(landscape: Bool = true, repeatRows: ClosedRange<Int>? = nil, repeatColumns: ClosedRange<Int>? = nil,
                       pagesWide: Int = 1, footerLabel: String = "Trang") throws {
        worksheet_set_paper(handle, 9)  // 9 is A4 in Excel's paper list.
        if landscape { worksheet_set_landscape(handle) } else { worksheet_set_portrait(handle) }
        let millimetre = 1 / 25.4
        worksheet_set_margins(handle, 30 * millimetre, 15 * millimetre, 20 * millimetre, 20 * millimetre)
        worksheet_fit_to_pages(handle, UInt16(max(1, pagesWide)), 0)
        worksheet_center_horizontally(handle)
        if let repeatRows {
            try check(worksheet_repeat_rows(handle, lxw_row_t(repeatRows.lowerBound), lxw_row_t(repeatRows.upperBound)), "repeat header rows")
        }
        if let repeatColumns {
            try check(worksheet_repeat_columns(handle, lxw_col_t(repeatColumns.lowerBound), lxw_col_t(repeatColumns.upperBound)), "repeat columns")
        }
        var options = lxw_header_footer_options()
        options.margin = 8 * millimetre
        try check(worksheet_set_footer_opt(handle, "&C&\"Times New Roman,Regular\"&12\(footerLabel) &P/&N", &options), "set the footer")
    }

    /// What prints: a rectangle, when the used cells would leave out blank room (the signatures' space).
    func printArea(_ firstRow: Int, _ firstColumn: Int, _ lastRow: Int, _ lastColumn: Int) throws {
        try check(worksheet_print_area(handle, lxw_row_t(firstRow), lxw_col_t(firstColumn), lxw_row_t(lastRow), lxw_col_t(lastColumn)), "set the print area")
    }

    /// A manual page break above `row`.
    func pageBreak(before row: Int) throws { try pageBreaks(before: [row]) }

    /// Manual page breaks above each of `rows` (libxlsxwriter takes at most 1,023).
    func pageBreaks(before rows: [Int]) throws {
        guard !rows.isEmpty else { return }
        var breaks = rows.prefix(1023).map { lxw_row_t($0) } + [0]
        try check(worksheet_set_h_pagebreaks(handle, &breaks), "set page breaks")
    }

    /// How many pages wide columns `0...lastColumn` must print for text to keep at least `minimumScale` of its
    /// size (at most `limit`): a table of twenty columns shrunk onto one A4 page is too small to read.
    func pagesWide(lastColumn: Int, minimumScale: Double = 0.7, limit: Int = 4, landscape: Bool = true) -> Int {
        let page = PageBreaks.printableSize(landscape: landscape)
        return min(limit, max(1, Int((printedWidth(through: lastColumn) * minimumScale / page.width).rounded(.up))))
    }

    /// The width, in points at 100%, of columns `0...lastColumn` on paper.
    private func printedWidth(through lastColumn: Int) -> Double {
        (0...lastColumn).reduce(0.0) { $0 + width(of: $1) * TextMetrics.pixelsPerUnit + TextMetrics.columnPadding } * 72 / 96
    }

    /// Breaks a long list into pages so that no row of `keepWithNext` (a section heading) ends a page,
    /// from the estimated row heights and the print scale of columns `0...lastColumn` fitted to one page wide.
    func keepHeadingsWithTheirRows(_ keepWithNext: Set<Int>, lastRow: Int, lastColumn: Int, repeated: ClosedRange<Int>?, landscape: Bool = true) throws {
        let page = PageBreaks.printableSize(landscape: landscape)
        let scale = min(1, page.width / printedWidth(through: lastColumn))
        let breaks = PageBreaks.plan(heights: { self.height(of: $0) }, lastRow: lastRow, repeated: repeated, keepWithNext: keepWithNext,
                                     pageHeight: page.height, scale: scale)
        try pageBreaks(before: breaks)
    }

    /// Freezes the rows above `row` (and the columns left of `column`).
    func freeze(below row: Int, rightOf column: Int = 0) {
        worksheet_freeze_panes(handle, lxw_row_t(row), lxw_col_t(column))
    }

    /// An autofilter over a list's header row and data.
    func autofilter(_ firstRow: Int, _ firstColumn: Int, _ lastRow: Int, _ lastColumn: Int) throws {
        try check(worksheet_autofilter(handle, lxw_row_t(firstRow), lxw_col_t(firstColumn), lxw_row_t(lastRow), lxw_col_t(lastColumn)), "set an autofilter")
    }

    /// Hides the sheet (the template's list sheet).
    func hide() { worksheet_hide(handle) }

    /// Makes the sheet the one shown when the file opens.
    func activate() { worksheet_activate(handle) }

    /// Locks every cell not formatted `unlocked` while still letting a unit resize, insert and delete rows.
    func protect() {
        var options = lxw_protection()
        options.format_columns = 1
        options.format_rows = 1
        options.insert_rows = 1
        options.delete_rows = 1
        options.sort = 1
        options.autofilter = 1
        worksheet_protect(handle, nil, &options)
    }

    /// Adds a data validation over a range; `configure` fills the options (strings through `book.cString`).
    func validate(_ firstRow: Int, _ firstColumn: Int, _ lastRow: Int, _ lastColumn: Int,
                  _ configure: (inout lxw_data_validation) -> Void) throws {
        var validation = lxw_data_validation()
        validation.ignore_blank = UInt8(LXW_VALIDATION_ON.rawValue)
        configure(&validation)
        try check(worksheet_data_validation_range(handle, lxw_row_t(firstRow), lxw_col_t(firstColumn), lxw_row_t(lastRow), lxw_col_t(lastColumn),
                                                  &validation), "add a data validation")
    }

    /// Inserts a chart with its top-left corner in a cell.
    func insert(chart: UnsafeMutablePointer<lxw_chart>, row: Int, column: Int, xScale: Double = 1, yScale: Double = 1) throws {
        var options = lxw_chart_options()
        options.x_scale = xScale
        options.y_scale = yScale
        options.object_position = UInt8(LXW_OBJECT_MOVE_DONT_SIZE.rawValue)
        try check(worksheet_insert_chart_opt(handle, lxw_row_t(row), lxw_col_t(column), chart, &options), "insert a chart")
    }
}
