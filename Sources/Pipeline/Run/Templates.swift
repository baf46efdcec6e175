import Foundation
import Campaign
import Workbooks

/// `khenthuong template`: the blank submission workbook of a campaign.
public enum Templates {
    public static func write(pipelinePath: String, unit: String?, year: Int?, language: Language, to path: String) throws(RunFailure) {
        let campaign = try PipelineRunner.loadDefinition(pipelinePath).campaign
        let year = try PipelineRunner.resolveYear(year, campaign: campaign)
        let chosen = try PipelineRunner.resolveUnit(unit, campaign: campaign)
        let day = PrintDay(offsetSeconds: campaign.utcOffsetSeconds)
        let target = URL(fileURLWithPath: path)
        let atomic = AtomicOutput(root: target.deletingLastPathComponent())
        do {
            let temporary = try atomic.temporaryPath(for: target.lastPathComponent)
            try TemplateWorkbook.write(campaign: campaign, unit: chosen, year: year, language: language,
                                       printDay: (day.year, day.month, day.day), createdAt: day.midnight, to: temporary)
            try atomic.commit()
        } catch {
            atomic.discard()
            throw RunFailure(vi: "Không ghi được mẫu vào \(path) (\(error)): hãy chọn --out là tệp trong thư mục có quyền ghi.",
                             en: "The template cannot be written to \(path) (\(error)): choose an --out file in a folder you can write to.")
        }
    }

    /// The campaign of a pipeline file, or, without one, a neutral campaign (no units, no award forms) so that
    /// `inspect` can show a file's layout on its own.
    public static func campaign(pipelinePath: String?) throws(RunFailure) -> Campaign {
        if let pipelinePath { return try PipelineRunner.loadDefinition(pipelinePath).campaign }
        let year = Calendar(identifier: .gregorian).component(.year, from: Date())
        return Campaign(organisation: Organisation(superiorBody: "", agency: "", council: "", place: "", movement: ""),
                        years: [year], currentYear: year, utcOffsetSeconds: 7 * 3600,
                        deadline: Deadline(month: 12, day: 31, dayIsOnTime: true), initiativeDecisionInAwardYear: false,
                        awards: [], units: [])
    }
}
