import Foundation
import Campaign
import Consolidation
import Inbox
import Nominations
import Sheets

/// A unit's self-check (`khenthuong check`): the given files validated as one submission, nothing written.
public enum Checker {
    public struct Result: Sendable {
        public var consolidation: Consolidation
        public var unit: String?
        public var campaign: Campaign
        /// Whether any finding is an error (exit status 1).
        public var hasErrors: Bool {
            consolidation.inputs.contains { $0.findings.contains { $0.severity == .error } }
                || consolidation.rows.contains { $0.findings.contains { $0.severity == .error } }
        }
    }

    public static func check(pipelinePath: String, files: [String], unit: String?, year: Int?) throws(RunFailure) -> Result {
        let campaign = try PipelineRunner.loadDefinition(pipelinePath).campaign
        let year = try PipelineRunner.resolveYear(year, campaign: campaign)
        let recognizer = UnitRecognizer(units: campaign.units)
        let given = try PipelineRunner.resolveUnit(unit, campaign: campaign)
        var records: [InputRecord] = []
        for file in files {
            let bytes = try PipelineRunner.readFile(file)
            let name = (file as NSString).lastPathComponent
            let format = Spreadsheets.detectFormat(bytes: bytes, fileName: name)
            let content: InboxItem.Content = format == nil
                ? .unreadable(UnreadableFile(vi: "Tệp không phải bảng tính (.xlsx, .xls, .csv).", en: "The file is not a spreadsheet (.xlsx, .xls, .csv)."))
                : .spreadsheet(format)
            let folder = ((file as NSString).deletingLastPathComponent as NSString).lastPathComponent
            let item = InboxItem(source: file.precomposedStringWithCanonicalMapping, bytes: bytes, fileName: name, content: content,
                                 received: nil, receivedOrigin: nil, senderAddress: nil,
                                 folderName: folder.isEmpty || folder == "." ? nil : folder,
                                 containerFileName: name, messageKey: nil)
            var record = InputReading.record(for: item, campaign: campaign, year: year, recognizer: recognizer)
            // `check` judges the sheet, not the inbox: no F-UNKNOWN-UNIT; with --unit the named unit stands.
            record.findings.removeAll { $0.rule == .fUnknownUnit || $0.rule == .fUnitMismatch || $0.rule == .fNoTime }
            if let given {
                if let named = record.unit, named != given.code, let other = campaign.unit(code: named) {
                    record.findings.append(Finding(rule: .fUnitMismatch, severity: campaign.severity(of: .fUnitMismatch),
                        message: Message(vi: "Bảng tính nêu đơn vị \(other.name) (\(other.code)), không phải \(given.name) (\(given.code)).",
                                         en: "The sheet names \(other.name) (\(other.code)), not \(given.name) (\(given.code)).")))
                }
                record.unit = given.code
            }
            records.append(record)
        }
        let consolidation = Consolidator.consolidate(records, campaign: campaign, year: year, mode: .check)
        return Result(consolidation: consolidation, unit: given?.code ?? records.first?.unit, campaign: campaign)
    }
}
