import Foundation

/// STUB reader: replaced by the real one.
struct CSVReader: SpreadsheetReader, WorkbookDescription {
    let format = SpreadsheetFormat.csv
    var encoding: String? { nil }
    var delimiter: Character? { nil }
    var sheets: [SheetInfo] { [] }
    init(bytes: Data, limits: SafetyLimits) throws(UnreadableFile) {
        throw UnreadableFile(vi: "Chưa hỗ trợ.", en: "Not supported yet.")
    }
    func scanSheet(at index: Int, _ body: (Int, [Cell]) throws -> Void) throws -> [MergedRange] { [] }
}
