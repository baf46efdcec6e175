import ArgumentParser
import Foundation
import Campaign
import Pipeline

struct TemplateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "template",
        abstract: "Viết mẫu bảng tính đề nghị khen thưởng để đơn vị điền.")

    @Argument(help: "Tệp quy trình.")
    var pipeline: String

    @Option(name: .long, help: "Tệp .xlsx cần ghi.")
    var out: String

    @Option(name: .long, help: "Mã đơn vị (in tên đơn vị ở đầu mẫu).")
    var unit: String?

    @Option(name: .long, help: "Năm xét khen thưởng.")
    var year: Int?

    @OptionGroup var language: LanguageOption

    func run() throws {
        try Templates.write(pipelinePath: pipeline, unit: unit, year: year, language: language.lang, to: out)
        FileHandle.standardError.write(Data(((language.lang == .vi ? "Đã ghi mẫu: " : "Template written: ") + out + "\n").utf8))
    }
}
