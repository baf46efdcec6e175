import Foundation
import Testing
import Campaign
@testable import Workbooks

/// Writes every kind of workbook into `WORKBOOK_SAMPLES` (when set) for `scripts/render-workbooks.sh`, and
/// checks that each is a readable package.
@Suite struct SampleOutputTests {
    @Test func writesEveryWorkbook() throws {
        let folder: URL
        if let samples = ProcessInfo.processInfo.environment["WORKBOOK_SAMPLES"] { folder = URL(fileURLWithPath: samples) } else { folder = try temporaryFolder() }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let consolidation = Fixtures.consolidation()
        let council = folder.appendingPathComponent("council.xlsx").path
        try CouncilWorkbook.write(consolidation, context: Fixtures.context(), to: council)
        let councilEN = folder.appendingPathComponent("council-en.xlsx").path
        try CouncilWorkbook.write(consolidation, context: Fixtures.context(.en), to: councilEN)
        // A longer list, to see page breaks: 24 more collectives proposed for the Giấy khen.
        var long = consolidation
        for copy in 0..<24 {
            var row = long.rows[4]
            row.row.name = "Tập thể số \(copy + 1)"
            row.row.award = "giay-khen-giam-doc-so"
            long.rows.append(row)
            long.councilOrder.insert(long.rows.count - 1, at: long.councilOrder.count - 1)
        }
        try CouncilWorkbook.write(long, context: Fixtures.context(), to: folder.appendingPathComponent("council-long.xlsx").path)
        let feedback = folder.appendingPathComponent("feedback-KHTC.xlsx").path
        try FeedbackWorkbook.write(unit: Fixtures.campaign.unit(code: "KHTC"), inputIndices: [2], of: consolidation, context: Fixtures.context(), to: feedback)
        let feedbackTTRA = folder.appendingPathComponent("feedback-TTRA.xlsx").path
        try FeedbackWorkbook.write(unit: Fixtures.campaign.unit(code: "TTRA"), inputIndices: [1, 4], of: consolidation, context: Fixtures.context(), to: feedbackTTRA)
        let template = folder.appendingPathComponent("template.xlsx").path
        try TemplateWorkbook.write(campaign: Fixtures.campaign, unit: nil, year: 2025, language: .vi, printDay: (2025, 12, 5),
                                   createdAt: Fixtures.createdAt, to: template)
        let templateEN = folder.appendingPathComponent("template-en-KHTC.xlsx").path
        try TemplateWorkbook.write(campaign: Fixtures.campaign, unit: Fixtures.campaign.unit(code: "KHTC"), year: 2025, language: .en,
                                   printDay: (2025, 12, 5), createdAt: Fixtures.createdAt, to: templateEN)
        for path in [council, councilEN, feedback, feedbackTTRA, template, templateEN] {
            #expect(try WrittenWorkbook(path: path).sheetNames().isEmpty == false)
        }
    }
}
