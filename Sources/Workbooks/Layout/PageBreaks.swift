import Foundation

/// Plans where pages break in a long list so that a section heading never ends a page: the rows' heights
/// are the estimated ones, the page is A4 at the margins of `XlsxSheet.setUpPrinting`, shrunk as "one page
/// wide" shrinks it. A slack keeps the plan on the safe side of the estimate, so the program's own breaks
/// come before any the spreadsheet would add.
enum PageBreaks {
    /// Printable height and width of A4 at Decree 30's margins, in points.
    static func printableSize(landscape: Bool) -> (width: Double, height: Double) {
        let millimetre = 72 / 25.4
        return landscape ? ((297 - 45) * millimetre, (210 - 40) * millimetre) : ((210 - 45) * millimetre, (297 - 40) * millimetre)
    }

    /// Rows before which a page breaks. `heights[row]` is each row's height in points (rows from 0 to
    /// `lastRow`); `repeated` are printed again at the top of every later page; a row in `keepWithNext`
    /// never ends a page; `scale` is the print scale (1: full size).
    static func plan(heights: (Int) -> Double, lastRow: Int, repeated: ClosedRange<Int>?, keepWithNext: Set<Int>,
                     pageHeight: Double, scale: Double, slack: Double = 0.94) -> [Int] {
        let available = pageHeight / max(scale, 0.1) * slack
        let repeatedHeight = repeated.map { $0.reduce(0) { $0 + heights($1) } } ?? 0
        var breaks: [Int] = []
        var used = 0.0
        var row = 0
        while row <= lastRow {
            let height = heights(row)
            if used + height > available && used > repeatedHeight {
                // Move the break up over headings that would end the page.
                var breakRow = row
                while breakRow - 1 > (breaks.last ?? 0), keepWithNext.contains(breakRow - 1) { breakRow -= 1 }
                if breakRow <= (breaks.last ?? 0) + 1 { breakRow = row }
                breaks.append(breakRow)
                used = repeatedHeight
                row = breakRow
                continue
            }
            used += height
            row += 1
        }
        return breaks
    }
}
