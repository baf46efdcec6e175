import Foundation
import Logging
import Campaign
import Consolidation
import Inbox
import Nominations
import Sheets
import Workbooks

/// What `khenthuong run` is asked to do.
public struct RunOptions: Sendable {
    public var pipelinePath: String
    public var inboxes: [String]
    public var outputDirectory: String
    public var year: Int?
    public var language: Language
    public init(pipelinePath: String, inboxes: [String], outputDirectory: String, year: Int? = nil, language: Language = .vi) {
        self.pipelinePath = pipelinePath; self.inboxes = inboxes; self.outputDirectory = outputDirectory
        self.year = year; self.language = language
    }
}

/// What a run wrote, for the command to print.
public struct RunSummary: Sendable {
    public var consolidation: Consolidation
    /// Paths relative to the output folder.
    public var councilPath: String
    public var reportPath: String
    public var feedbackPaths: [String]
}

/// The Office's consolidation of one award year: inbox → read → validate → consolidate → write.
public enum PipelineRunner {
    public static func run(_ options: RunOptions, logger: Logger) throws(RunFailure) -> RunSummary {
        let definition = try loadDefinition(options.pipelinePath)
        let campaign = definition.campaign
        let year = try resolveYear(options.year, campaign: campaign)
        let items: [InboxItem]
        do {
            items = try Inbox.collect(paths: options.inboxes, limits: campaign.limits, utcOffsetSeconds: campaign.utcOffsetSeconds)
        } catch {
            throw RunFailure(vi: error.vi, en: error.en)
        }
        let output = URL(fileURLWithPath: options.outputDirectory)
        try prepareOutputFolder(output)
        let vi = options.language == .vi
        let inboxes = options.inboxes.joined(separator: ", ")
        logger.info("\(vi ? "Nhận \(items.count) tệp/thư từ \(inboxes)" : "\(items.count) input(s) found in \(inboxes)")")

        let records = readAll(items, campaign: campaign, year: year)
        let unreadable = records.filter { $0.failure != nil }.count
        logger.info("\(vi ? "Đã đọc \(records.count) tệp (\(unreadable) không có dòng nào)" : "read \(records.count) input(s) (\(unreadable) without rows)")")
        let consolidation = Consolidator.consolidate(records, campaign: campaign, year: year, mode: .run)
        let eligible = consolidation.councilOrder.count, total = consolidation.rows.count
        logger.info("\(vi ? "Tổng hợp: \(eligible)/\(total) dòng đủ điều kiện" : "\(eligible) eligible nomination(s) of \(total)")")

        let printDay = PrintDay(offsetSeconds: campaign.utcOffsetSeconds)
        let context = WorkbookContext(campaign: campaign, year: year, language: options.language,
                                      printDay: (printDay.year, printDay.month, printDay.day), createdAt: printDay.midnight)
        let plan = OutputPlan(consolidation: consolidation, campaign: campaign, year: year)
        let atomic = AtomicOutput(root: output)
        do {
            let councilPath = try atomic.temporaryPath(for: plan.council)
            let reportPath = try atomic.temporaryPath(for: "report.json")
            let feedback = try plan.feedback.map { job in (job, try atomic.temporaryPath(for: job.path)) }
            let report = Report.run(consolidation, pipeline: options.pipelinePath, campaign: campaign, language: options.language,
                                    outputs: plan.reportOutputs)
            // Independent outputs, written on all cores; the largest (council list, report) start first.
            var jobs: [@Sendable () throws -> Void] = [
                { try CouncilWorkbook.write(consolidation, context: context, to: councilPath) },
                { try report.write(toFile: reportPath) },
            ]
            for (job, path) in feedback {
                jobs.append { try FeedbackWorkbook.write(unit: job.unit, inputIndices: job.inputs, of: consolidation, context: context, to: path) }
            }
            try runInParallel(jobs)
            try atomic.commit()
        } catch {
            atomic.discard()
            throw RunFailure(vi: "Không ghi được kết quả vào \(output.path) (\(error)): hãy kiểm tra quyền ghi và dung lượng đĩa rồi chạy lại.",
                             en: "The outputs could not be written to \(output.path) (\(error)): check write permission and disk space, then run again.")
        }
        logger.info("\(vi ? "Đã ghi \(plan.council), report.json và \(plan.feedback.count) tệp phản hồi vào \(output.path)" : "wrote \(plan.council), report.json and \(plan.feedback.count) feedback workbook(s) to \(output.path)")")
        return RunSummary(consolidation: consolidation, councilPath: plan.council, reportPath: "report.json",
                          feedbackPaths: plan.feedback.map(\.path))
    }

    static func loadDefinition(_ path: String) throws(RunFailure) -> PipelineDefinition {
        do {
            return try PipelineFile.load(path: path)
        } catch {
            throw RunFailure(error.message)
        }
    }

    static func resolveYear(_ requested: Int?, campaign: Campaign) throws(RunFailure) -> Int {
        let year = requested ?? campaign.currentYear
        guard campaign.years.contains(year) else {
            let years = campaign.years.map(String.init).joined(separator: ", ")
            throw RunFailure(vi: "Năm \(year) không thuộc phong trào (các năm: \(years)): hãy chọn --year là một trong các năm đó.",
                             en: "Year \(year) is not a year of the campaign (years: \(years)): choose --year among them.")
        }
        return year
    }

    /// The registry unit a `--unit` code names (case-insensitive); nil when none was given.
    static func resolveUnit(_ code: String?, campaign: Campaign) throws(RunFailure) -> RegisteredUnit? {
        guard let code else { return nil }
        guard let unit = campaign.units.first(where: { $0.code.caseInsensitiveCompare(code) == .orderedSame }) else {
            let codes = campaign.units.map(\.code).joined(separator: ", ")
            throw RunFailure(vi: "Mã đơn vị ‘\(code)’ không có trong danh sách (các mã: \(codes)): hãy dùng --unit với một mã đó.",
                             en: "Unit code ‘\(code)’ is not in the registry (codes: \(codes)): pass --unit one of them.")
        }
        return unit
    }

    /// The bytes of a file named on the command line; a missing or unreadable one is a `RunFailure` (exit 2).
    static func readFile(_ path: String) throws(RunFailure) -> Data {
        guard let bytes = FileManager.default.contents(atPath: path) else {
            throw RunFailure(vi: "Không có tệp \(path) (hoặc không đọc được): hãy kiểm tra đường dẫn.",
                             en: "The file \(path) does not exist or cannot be read: check the path.")
        }
        return bytes
    }

    static func prepareOutputFolder(_ url: URL) throws(RunFailure) {
        do {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        } catch {
            throw RunFailure(vi: "Không tạo được thư mục kết quả \(url.path): hãy chọn --out là thư mục có quyền ghi.",
                             en: "The output folder \(url.path) cannot be created: choose an --out folder you can write to.")
        }
        guard FileManager.default.isWritableFile(atPath: url.path) else {
            throw RunFailure(vi: "Không ghi được vào thư mục kết quả \(url.path): hãy chọn --out là thư mục có quyền ghi.",
                             en: "The output folder \(url.path) is not writable: choose an --out folder you can write to.")
        }
    }

    /// Reads every item on all cores; each item is independent, and the result keeps the items' order.
    static func readAll(_ items: [InboxItem], campaign: Campaign, year: Int) -> [InputRecord] {
        let recognizer = UnitRecognizer(units: campaign.units)
        let results = ResultSlots<InputRecord>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            results[index] = InputReading.record(for: items[index], campaign: campaign, year: year, recognizer: recognizer)
        }
        return results.values.map { $0! }
    }

    /// Runs independent jobs on all cores; throws the first job's error (in job order) after all have ended.
    static func runInParallel(_ jobs: [@Sendable () throws -> Void]) throws {
        let errors = ResultSlots<any Error>(count: jobs.count)
        DispatchQueue.concurrentPerform(iterations: jobs.count) { index in
            do { try jobs[index]() } catch { errors[index] = error }
        }
        if let error = errors.values.compactMap({ $0 }).first { throw error }
    }
}

/// One slot per parallel job, filled from any thread.
final class ResultSlots<Value>: @unchecked Sendable {
    private var slots: [Value?]
    private let lock = NSLock()
    init(count: Int) { slots = Array(repeating: nil, count: count) }
    subscript(index: Int) -> Value? {
        get { lock.lock(); defer { lock.unlock() }; return slots[index] }
        set { lock.lock(); slots[index] = newValue; lock.unlock() }
    }
    /// Every slot, nil where no job filled it.
    var values: [Value?] { lock.lock(); defer { lock.unlock() }; return slots }
}
