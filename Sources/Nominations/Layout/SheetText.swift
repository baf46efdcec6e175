import Campaign
import Sheets

/// One non-empty cell with its text repaired (TCVN3/VNI decoded, composed, tidied) and folded into words:
/// what every layout decision reads. The stored cell is kept for `fieldCells`.
struct TextCell: Sendable {
    var cell: Cell
    /// The repaired, tidied text (numbers and dates as `CellValue.text`).
    var text: String
    /// Folded words of `text` (case and diacritics folded, đ → d, split on anything not a letter or digit).
    var words: [String]
    /// What the repairer changed beyond spacing (any change counts towards `S-ENCODING`).
    var repairs: Set<TextRepairKind>
    /// Whether the repairer changed more than spacing (counts towards `S-ENCODING` for headers and titles).
    var isRepaired: Bool { !repairs.isEmpty }
    /// The repaired text as `TextRepairer.repair` gives it, for reading the cell's value.
    var repaired: RepairedText { RepairedText(text: text, repairs: repairs) }

    var column: Int { cell.column }
}

/// One row of a sheet: its non-blank cells, repaired and folded, in column order.
struct TextRow: Sendable {
    var row: Int
    /// Every stored cell of the row, blank ones included (for `LocatedRow.cells`).
    var stored: [Cell]
    /// The non-blank cells.
    var cells: [TextCell]

    var isBlank: Bool { cells.isEmpty }
    func cell(at column: Int) -> TextCell? { cells.first { $0.column == column } }
    /// The row's texts joined by a space, as a person reads the row.
    var joinedText: String { cells.map(\.text).joined(separator: " ") }
}

/// A sheet's rows, each cell's text repaired once, and its merged ranges.
struct SheetText: Sendable {
    var rows: [TextRow]
    var merges: [MergedRange]
    /// Merged ranges by their top-left cell, so that a lookup costs the same however many ranges a sheet has.
    private var mergeStarts: [CellPosition: MergedRange] = [:]

    /// Merged ranges by first row, with the greatest last row so far: finds the ranges over a row without
    /// looking at every range of a sheet that has many.
    private var byFirstRow: [MergedRange] = []
    private var lastRowSoFar: [Int] = []

    private struct CellPosition: Hashable, Sendable { var row: Int, column: Int }

    init(sheet: Sheet, repairer: TextRepairer) {
        merges = sheet.merges
        for merge in sheet.merges { mergeStarts[CellPosition(row: merge.firstRow, column: merge.firstColumn)] = merge }
        byFirstRow = sheet.merges.sorted { $0.firstRow < $1.firstRow }
        var greatest = Int.min
        lastRowSoFar = byFirstRow.map { greatest = max(greatest, $0.lastRow); return greatest }
        // Texts repeat down a column (ratings, positions, the same summary): each distinct text and font is
        // repaired and folded once. Keyed by bytes: a String key would be normalised to hash, which costs more
        // than the folding; one local table, so that a cell costs one look-up and no lock.
        var known: [RepairMemo.Key: (repaired: RepairedText, words: [String])] = [:]
        var wordsOf: [ExactText: [String]] = [:]  // numbers and dates shown as text
        rows = sheet.rows.map { entry in
            let cells = entry.cells.compactMap { cell -> TextCell? in
                guard !cell.value.isBlank else { return nil }
                if case .string(let raw) = cell.value {
                    let key = RepairMemo.Key(text: raw, font: cell.font)
                    let facts: (repaired: RepairedText, words: [String])
                    if let found = known[key] {
                        facts = found
                    } else {
                        let repaired = repairer.repair(raw, font: cell.font)
                        facts = (repaired, TextFolding.tokens(repaired.text))
                        known[key] = facts
                    }
                    guard !facts.repaired.text.isEmpty else { return nil }
                    return TextCell(cell: cell, text: facts.repaired.text, words: facts.words, repairs: facts.repaired.repairs)
                }
                let text = cell.value.text
                let words: [String]
                if let found = wordsOf[ExactText(text)] {
                    words = found
                } else {
                    words = TextFolding.tokens(text)
                    wordsOf[ExactText(text)] = words
                }
                return TextCell(cell: cell, text: text, words: words, repairs: [])
            }
            return TextRow(row: entry.row, stored: Array(entry.cells), cells: cells)
        }
    }

    /// The merged ranges that cover some cell of `row`.
    func merges(covering row: Int) -> [MergedRange] {
        // Ranges starting at or above the row, walked back while one of them may still reach down to it.
        var low = 0, high = byFirstRow.count
        while low < high {
            let middle = (low + high) / 2
            if byFirstRow[middle].firstRow <= row { low = middle + 1 } else { high = middle }
        }
        var found: [MergedRange] = []
        var index = low - 1
        while index >= 0, lastRowSoFar[index] >= row {
            if byFirstRow[index].lastRow >= row { found.append(byFirstRow[index]) }
            index -= 1
        }
        return found
    }

    /// The merged range whose top-left cell is at (row, column), if any.
    func merge(startingAt row: Int, column: Int) -> MergedRange? {
        mergeStarts[CellPosition(row: row, column: column)]
    }
}
