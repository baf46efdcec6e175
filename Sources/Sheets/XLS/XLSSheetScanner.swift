/// Reads one worksheet substream of a BIFF5/BIFF8 workbook: its cell records into cells, its `MERGEDCELLS`
/// into ranges. Blank cells (`BLANK`, `MULBLANK`), shared and array formulas and everything else are skipped.
struct XLSSheetScanner {
    let stream: [UInt8]
    let globals: XLSWorkbookGlobals
    let limits: SafetyLimits
    let entry: XLSSheetEntry

    private var sheetName: String? { entry.info.name }

    /// Checks the sheet's `DIMENSIONS` record against the row and column limits, before anything is read or
    /// allocated: the record sits before the first cell, so the walk stops there.
    func checkDeclaredSize() throws(UnreadableFile) {
        guard entry.holdsCells else { return }
        var records = try recordsAfterBOF()
        while let record = try XLSWorkbookGlobals.next(&records) {
            switch record.type {
            case BIFFRecordType.dimensions:
                let body = BIFFBody(bytes: stream, range: record.body)
                // BIFF8: rows as 32-bit numbers (14 bytes); BIFF5: 16-bit (10 bytes). Both store last + 1.
                let is32Bit = body.count >= 14
                let rowEnd = is32Bit ? body.u32(4).map(Int.init) : body.u16(2).map(Int.init)
                let columnEnd = (is32Bit ? body.u16(10) : body.u16(6)).map(Int.init)
                if let rowEnd, rowEnd > limits.maxRows { throw XLSErrors.tooManyRows(rowEnd, sheet: sheetName, limits: limits) }
                if let columnEnd, columnEnd > limits.maxColumns {
                    throw XLSErrors.tooManyColumns(columnEnd, sheet: sheetName, limits: limits)
                }
                return
            case BIFFRecordType.eof, BIFFRecordType.bof, BIFFRecordType.number, BIFFRecordType.rk,
                 BIFFRecordType.labelSST, BIFFRecordType.label, BIFFRecordType.rString, BIFFRecordType.boolErr,
                 BIFFRecordType.formula, BIFFRecordType.mulRK:
                return
            default:
                continue
            }
        }
    }

    /// Calls `body` once per non-empty row in row order with its cells in column order, and returns the
    /// merged ranges. Writers almost always store rows in order and then the cells stream straight through;
    /// a sheet stored out of order is gathered whole and sorted first.
    func scan(_ body: (_ row: Int, _ cells: [Cell]) throws -> Void) throws -> [MergedRange] {
        guard entry.holdsCells else { return [] }
        var rowCells: [Cell] = []
        if try rowsAreInOrder() {
            var currentRow = -1
            let merges = try forEachCell { cell in
                if cell.row != currentRow, !rowCells.isEmpty {
                    try body(currentRow, Self.columnOrdered(rowCells))
                    rowCells.removeAll(keepingCapacity: true)
                }
                currentRow = cell.row
                rowCells.append(cell)
            }
            if !rowCells.isEmpty { try body(currentRow, Self.columnOrdered(rowCells)) }
            return merges
        }
        var all: [Cell] = []
        let merges = try forEachCell { all.append($0) }
        // Sorting indices, not cells, keeps the extra memory to one integer a cell. Ties keep stored order,
        // so a later record for the same cell follows the earlier one and wins in `columnOrdered`.
        let order = all.indices.sorted { (all[$0].row, $0) < (all[$1].row, $1) }
        var start = 0
        while start < order.count {
            let row = all[order[start]].row
            rowCells.removeAll(keepingCapacity: true)
            var end = start
            while end < order.count, all[order[end]].row == row { rowCells.append(all[order[end]]); end += 1 }
            try body(row, Self.columnOrdered(rowCells))
            start = end
        }
        return merges
    }

    /// The cells of one row sorted by column, a cell written twice keeping its last value.
    private static func columnOrdered(_ cells: [Cell]) -> [Cell] {
        var isOrdered = true
        for index in cells.indices.dropFirst() where cells[index - 1].column >= cells[index].column {
            isOrdered = false
            break
        }
        if isOrdered { return cells }
        var byColumn: [Int: Cell] = [:]
        for cell in cells { byColumn[cell.column] = cell }
        return byColumn.keys.sorted().compactMap { byColumn[$0] }
    }

    /// A first, allocation-free walk: whether the cell records come in non-decreasing row order.
    private func rowsAreInOrder() throws(UnreadableFile) -> Bool {
        var previous = -1
        var records = try recordsAfterBOF()
        var depth = 1
        while depth > 0, let record = try XLSWorkbookGlobals.next(&records) {
            switch record.type {
            case BIFFRecordType.bof: depth += 1
            case BIFFRecordType.eof: depth -= 1
            case BIFFRecordType.number, BIFFRecordType.rk, BIFFRecordType.labelSST, BIFFRecordType.label,
                 BIFFRecordType.rString, BIFFRecordType.boolErr, BIFFRecordType.formula, BIFFRecordType.mulRK:
                guard depth == 1, let row = BIFFBody(bytes: stream, range: record.body).u16(0) else { continue }
                if Int(row) < previous { return false }
                previous = Int(row)
            default: continue
            }
        }
        return true
    }

    /// The records of the sheet, positioned after its BOF; a sheet offset that points elsewhere is damage.
    private func recordsAfterBOF() throws(UnreadableFile) -> BIFFRecordStream {
        var records = BIFFRecordStream(bytes: stream, from: entry.offset)
        guard entry.offset >= 0, let bof = try XLSWorkbookGlobals.next(&records), bof.type == BIFFRecordType.bof else {
            throw XLSErrors.badSheetOffset(sheetName)
        }
        return records
    }

    /// Decodes every cell record of the sheet (not of charts embedded in it) in stored order, calling
    /// `handle` for each non-empty cell; returns the merged ranges.
    private func forEachCell(_ handle: (Cell) throws -> Void) throws -> [MergedRange] {
        var merges: [MergedRange] = []
        var records = try recordsAfterBOF()
        var depth = 1
        // A formula whose cached result is a string: the string follows in a `STRING` record.
        var pendingStringFormula: (row: Int, column: Int, style: XLSCellStyle)?
        while depth > 0, let record = try XLSWorkbookGlobals.next(&records) {
            switch record.type {
            case BIFFRecordType.bof: depth += 1; continue
            case BIFFRecordType.eof: depth -= 1; continue
            default: guard depth == 1 else { continue }
            }
            let body = BIFFBody(bytes: stream, range: record.body)
            switch record.type {
            case BIFFRecordType.mergedCells:
                merges.append(contentsOf: mergedRanges(body))
            case BIFFRecordType.string:
                guard let pending = pendingStringFormula else { continue }
                pendingStringFormula = nil
                var reader = BIFFContinuedReader(record: record, bytes: stream)
                let text = globals.text.string(from: &reader, lengthBytes: 2) ?? ""
                if let cell = try stringCell(text, row: pending.row, column: pending.column, style: pending.style) {
                    try handle(cell)
                }
            case BIFFRecordType.mulRK:
                pendingStringFormula = nil
                guard let row = body.u16(0), let firstColumn = body.u16(2) else { throw damaged(record) }
                for index in 0..<max((body.count - 6) / 6, 0) {
                    guard let xf = body.u16(4 + 6 * index), let rk = body.u32(6 + 6 * index) else { break }
                    try handle(try numberCell(Self.rkValue(rk), row: Int(row), column: Int(firstColumn) + index, xf: xf))
                }
            case BIFFRecordType.number, BIFFRecordType.rk, BIFFRecordType.labelSST, BIFFRecordType.label,
                 BIFFRecordType.rString, BIFFRecordType.boolErr, BIFFRecordType.formula:
                pendingStringFormula = nil
                guard let row = body.u16(0).map(Int.init), let column = body.u16(2).map(Int.init),
                      let xf = body.u16(4) else { throw damaged(record) }
                if record.type == BIFFRecordType.formula, body.u16(12) == 0xFFFF, body.u8(6) == 0 {
                    pendingStringFormula = (row, column, style(xf))
                    continue
                }
                if let cell = try cell(of: record, body: body, row: row, column: column, xf: xf) { try handle(cell) }
            default:
                continue
            }
        }
        return merges
    }

    /// The cell of a single-cell record, `nil` when it holds nothing to show (an empty string, an empty
    /// formula result, an unknown error code).
    private func cell(of record: BIFFRecord, body: BIFFBody, row: Int, column: Int, xf: UInt16) throws -> Cell? {
        switch record.type {
        case BIFFRecordType.number:
            guard let value = body.f64(6) else { throw damaged(record) }
            return try numberCell(value, row: row, column: column, xf: xf)
        case BIFFRecordType.rk:
            guard let rk = body.u32(6) else { throw damaged(record) }
            return try numberCell(Self.rkValue(rk), row: row, column: column, xf: xf)
        case BIFFRecordType.labelSST:
            guard let index = body.u32(6) else { throw damaged(record) }
            let strings = globals.sharedStrings
            guard Int(index) < strings.count else { return nil }
            return try stringCell(strings[Int(index)], row: row, column: column, style: style(xf))
        case BIFFRecordType.label, BIFFRecordType.rString:
            var reader = BIFFContinuedReader(record: record, bytes: stream, skipping: 6)
            guard let text = globals.text.string(from: &reader, lengthBytes: 2) else { throw damaged(record) }
            return try stringCell(text, row: row, column: column, style: style(xf))
        case BIFFRecordType.boolErr:
            guard let value = body.u8(6), let isError = body.u8(7) else { throw damaged(record) }
            return try valueCell(Self.boolOrError(value, isError: isError != 0), row: row, column: column, xf: xf)
        case BIFFRecordType.formula:
            guard let value = body.f64(6) else { throw damaged(record) }
            guard body.u16(12) == 0xFFFF else { return try numberCell(value, row: row, column: column, xf: xf) }
            // A non-number result ([MS-XLS] 2.5.133): 1 boolean, 2 error, 3 empty string.
            switch body.u8(6) {
            case 1: return try valueCell(.bool(body.u8(8) != 0), row: row, column: column, xf: xf)
            case 2: return try valueCell(Self.boolOrError(body.u8(8) ?? 0, isError: true), row: row, column: column, xf: xf)
            default: return nil
            }
        default:
            return nil
        }
    }

    private func style(_ xf: UInt16) -> XLSCellStyle {
        globals.styles.indices.contains(Int(xf)) ? globals.styles[Int(xf)] : .plain
    }

    private func numberCell(_ value: Double, row: Int, column: Int, xf: UInt16) throws(UnreadableFile) -> Cell {
        let style = style(xf)
        let shown = ExcelSerialDate.value(value, kind: style.formatKind, system: globals.is1904 ? .from1904 : .from1900)
        return try placed(shown, row: row, column: column, font: style.fontName)
    }

    private func valueCell(_ value: CellValue?, row: Int, column: Int, xf: UInt16) throws(UnreadableFile) -> Cell? {
        guard let value else { return nil }
        return try placed(value, row: row, column: column, font: style(xf).fontName)
    }

    private func stringCell(_ text: String, row: Int, column: Int, style: XLSCellStyle) throws(UnreadableFile) -> Cell? {
        guard !text.isEmpty else { return nil }
        let length = text.utf16.count
        if length > limits.maxCellCharacters { throw XLSErrors.cellTooLong(length, sheet: sheetName, limits: limits) }
        return try placed(.string(text), row: row, column: column, font: style.fontName)
    }

    /// The cell at 0-based `row`, `column` of the record, numbered from 1 and checked against the limits.
    private func placed(_ value: CellValue, row: Int, column: Int, font: String?) throws(UnreadableFile) -> Cell {
        if row + 1 > limits.maxRows { throw XLSErrors.tooManyRows(row + 1, sheet: sheetName, limits: limits) }
        if column + 1 > limits.maxColumns { throw XLSErrors.tooManyColumns(column + 1, sheet: sheetName, limits: limits) }
        return Cell(row: row + 1, column: column + 1, value: value, font: font)
    }

    private func damaged(_ record: BIFFRecord) -> UnreadableFile {
        XLSErrors.damagedRecord(record.type, sheet: sheetName)
    }

    /// The merged ranges of one `MERGEDCELLS` record, as many as its length holds; inverted ranges are dropped.
    private func mergedRanges(_ body: BIFFBody) -> [MergedRange] {
        let count = min(Int(body.u16(0) ?? 0), max((body.count - 2) / 8, 0))
        return (0..<count).compactMap { index in
            let base = 2 + 8 * index
            guard let firstRow = body.u16(base), let lastRow = body.u16(base + 2),
                  let firstColumn = body.u16(base + 4), let lastColumn = body.u16(base + 6),
                  firstRow <= lastRow, firstColumn <= lastColumn else { return nil }
            return MergedRange(firstRow: Int(firstRow) + 1, firstColumn: Int(firstColumn) + 1,
                               lastRow: Int(lastRow) + 1, lastColumn: Int(lastColumn) + 1)
        }
    }

    /// An `RK` number ([MS-XLS] 2.5.217): a 30-bit integer or the high 30 bits of a double, maybe × 1/100.
    static func rkValue(_ rk: UInt32) -> Double {
        let value: Double
        if rk & 0x02 != 0 {
            value = Double(Int32(bitPattern: rk) >> 2)
        } else {
            value = Double(bitPattern: UInt64(rk & 0xFFFF_FFFC) << 32)
        }
        return rk & 0x01 != 0 ? value / 100 : value
    }

    /// A `BOOLERR` value: a boolean, or one of Excel's error codes ([MS-XLS] 2.5.10); `nil` for an unknown code.
    static func boolOrError(_ value: UInt8, isError: Bool) -> CellValue? {
        guard isError else { return .bool(value != 0) }
        switch value {
        case 0x00: return .error("#NULL!")
        case 0x07: return .error("#DIV/0!")
        case 0x0F: return .error("#VALUE!")
        case 0x17: return .error("#REF!")
        case 0x1D: return .error("#NAME?")
        case 0x24: return .error("#NUM!")
        case 0x2A: return .error("#N/A")
        case 0x2B: return .error("#GETTING_DATA")
        default: return nil
        }
    }
}
