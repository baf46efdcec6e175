import Foundation
import Campaign
import Consolidation

/// The council's workbook: the consolidated list, the rows not eligible, the summary per unit, the sources.
public enum CouncilWorkbook {
    /// Writes the workbook to `path` (the caller writes to a temporary name and renames it).
    ///
    /// Sheets: "Danh sách đề nghị" (the list the council votes on, print-ready), "Không đủ điều kiện",
    /// "Tổng hợp theo đơn vị" (with a chart) and "Nguồn dữ liệu". Throws `WorkbookWriteError`.
    public static func write(_ consolidation: Consolidation, context: WorkbookContext, to path: String) throws {
        let words = Wording(language: context.language)
        let book = try XlsxBook(path: path, streaming: true)
        let organisation = context.campaign.organisation
        try book.setProperties(title: words.t("Danh sách đề nghị khen thưởng năm \(context.year)", "Award nominations \(context.year)"),
                               subject: organisation.movement, author: organisation.agency, created: context.createdAt)
        try CouncilListSheet(consolidation: consolidation, context: context, words: words).write(into: book)
        try IneligibleSheet(consolidation: consolidation, context: context, words: words).write(into: book)
        try UnitSummarySheet(consolidation: consolidation, context: context, words: words).write(into: book)
        try SourcesSheet(consolidation: consolidation, context: context, words: words).write(into: book)
        try book.close()
    }
}

/// Texts about a row that several sheets print.
struct RowTexts {
    let campaign: Campaign
    let words: Wording

    /// "Chức vụ, đơn vị công tác": the position and the unit written in the row.
    func positionAndUnit(_ row: ConsolidatedRow) -> String {
        [row.row.position, row.row.unitText].compactMap { $0?.isEmpty == false ? $0 : nil }.joined(separator: ", ")
    }

    /// The initiative and its recognition decision.
    func initiative(_ row: ConsolidatedRow) -> String {
        var parts: [String] = []
        if let initiative = row.row.initiative, !initiative.isEmpty { parts.append(initiative) }
        var decision = ""
        if let number = row.row.decisionNumber, !number.isEmpty { decision = words.t("QĐ số \(number)", "Decision no. \(number)") }
        if let date = row.row.decisionDate {
            decision += decision.isEmpty ? words.t("QĐ ngày \(date)", "Decision of \(date)") : words.t(" ngày \(date)", " of \(date)")
        }
        if !decision.isEmpty { parts.append(decision) }
        return parts.joined(separator: "\n")
    }

    /// The proposing unit's registered name (its code, or nothing, when it is not registered).
    func unitName(_ code: String?) -> String {
        guard let code else { return words.t("(chưa xác định)", "(unknown)") }
        return campaign.unit(code: code)?.name ?? code
    }

    /// The award form's printed name.
    func awardName(_ id: String?) -> String {
        guard let id else { return "" }
        return campaign.award(id: id)?.name ?? id
    }

    /// Every finding's message, one a line, errors first, each once.
    func reasons(_ findings: [Finding], severities: Set<Severity> = [.error, .warning], excluding: Set<RuleID> = []) -> [String] {
        var seen = Set<String>()
        var lines: [String] = []
        for severity in [Severity.error, .warning] where severities.contains(severity) {
            for finding in findings where finding.severity == severity && !excluding.contains(finding.rule) {
                let text = finding.message.text(words.language)
                if seen.insert(text).inserted { lines.append(text) }
            }
        }
        return lines
    }
}
