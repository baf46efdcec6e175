/// The `inspect --cells` output (cli-contract.md): one JSON object a line,
/// `{"sheet": "Sheet1", "row": 3, "col": 2, "type": "string", "value": "Nguyễn Văn An"}`, every non-empty cell
/// of every sheet (hidden ones included) in sheet, row, column order, exactly as stored.
public enum CellsJSONLines {
    /// The lines for a whole workbook, without line terminators. `sheet` is `null` for a CSV file.
    public static func lines(for workbook: Workbook) -> [String] {
        var lines: [String] = []
        for sheet in workbook.sheets {
            let sheetName = workbook.format == .csv ? nil : sheet.name
            for cell in sheet.cells { lines.append(line(sheet: sheetName, cell: cell)) }
        }
        return lines
    }

    /// The line for one cell.
    public static func line(sheet: String?, cell: Cell) -> String {
        var out = "{\"sheet\": "
        if let sheet { appendString(sheet, to: &out) } else { out += "null" }
        out += ", \"row\": \(cell.row), \"col\": \(cell.column), \"type\": \""
        out += typeName(cell.value)
        out += "\", \"value\": "
        switch cell.value {
        case .number(let number): out += jsonNumber(number)
        case .bool(let flag): out += flag ? "true" : "false"
        default: appendString(cell.value.text, to: &out)
        }
        out += "}"
        return out
    }

    /// The contract's name for a value's type.
    public static func typeName(_ value: CellValue) -> String {
        switch value {
        case .string: return "string"
        case .number: return "number"
        case .bool: return "bool"
        case .date: return "date"
        case .time: return "time"
        case .error: return "error"
        }
    }

    /// A number as JSON: integers without a fraction, others in Swift's shortest form that reads back as
    /// the same double (`0.1`, `1e-07`, `1.5e+20`). JSON has no NaN or infinity; those print as `null`.
    static func jsonNumber(_ number: Double) -> String {
        guard number.isFinite else { return "null" }
        if number == number.rounded(), abs(number) < 1e15 { return String(Int64(number)) }
        return "\(number)"
    }

    /// Appends `text` as a JSON string literal: quotes, backslashes and control characters escaped, the rest
    /// as UTF-8.
    static func appendString(_ text: String, to out: inout String) {
        out.append("\"")
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out.append("\\\"")
            case "\\": out.append("\\\\")
            case "\n": out.append("\\n")
            case "\r": out.append("\\r")
            case "\t": out.append("\\t")
            case "\u{08}": out.append("\\b")
            case "\u{0C}": out.append("\\f")
            default:
                if scalar.value < 0x20 || (0xD800...0xDFFF).contains(scalar.value) {
                    let hex = String(scalar.value, radix: 16)
                    out.append("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out.append("\"")
    }
}
