import Foundation
import Campaign

/// The heading of a document under Decree 30/2020, Appendix I: issuing bodies top left, the national
/// name and motto top right, the place-and-date line under them.
struct HeaderBlock {
    /// Left lines, top first: the superior body (not bold), then the issuing bodies (bold). A short rule is
    /// printed under the last one.
    var leftLines: [String]
    /// The place-and-date line (italic, right), if any.
    var dateLine: String?
    /// Leaves the left block's last line blank (the template writes a drop-down cell there).
    var lastLineIsInput = false

    /// The council workbook's three lines, or the two of feedback workbooks and the template.
    static func of(_ organisation: Organisation, withCouncil: Bool) -> [String] {
        var lines = [organisation.superiorBody.uppercased(), organisation.agency.uppercased()]
        if withCouncil { lines.append(organisation.council.uppercased()) }
        return lines
    }

    /// Writes the block from `row`, the left part over `left`, the right part over `right` (columns);
    /// returns the first row under it.
    @discardableResult
    func write(into sheet: XlsxSheet, row: Int, left: ClosedRange<Int>, right: ClosedRange<Int>) throws -> Int {
        let superior = CellStyle(size: 13, horizontal: .center, vertical: .center)
        let issuing = superior.with { $0.bold = true }
        let nation = CellStyle(size: 12, bold: true, horizontal: .center, vertical: .center)
        // The motto's rule must be as long as the text: an underline is exactly that.
        let motto = CellStyle(size: 13, bold: true, horizontal: .center, vertical: .center).with { $0.underlined = true }
        var current = row
        for (index, line) in leftLines.enumerated() {
            let isLast = index == leftLines.count - 1
            if isLast && lastLineIsInput {
                try sheet.merge(current, left.lowerBound, current, left.upperBound, "", issuing.with { $0.unlocked = true; $0.fill = 0xFFF2CC })
                sheet.setMinimumHeight(current, 20)
            } else {
                try sheet.merge(current, left.lowerBound, current, left.upperBound, line, index == 0 ? superior : issuing)
            }
            switch index {
            case 0: try sheet.merge(current, right.lowerBound, current, right.upperBound, Wording.nation, nation)
            case 1: try sheet.merge(current, right.lowerBound, current, right.upperBound, Wording.motto, motto)
            default: break
            }
            current += 1
        }
        // The short rule under the issuing body: a few box-drawing strokes, centred, in a thin row.
        try sheet.merge(current, left.lowerBound, current, left.upperBound, String(repeating: "\u{2500}", count: 9),
                        CellStyle(size: 8, horizontal: .center, vertical: .top, wrap: false))
        sheet.setMinimumHeight(current, 11)
        current += 1
        if let dateLine {
            try sheet.merge(current, right.lowerBound, current, right.upperBound, dateLine,
                            CellStyle(size: 13, italic: true, horizontal: .center, vertical: .center))
            current += 1
        }
        return current
    }
}

/// The signature block under a list: who drew it up on the left, who signs for the body on the right.
struct SignatureBlock {
    var left: [String]
    var right: [String]

    /// Writes the block from `row` and returns the first row under it.
    @discardableResult
    func write(into sheet: XlsxSheet, row: Int, left leftColumns: ClosedRange<Int>, right rightColumns: ClosedRange<Int>) throws -> Int {
        let bold = CellStyle(size: 13, bold: true, horizontal: .center, vertical: .center)
        let note = CellStyle(size: 13, italic: true, horizontal: .center, vertical: .center)
        let count = max(left.count, right.count)
        for index in 0..<count {
            if index < left.count {
                try sheet.merge(row + index, leftColumns.lowerBound, row + index, leftColumns.upperBound, left[index], left[index].hasPrefix("(") ? note : bold)
            }
            if index < right.count {
                try sheet.merge(row + index, rightColumns.lowerBound, row + index, rightColumns.upperBound, right[index], right[index].hasPrefix("(") ? note : bold)
            }
        }
        return row + count
    }
}
