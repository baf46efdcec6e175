import ArgumentParser
import Foundation
import Campaign
import Pipeline

/// The `khenthuong` command: argument parsing and printing only; the work is in module Pipeline.
@main
struct Khenthuong: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "khenthuong",
        abstract: "Tổng hợp đề nghị khen thưởng phong trào thi đua từ bảng tính các đơn vị gửi về.",
        discussion: """
        Consolidates the award nominations that units send as spreadsheets (CSV, XLSX, XLS, by mail or in folders) \
        into one council workbook, a feedback workbook per unit and report.json.
        """,
        subcommands: [RunCommand.self, CheckCommand.self, TemplateCommand.self, InspectCommand.self])

    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let failure as RunFailure {
            FileHandle.standardError.write(Data((failure.message.text(LanguageOption.requested) + "\n").utf8))
            Foundation.exit(2)
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            // Bad arguments: one sentence on standard error, exit 2 (the contract's status, not ArgumentParser's 64).
            let reason = message(for: error)
            let hint = LanguageOption.requested == .vi ? "Xem cách dùng: khenthuong help." : "See usage: khenthuong help."
            FileHandle.standardError.write(Data("\(reason) \(hint)\n".utf8))
            Foundation.exit(2)
        }
    }
}

/// `--lang vi|en`, shared by every subcommand.
struct LanguageOption: ParsableArguments {
    @Option(name: .long, help: "Ngôn ngữ thông báo: vi (mặc định) hoặc en.")
    var lang: Language = .vi

    /// The language asked for on the command line, for messages printed before parsing finished.
    static var requested: Language {
        let args = CommandLine.arguments
        if let i = args.firstIndex(of: "--lang"), i + 1 < args.count, args[i + 1] == "en" { return .en }
        if args.contains("--lang=en") { return .en }
        return .vi
    }
}

extension Language: ExpressibleByArgument {}
