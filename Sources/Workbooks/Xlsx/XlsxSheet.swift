import Foundation
import CXlsxWriter

/// A thin wrapper over one libxlsxwriter worksheet. Rows and columns are 0-based as in libxlsxwriter.
///
/// Text is always written with `worksheet_write_string`, so a unit's "=HYPERLINK(…)" stays text. Each write
/// of wrapped text records the height its row needs (libxlsxwriter has no autofit); `XlsxBook.close()`
/// applies the heights.
final class XlsxSheet {
    unowned let book: XlsxBook
    let handle: UnsafeMutablePointer<lxw_worksheet>
    let name: String
    /// Column widths in Excel's character units, as set by `setColumnWidths` (0: not set).
    private var columnWidths: [Double] = []
    /// The height each row needs, by row (0: none recorded); an array, since rows are written in order.
    private var rowHeights: [Double] = []
    /// Streaming books only: rows whose heights wait to be set (a streamed row's height must be set before
    /// the next row starts).
    private var unsetHeights: [Int] = []
    private var heightTooLate: Int?
    /// The row last given a height and that height, to skip the table look-up for a row's later cells.
    private var lastHeightRow = -1
    private var lastHeight = 0.0

    init(book: XlsxBook, handle: UnsafeMutablePointer<lxw_worksheet>, name: String) {
        self.book = book; self.handle = handle; self.name = name
    }

    // MARK: Cells

    /// Writes text (never a formula) and records the height its row needs.
    func write(_ row: Int, _ column: Int, _ text: String, _ style: CellStyle) throws {
        try moveTo(row)
        let format = book.format(style)
        if text.isEmpty {
            try check(worksheet_write_blank(handle, lxw_row_t(row), lxw_col_t(column), format), "write a cell")
            return
        }
        let error = clipped(text).withCString { worksheet_write_string(handle, lxw_row_t(row), lxw_col_t(column), $0, format) }
        try check(error, "write a cell")
        fitRow(row, text: text, width: width(of: column), style: style)
    }

    /// Writes a number.
    func write(_ row: Int, _ column: Int, number: Double, _ style: CellStyle) throws {
        try moveTo(row)
        try check(worksheet_write_number(handle, lxw_row_t(row), lxw_col_t(column), number, book.format(style)), "write a number")
    }

    /// Writes a date as a date cell (shown with the style's number format).
    func write(_ row: Int, _ column: Int, year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0, _ style: CellStyle) throws {
        try moveTo(row)
        var value = lxw_datetime(year: Int32(year), month: Int32(month), day: Int32(day), hour: Int32(hour), min: Int32(minute), sec: Double(second))
        try check(worksheet_write_datetime(handle, lxw_row_t(row), lxw_col_t(column), &value, book.format(style)), "write a date")
    }

    /// Writes a formatted blank cell (borders, fills, unlocked input cells).
    func blank(_ row: Int, _ column: Int, _ style: CellStyle) throws {
        try moveTo(row)
        try check(worksheet_write_blank(handle, lxw_row_t(row), lxw_col_t(column), book.format(style)), "write a cell")
    }

    /// Merges a rectangle and writes text into it; the height is estimated over the merged width and
    /// spread over the merged rows.
    func merge(_ firstRow: Int, _ firstColumn: Int, _ lastRow: Int, _ lastColumn: Int, _ text: String, _ style: CellStyle) throws {
        if firstRow == lastRow && firstColumn == lastColumn { return try write(firstRow, firstColumn, text, style) }
        try moveTo(firstRow)
        try check(worksheet_merge_range(handle, lxw_row_t(firstRow), lxw_col_t(firstColumn), lxw_row_t(lastRow), lxw_col_t(lastColumn),
                                        clipped(text), book.format(style)), "merge cells")
        if firstRow == lastRow {
            let width = (firstColumn...lastColumn).reduce(0) { $0 + self.width(of: $1) }
            fitRow(firstRow, text: text, width: width, style: style)
        }
    }

    /// Adds a cell comment (a note) with the reason and the fix of a finding.
    func comment(_ row: Int, _ column: Int, _ text: String, author: String) throws {
        var options = lxw_comment_options()
        options.author = book.cString(author)
        options.font_name = book.cString(CellStyle.fontName)
        options.font_size = 11
        options.x_scale = 2.2
        options.y_scale = max(1.5, min(6, Double(text.count) / 60 + 1))
        try check(worksheet_write_comment_opt(handle, lxw_row_t(row), lxw_col_t(column), clipped(text), &options), "write a comment")
    }

    // MARK: Geometry

    /// Sets the widths (Excel character units) of the columns from `first` on.
    func setColumnWidths(_ widths: [Double], from first: Int = 0) throws {
        for (offset, width) in widths.enumerated() {
            let column = first + offset
            if column >= columnWidths.count { columnWidths += Array(repeating: 0, count: column + 1 - columnWidths.count) }
            columnWidths[column] = width
            try check(worksheet_set_column(handle, lxw_col_t(column), lxw_col_t(column), width, nil), "set a column width")
        }
    }

    /// The width of a column (libxlsxwriter's default when not set).
    func width(of column: Int) -> Double {
        column < columnWidths.count && columnWidths[column] > 0 ? columnWidths[column] : LXW_DEF_COL_WIDTH
    }

    /// The height recorded for a row, nil when none was.
    private func recordedHeight(_ row: Int) -> Double? { row < rowHeights.count && rowHeights[row] > 0 ? rowHeights[row] : nil }

    /// A row's height as it will print: the estimate recorded, else Excel's default.
    func height(of row: Int) -> Double { min(409, recordedHeight(row) ?? 15) }

    /// Asks that a row be at least `points` high.
    func setMinimumHeight(_ row: Int, _ points: Double) {
        // Most cells need no more than a line: a row's first such cell records it, the others change nothing.
        if row == lastHeightRow, points <= lastHeight { return }
        let recorded = recordedHeight(row)
        lastHeightRow = row
        lastHeight = max(points, recorded ?? 0)
        if book.streaming, recorded == nil {
            if row < libraryRow { heightTooLate = heightTooLate ?? row } else { unsetHeights.append(row) }
        }
        if row >= rowHeights.count { rowHeights += Array(repeating: 0, count: max(row + 1 - rowHeights.count, rowHeights.count)) }
        rowHeights[row] = lastHeight
    }

    /// Streaming books: before the first write to `row`, sets the heights of the rows above it, which
    /// libxlsxwriter is about to write out for good.
    private func moveTo(_ row: Int) throws {
        guard book.streaming, row > libraryRow else { return }
        try setHeights(below: row)
    }

    /// The row libxlsxwriter holds open in a streaming book (a merge over several rows moves it on).
    private var libraryRow: Int { handle.pointee.optimize_row.map { Int($0.pointee.row_num) } ?? 0 }

    private func setHeights(below row: Int) throws {
        guard unsetHeights.contains(where: { $0 < row }) else { return }
        unsetHeights.sort()
        while let first = unsetHeights.first, first < row {
            unsetHeights.removeFirst()
            // libxlsxwriter dereferences a null row when asked for a row it already wrote out.
            guard first >= libraryRow else { heightTooLate = heightTooLate ?? first; continue }
            try check(worksheet_set_row(handle, lxw_row_t(first), height(of: first), nil), "set a row height")
        }
    }

    /// Records the height `text` needs in a cell of `width`.
    func fitRow(_ row: Int, text: String, width: Double, style: CellStyle) {
        let needed = TextMetrics.rowHeight(for: text, width: width, size: style.size, bold: style.bold, wraps: style.wrap)
        setMinimumHeight(row, needed)
    }

    /// Applies the recorded heights (called by `XlsxBook.close()`).
    func applyRowHeights() throws {
        if book.streaming {
            try setHeights(below: Int.max)
            if let row = heightTooLate { throw WorkbookWriteError("the height of row \(row + 1) of \(name) was set after the row was written") }
            return
        }
        for (row, height) in rowHeights.enumerated() where height > 0 {
            try check(worksheet_set_row(handle, lxw_row_t(row), min(409, height), nil), "set a row height")
        }
    }

    /// Excel keeps at most 32,767 characters in a cell; longer text is cut, never refused.
    private func clipped(_ text: String) -> String {
        // UTF-16 never takes more units than UTF-8 takes bytes: most text is known short without counting.
        text.utf8.count <= 32_767 || text.utf16.count <= 32_767 ? text : String(text.prefix(32_000)) + "…"
    }
}
