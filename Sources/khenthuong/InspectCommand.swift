import ArgumentParser
import Foundation
import Campaign
import Pipeline

struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Cho xem công cụ đọc một tệp thế nào: các trang, mã hoá, dòng tiêu đề, cột, dòng được lấy và bỏ qua.")

    @Argument(help: "Tệp bảng tính.")
    var file: String

    @Flag(name: .long, help: "In mọi ô khác rỗng đúng như lưu trong tệp, mỗi dòng một đối tượng JSON.")
    var cells = false

    /// The reader alone, for the benchmark harness (Benchmarks/): reads every cell, prints only how many.
    @Flag(name: .long, help: .hidden)
    var countCells = false

    @Option(name: .long, help: "Tệp quy trình (để nhận ra hình thức khen thưởng và năm); không bắt buộc.")
    var pipeline: String?

    @Option(name: .long, help: "Năm xét khen thưởng.")
    var year: Int?

    @OptionGroup var language: LanguageOption

    func run() throws {
        if countCells {
            print(try Inspection.workbook(at: file).sheets.reduce(0) { $0 + $1.cells.count })
            return
        }
        if cells {
            for line in try Inspection.cells(at: file) { print(line) }
            return
        }
        let campaign = try Templates.campaign(pipelinePath: pipeline)
        print(try Inspection.describe(path: file, campaign: campaign, year: year ?? campaign.currentYear, language: language.lang))
    }
}
