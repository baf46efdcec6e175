import ArgumentParser
import Foundation
import Logging
import Campaign
import Pipeline

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Tổng hợp hồ sơ trong hộp thư/thư mục: viết danh sách cho Hội đồng, phản hồi từng đơn vị và report.json.")

    @Argument(help: "Tệp quy trình, ví dụ pipelines/cchc-2024-2025.yaml.")
    var pipeline: String

    @Option(name: .long, help: "Thư mục, tệp, tệp .eml, mbox hoặc Maildir chứa hồ sơ (có thể lặp lại).")
    var inbox: [String] = []

    @Option(name: .long, help: "Thư mục ghi kết quả.")
    var out: String

    @Option(name: .long, help: "Năm xét khen thưởng (mặc định: năm hiện hành của quy trình).")
    var year: Int?

    @OptionGroup var language: LanguageOption

    @Flag(name: .long, help: "Không in tiến trình.")
    var quiet = false

    func validate() throws {
        if inbox.isEmpty { throw ValidationError("Thiếu --inbox: hãy chỉ ra thư mục hoặc tệp hồ sơ cần tổng hợp.") }
    }

    func run() throws {
        var logger = Logger(label: "khenthuong") { _ in ProgressLogHandler() }
        logger.logLevel = quiet ? .warning : .info
        let summary = try PipelineRunner.run(
            RunOptions(pipelinePath: pipeline, inboxes: inbox, outputDirectory: out, year: year, language: language.lang),
            logger: logger)
        if !quiet {
            let c = summary.consolidation
            let eligible = c.councilOrder.count
            let text = language.lang == .vi
                ? "Đã tổng hợp \(c.inputs.count) tệp, \(c.rows.count) dòng đề nghị: \(eligible) đủ điều kiện. Kết quả: \(out)/\(summary.councilPath)"
                : "Consolidated \(c.inputs.count) input(s), \(c.rows.count) row(s): \(eligible) eligible. Output: \(out)/\(summary.councilPath)"
            FileHandle.standardError.write(Data((text + "\n").utf8))
        }
    }
}
