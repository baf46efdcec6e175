import Foundation

/// A sheet's name and visibility, known before its cells are read.
public struct SheetInfo: Sendable, Hashable {
    public var name: String?
    public var isHidden: Bool
    public init(name: String?, isHidden: Bool) { self.name = name; self.isHidden = isHidden }
}

/// One reader per format behind one small interface (as calamine does): list the sheets, then stream one
/// sheet's rows. Readers hold the file's shared parts (shared strings, styles) and nothing per row.
public protocol SpreadsheetReader {
    /// The sheets in workbook order, hidden ones included.
    var sheets: [SheetInfo] { get }
    /// Calls `body` once per non-empty row of sheet `index`, in row order, with that row's non-empty cells in
    /// column order (the array is only valid during the call), and returns the sheet's merged ranges.
    func scanSheet(at index: Int, _ body: (_ row: Int, _ cells: [Cell]) throws -> Void) throws -> [MergedRange]
    /// One sheet whole: by default gathered from `scanSheet`; a reader may gather it more cheaply.
    func loadSheet(at index: Int) throws -> Sheet
}

extension SpreadsheetReader {
    /// Reads one sheet whole.
    public func loadSheet(at index: Int) throws -> Sheet {
        var cells: [Cell] = []
        let merges = try scanSheet(at: index) { _, row in cells.append(contentsOf: row) }
        return Sheet(name: sheets[index].name, isHidden: sheets[index].isHidden, cells: cells, merges: merges)
    }
}

/// The front door of the module: tells a spreadsheet by its name or content and reads it.
public enum Spreadsheets {
    /// The format of a file, by its content first (an OLE2 compound file with a `Workbook`/`Book` stream, a
    /// zip with `xl/workbook.xml`), then by its name (`.xlsx`, `.xlsm`, `.xls`, `.csv`, `.tsv`, `.txt`).
    /// `nil` when it is not a spreadsheet (a PDF, a Word file, a picture).
    public static func detectFormat(bytes: Data, fileName: String) -> SpreadsheetFormat? {
        FormatDetection.detect(bytes: bytes, fileName: fileName)
    }

    /// Opens a reader for the bytes of one file, checking the safety limits that can be checked up front.
    /// `formatHint` is the format known some other way (a mail part's content type) when neither the
    /// content nor the name tells it (an unnamed CSV attachment).
    public static func openReader(bytes: Data, fileName: String, limits: SafetyLimits = .default,
                                  formatHint: SpreadsheetFormat? = nil) throws(UnreadableFile) -> any SpreadsheetReader & WorkbookDescription {
        if bytes.count > limits.maxFileBytes {
            throw UnreadableFile(
                vi: "Tệp lớn hơn giới hạn \(limits.maxFileBytes >> 20) MiB.",
                en: "The file is larger than the \(limits.maxFileBytes >> 20) MiB limit.", limit: "maxFileBytes")
        }
        guard let format = detectFormat(bytes: bytes, fileName: fileName) ?? formatHint else {
            throw UnreadableFile(vi: "Không nhận ra định dạng bảng tính của tệp.", en: "The file is not a spreadsheet format the tool reads.")
        }
        // Said plainly: an empty workbook file is most often a failed download or save, not a damaged one.
        // (An empty CSV is a text file with no table, reported as such later.)
        if bytes.isEmpty && format != .csv {
            throw UnreadableFile(vi: "Tệp rỗng (0 byte): có thể tải về hoặc lưu chưa xong.",
                                 en: "The file is empty (0 bytes): it was probably not fully downloaded or saved.")
        }
        switch format {
        case .csv: return try CSVReader(bytes: bytes, limits: limits)
        case .xlsx: return try XLSXReader(bytes: bytes, limits: limits)
        case .xls: return try XLSReader(bytes: bytes, limits: limits)
        }
    }

    /// Reads every sheet of a file whole.
    public static func read(bytes: Data, fileName: String, limits: SafetyLimits = .default,
                            formatHint: SpreadsheetFormat? = nil) throws(UnreadableFile) -> Workbook {
        let reader = try openReader(bytes: bytes, fileName: fileName, limits: limits, formatHint: formatHint)
        do {
            let sheets = try reader.sheets.indices.map { try reader.loadSheet(at: $0) }
            return Workbook(format: reader.format, encoding: reader.encoding, delimiter: reader.delimiter, sheets: sheets)
        } catch let error as UnreadableFile {
            throw error
        } catch {
            throw UnreadableFile(vi: "Không đọc được tệp: \(error).", en: "The file could not be read: \(error).")
        }
    }
}

/// What a reader knows about the whole file besides its sheets.
public protocol WorkbookDescription {
    var format: SpreadsheetFormat { get }
    /// Text encoding detected (text files only).
    var encoding: String? { get }
    /// Delimiter sniffed (text files only).
    var delimiter: Character? { get }
}
