import Foundation

/// Reads a CSV or text file (`.csv`, `.tsv`, `.txt`) as one sheet without a name.
///
/// The encoding is detected (UTF-8 with or without BOM, UTF-16 as Excel's "Unicode text", Windows-1258),
/// the delimiter sniffed (comma, semicolon, tab), and the records scanned byte by byte over UTF-8 as RFC 4180
/// describes. Every cell is a `.string` exactly as typed: no number or date is guessed, no text repaired.
/// Rows are record numbers counted from the file's first record, so a field with a line break inside quotes
/// does not shift the rows after it.
struct CSVReader: SpreadsheetReader, WorkbookDescription {
    let format = SpreadsheetFormat.csv
    /// The text, converted to UTF-8 once so that the scanner only knows UTF-8.
    private let utf8: [UInt8]
    private let scanner: CSVScanner
    private let detectedEncoding: TextEncoding

    /// `UTF-8`, `UTF-8 BOM`, `UTF-16LE`, `UTF-16BE` or `Windows-1258`.
    var encoding: String? { detectedEncoding.rawValue }
    /// `,`, `;` or a tab.
    var delimiter: Character? { Character(Unicode.Scalar(scanner.delimiter)) }
    var sheets: [SheetInfo] { [SheetInfo(name: nil, isHidden: false)] }

    /// Decodes the bytes, sniffs the delimiter and walks every record once, so that a file breaking a safety
    /// limit is refused here, before any cell is built.
    init(bytes: Data, limits: SafetyLimits) throws(UnreadableFile) {
        let decoded = try TextDecoding.decode(bytes)
        detectedEncoding = decoded.encoding
        utf8 = decoded.utf8
        let preferTab = decoded.encoding == .utf16LE || decoded.encoding == .utf16BE
        let delimiter = utf8.withUnsafeBufferPointer { DelimiterSniffer.sniff($0, preferTab: preferTab) }
        scanner = CSVScanner(delimiter: delimiter, limits: limits)
        do {
            try utf8.withUnsafeBufferPointer { buffer in
                try scanner.scan(buffer, onField: { _, _, _ in }, onRecordEnd: { _ in })
            }
        } catch let error as UnreadableFile {
            throw error
        } catch {
            throw UnreadableFile(vi: "Không đọc được tệp văn bản: \(error).", en: "The text file could not be read: \(error).")
        }
    }

    /// Streams the records of the one sheet (index 0) with their non-empty fields as `.string` cells; a CSV
    /// has no merged ranges.
    func scanSheet(at index: Int, _ body: (Int, [Cell]) throws -> Void) throws -> [MergedRange] {
        guard index == 0 else { return [] }
        _ = try scan(keepsCells: false, body)
        return []
    }

    /// The one sheet whole, its records gathered as they are read (no record is copied into the sheet afterwards).
    func loadSheet(at index: Int) throws -> Sheet {
        Sheet(name: nil, cells: index == 0 ? try scan(keepsCells: true) { _, _ in } : [])
    }

    /// Every record to `body`, or, with `keepsCells`, every cell kept in one array (returned).
    private func scan(keepsCells: Bool, _ body: (Int, [Cell]) throws -> Void) throws -> [Cell] {
        var cells: [Cell] = []
        var recordStart = 0
        // A column repeats its values (ratings, positions, units, award forms): equal texts share one string,
        // as a spreadsheet's shared-string table makes them, so that a province of CSV files holds each once.
        // Long texts (summaries) seldom repeat and are kept as they come; short ones are stored inline anyway.
        var shared: [ExactText: String] = [:]
        try utf8.withUnsafeBufferPointer { buffer in
            try scanner.scan(buffer, onField: { record, column, field in
                var text = String(decoding: field, as: UTF8.self)
                if (16...160).contains(field.count) {
                    let key = ExactText(text)
                    if let known = shared[key] { text = known } else if shared.count < 50_000 { shared[key] = text }
                }
                cells.append(Cell(row: record, column: column, value: .string(text)))
            }, onRecordEnd: { record in
                guard cells.count > recordStart else { return }
                if keepsCells { recordStart = cells.count; return }
                try body(record, cells)
                cells.removeAll(keepingCapacity: true)
            })
        }
        return cells
    }
}
