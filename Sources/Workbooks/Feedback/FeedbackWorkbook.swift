import Foundation
import Campaign
import Consolidation

/// One unit's feedback workbook: its rows as sent, each cell with a finding highlighted and explained.
public enum FeedbackWorkbook {
    /// Writes the feedback of `unit` (nil: an input of no known unit) covering the inputs at `inputIndices` of
    /// `consolidation` and their rows.
    ///
    /// Sheets: a summary in plain words (what was received when, each input's status, rows eligible, what to
    /// fix, the deadline); one sheet per table sent, its cells as sent with findings highlighted (red: error,
    /// amber: warning) and commented; a sheet for inputs that gave no rows, saying why and what to do.
    public static func write(unit: RegisteredUnit?, inputIndices: [Int], of consolidation: Consolidation, context: WorkbookContext, to path: String) throws {
        let words = Wording(language: context.language)
        let indices = inputIndices.filter { consolidation.inputs.indices.contains($0) }
        let book = try XlsxBook(path: path, streaming: true)
        let organisation = context.campaign.organisation
        let unitName = unit?.name ?? words.t("Đơn vị chưa xác định", "Unknown unit")
        try book.setProperties(title: words.t("Kết quả kiểm tra hồ sơ khen thưởng: \(unitName)", "Nomination check: \(unitName)"),
                               subject: organisation.movement, author: organisation.agency, created: context.createdAt)
        let feedback = FeedbackContent(consolidation: consolidation, inputIndices: indices, context: context, words: words)
        try FeedbackSummarySheet(feedback: feedback, unitName: unitName).write(into: book)
        try FeedbackRowsSheets(feedback: feedback).write(into: book)
        try book.close()
    }
}

/// What one unit's feedback covers: its inputs and their rows, with the shared wording.
struct FeedbackContent {
    let consolidation: Consolidation
    let inputIndices: [Int]
    let context: WorkbookContext
    let words: Wording

    var inputs: [ConsolidatedInput] { inputIndices.map { consolidation.inputs[$0] } }

    /// The consolidated rows of one input, in row order.
    func rows(of input: Int) -> [ConsolidatedRow] {
        let rows = consolidation.rows
        return rows.indices.filter { rows[$0].input == input }.map { rows[$0] }
    }

    /// The unit's rows, all inputs.
    var allRows: [ConsolidatedRow] {
        let wanted = Set(inputIndices)
        return consolidation.rows.filter { wanted.contains($0.input) }
    }

    /// "Lỗi: …" / "Lưu ý: …" with the fix on the next line: the text of a cell comment or a reason line.
    /// `oneLine`: the fix after a space, and any line break of the message as a space (a reason line).
    func explanation(of finding: Finding, oneLine: Bool = false) -> String {
        var message = finding.message.text(words.language)
        if oneLine, message.utf8.contains(0x0A) { message = message.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: " ") }
        return words.severity(finding.severity) + ": " + message + (oneLine ? " " : "\n")
            + words.t("Cách sửa: ", "To fix: ") + words.fix(for: finding.rule)
    }

    /// Whether `printDay` is past the deadline of the award year.
    var deadlinePassed: Bool {
        let deadline = context.campaign.deadline
        let day = context.printDay
        let today = (day.year, day.month, day.day)
        let limit = (context.year, deadline.month, deadline.day)
        return deadline.dayIsOnTime ? today > limit : today >= limit
    }
}
