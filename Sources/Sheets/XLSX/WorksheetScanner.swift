/// Walks one worksheet part's tokens and hands out its rows of cells as they complete. Buffers (the row's
/// cells, the value's bytes) are reused from cell to cell; only a cell's final value allocates. When the
/// whole sheet is wanted (`keepsCells`), rows stay in one array instead: no cell is copied out of a row buffer.
struct WorksheetScanner {
    /// A cell's `t` attribute.
    private enum CellType { case number, sharedString, inlineString, formulaString, boolean, error, isoDate }
    /// Where character data currently goes.
    private enum TextTarget { case none, value, inline }

    let sharedStrings: [String]
    let styles: CellStyles
    let dateSystem: ExcelSerialDate.System
    let limits: SafetyLimits
    let part: String
    let keepsCells: Bool

    private(set) var merges: [MergedRange] = []
    private var rowCells: [Cell] = []
    /// Where the open row's cells start in `rowCells` (0 unless `keepsCells`).
    private var rowStart = 0
    private var rowNumber = 0
    private var rowIsOpen = false
    private var rowNeedsSort = false
    private var lastColumn = 0
    private var inSheetData = false
    private var inCell = false
    private var inInlineString = false
    private var cellRow = 0
    private var cellColumn = 0
    private var cellType = CellType.number
    private var cellStyle = 0
    private var target = TextTarget.none
    private var hasValue = false
    private var value: [UInt8] = []
    private var inline: RichTextCollector

    init(sharedStrings: [String], styles: CellStyles, dateSystem: ExcelSerialDate.System, limits: SafetyLimits, part: String,
         keepsCells: Bool = false) {
        self.sharedStrings = sharedStrings
        self.styles = styles
        self.dateSystem = dateSystem
        self.limits = limits
        self.part = part
        self.keepsCells = keepsCells
        inline = RichTextCollector(limits: limits, part: part)
        value.reserveCapacity(64)
        rowCells.reserveCapacity(64)
    }

    /// Handles one token; calls `emit` when a row is complete.
    mutating func handle(_ token: XMLToken, _ window: XMLWindow, emit: (Int, [Cell]) throws -> Void) throws {
        switch token.kind {
        case .text, .cdata:
            switch target {
            case .none: return
            case .value:
                XMLText.appendDecoded(window.base, token.start, token.end, to: &value, isCDATA: token.kind == .cdata)
                try CellTextLimit.check(byteCount: value.count, limits: limits, part: part)
            case .inline:
                try inline.append(token, window)
            }
        case .startTag, .emptyTag:
            try open(token, window, isEmpty: token.kind == .emptyTag, emit: emit)
        case .endTag:
            try close(token, window, emit: emit)
        }
    }

    private mutating func open(_ token: XMLToken, _ window: XMLWindow, isEmpty: Bool, emit: (Int, [Cell]) throws -> Void) throws {
        let length = token.end - token.start
        let first = window.base[token.start]
        if inCell {
            if length == 1 && first == UInt8(ascii: "v") {
                value.removeAll(keepingCapacity: true)
                hasValue = true
                target = isEmpty ? .none : .value
            } else if length == 2 && window.name(of: token, is: "is") {
                inInlineString = !isEmpty
                inline.reset()
            } else if inInlineString {
                inline.open(token, window)
                if !isEmpty && window.name(of: token, is: "t") { target = .inline }
            }
            return
        }
        if length == 1 && first == UInt8(ascii: "c") && inSheetData {
            try startCell(token, window, emit: emit)
            if isEmpty { inCell = false }
        } else if length == 3 && window.name(of: token, is: "row") && inSheetData {
            try flushRow(emit)
            var number = rowNumber + 1
            window.forEachAttribute(of: token) { name, start, end in
                if name.count == 1 && name[0] == UInt8(ascii: "r"), let parsed = parseInt(window.base, start, end) { number = parsed }
            }
            guard number >= 1, number <= limits.maxRows else { throw SheetLimits.rows(part, limits) }
            rowNumber = number
            rowIsOpen = true
            lastColumn = 0
        } else if length == 9 && window.name(of: token, is: "sheetData") {
            inSheetData = !isEmpty
        } else if length == 9 && window.name(of: token, is: "mergeCell") {
            if let reference = window.attribute("ref", of: token) { try addMerge(reference) }
        }
    }

    private mutating func close(_ token: XMLToken, _ window: XMLWindow, emit: (Int, [Cell]) throws -> Void) throws {
        let length = token.end - token.start
        let first = window.base[token.start]
        if inCell {
            if length == 1 && first == UInt8(ascii: "c") {
                inCell = false
                try finishCell()
            } else if length == 1 && first == UInt8(ascii: "v") {
                target = .none
            } else if length == 2 && window.name(of: token, is: "is") {
                inInlineString = false
                target = .none
            } else if inInlineString {
                inline.close(token, window)
                if window.name(of: token, is: "t") { target = .none }
            }
            return
        }
        if length == 3 && window.name(of: token, is: "row") {
            try flushRow(emit)
        } else if length == 9 && window.name(of: token, is: "sheetData") {
            try flushRow(emit)
            inSheetData = false
        }
    }

    /// Reads a `<c>`'s reference, type and style. A cell without `r` follows the previous one.
    private mutating func startCell(_ token: XMLToken, _ window: XMLWindow, emit: (Int, [Cell]) throws -> Void) throws {
        inCell = true
        hasValue = false
        inInlineString = false
        if inline.isDirty { inline.reset() }
        cellType = .number
        cellStyle = 0
        var row = rowIsOpen ? rowNumber : rowNumber + 1
        var referencedColumn: Int?
        let base = window.base
        try window.forEachAttribute(of: token) { name, start, end in
            guard name.count == 1 else { return }
            switch name[0] {
            case UInt8(ascii: "r"):
                guard let reference = CellReference.parse(base, start, end) else { return }
                if let referenceRow = reference.row, referenceRow > limits.maxRows { throw SheetLimits.rows(part, limits) }
                if reference.column > limits.maxColumns { throw SheetLimits.columns(part, limits) }
                referencedColumn = reference.column
                if let referenceRow = reference.row { row = referenceRow }
            case UInt8(ascii: "t"):
                cellType = Self.cellType(base, start, end)
            case UInt8(ascii: "s"):
                cellStyle = parseInt(base, start, end) ?? 0
            default:
                break
            }
        }
        guard row >= 1, row <= limits.maxRows else { throw SheetLimits.rows(part, limits) }
        if !rowIsOpen || row != rowNumber {
            // A cell outside its row element (or without one): it starts its own row.
            if row != rowNumber {
                try flushRow(emit)
                lastColumn = 0
            }
            rowNumber = row
            rowIsOpen = true
        }
        let column = referencedColumn ?? lastColumn + 1
        guard column <= limits.maxColumns else { throw SheetLimits.columns(part, limits) }
        if column <= lastColumn { rowNeedsSort = true }
        cellRow = row
        cellColumn = column
        lastColumn = column
    }

    private static func cellType(_ base: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> CellType {
        let length = end - start
        guard length > 0 else { return .number }
        switch base[start] {
        case UInt8(ascii: "s"): return length == 1 ? .sharedString : (length == 3 ? .formulaString : .number)
        case UInt8(ascii: "i"): return .inlineString
        case UInt8(ascii: "b"): return .boolean
        case UInt8(ascii: "e"): return .error
        case UInt8(ascii: "d"): return .isoDate
        default: return .number
        }
    }

    /// Turns the collected bytes into the cell's value, by its type and style; empty values add no cell.
    private mutating func finishCell() throws {
        target = .none
        let cellValue: CellValue?
        switch cellType {
        case .sharedString:
            guard hasValue, let index = parseInt(value, trimmed: true) else {
                if hasValue && !value.isEmpty { throw SheetLimits.badSharedString(part) }
                return
            }
            guard index >= 0 && index < sharedStrings.count else { throw SheetLimits.sharedStringIndex(part, index, sharedStrings.count) }
            cellValue = .string(sharedStrings[index])
        case .inlineString:
            if inline.sawText { cellValue = .string(try inline.finish()) }
            else if hasValue { cellValue = .string(try textValue(unescape: true)) }
            else { return }
        case .formulaString:
            guard hasValue else { return }
            cellValue = .string(try textValue(unescape: false))
        case .boolean:
            guard hasValue, let first = value.first(where: { !XMLText.isSpace($0) }) else { return }
            cellValue = .bool(first == UInt8(ascii: "1") || first | 0x20 == UInt8(ascii: "t"))
        case .error:
            guard hasValue else { return }
            cellValue = .error(try textValue(unescape: false))
        case .isoDate:
            guard hasValue else { return }
            let text = try textValue(unescape: false)
            cellValue = ExcelSerialDate.parseISO(text) ?? .string(text)
        case .number:
            guard hasValue else {
                if inline.sawText { cellValue = .string(try inline.finish()); break }
                return
            }
            cellValue = try numberValue()
        }
        guard let cellValue else { return }
        if case .string(let text) = cellValue, text.isEmpty { return }
        rowCells.append(Cell(row: cellRow, column: cellColumn, value: cellValue, font: styles.font(cellStyle)))
    }

    private func textValue(unescape: Bool) throws -> String {
        if unescape {
            var bytes = value
            XMLText.unescapeExcel(&bytes)
            return try CellTextLimit.string(from: bytes, limits: limits, part: part)
        }
        return try CellTextLimit.string(from: value, limits: limits, part: part)
    }

    /// A number, or a date or time when the style's format says so; text that is not a number stays text.
    private mutating func numberValue() throws -> CellValue? {
        guard let number = parseDouble(&value) else {
            let text = try textValue(unescape: false)
            return text.isEmpty ? nil : .string(text)
        }
        return ExcelSerialDate.value(number, kind: styles.kind(cellStyle), system: dateSystem)
    }

    private mutating func addMerge(_ reference: String) throws {
        let parts = reference.split(separator: ":")
        guard let first = parts.first.flatMap({ CellReference.parse(String($0)) }) else { return }
        let last = parts.count > 1 ? CellReference.parse(String(parts[1])) ?? first : first
        guard let firstRow = first.row, let lastRow = last.row else { return }
        if max(firstRow, lastRow) > limits.maxRows { throw SheetLimits.rows(part, limits) }
        if max(first.column, last.column) > limits.maxColumns { throw SheetLimits.columns(part, limits) }
        merges.append(MergedRange(firstRow: min(firstRow, lastRow), firstColumn: min(first.column, last.column),
                                  lastRow: max(firstRow, lastRow), lastColumn: max(first.column, last.column)))
    }

    /// Emits the open row's cells, if any, and closes it.
    private mutating func flushRow(_ emit: (Int, [Cell]) throws -> Void) throws {
        rowIsOpen = false
        guard rowCells.count > rowStart else { return }
        if rowNeedsSort { sortRow() }
        rowNeedsSort = false
        if keepsCells {
            rowStart = rowCells.count
        } else {
            try emit(rowNumber, rowCells)
            rowCells.removeAll(keepingCapacity: true)
        }
    }

    /// Every cell of the sheet, in row then column order, once `finish` has run (with `keepsCells`).
    mutating func takeCells() -> [Cell] {
        defer { rowCells = []; rowStart = 0 }
        return rowCells
    }

    /// Emits whatever is still open at the end of the part.
    mutating func finish(_ emit: (Int, [Cell]) throws -> Void) throws {
        try flushRow(emit)
    }

    private mutating func sortRow() {
        rowCells.replaceSubrange(rowStart..., with: sortedRow())
        rowNeedsSort = false
    }

    /// The open row's cells in column order; a column written twice keeps its last value.
    private func sortedRow() -> [Cell] {
        var byColumn: [Int: Cell] = [:]
        for cell in rowCells[rowStart...] { byColumn[cell.column] = cell }
        return byColumn.keys.sorted().compactMap { byColumn[$0] }
    }
}
