import ArgumentParser
import Foundation
import Campaign
import Consolidation
import Pipeline

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Đơn vị tự kiểm tra bảng tính trước khi gửi: in từng lỗi theo dòng, không ghi tệp nào.")

    @Argument(help: "Tệp quy trình.")
    var pipeline: String

    @Argument(help: "Các tệp bảng tính của một lần gửi.")
    var files: [String]

    @Option(name: .long, help: "Mã đơn vị gửi (ví dụ KHTC).")
    var unit: String?

    @Option(name: .long, help: "Năm xét khen thưởng.")
    var year: Int?

    @Flag(name: .long, help: "In kết quả dạng JSON.")
    var json = false

    @OptionGroup var language: LanguageOption

    func run() throws {
        let result = try Checker.check(pipelinePath: pipeline, files: files, unit: unit, year: year)
        if json {
            print(Report.check(result.consolidation, unit: result.unit, campaign: result.campaign, language: language.lang).serialized(pretty: true))
        } else {
            print(CheckListing.text(result, language: language.lang))
        }
        if result.hasErrors { throw ExitCode(1) }
    }
}
