import Foundation

/// Paths and a way to run the real executable, as a user would.
enum E2E {
    static let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let pipeline = repo.appendingPathComponent("pipelines/cchc-2024-2025.yaml").path
    static let inbox = repo.appendingPathComponent("fixtures/inbox").path

    /// The `khenthuong` executable built beside the test bundle.
    static var executable: String {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("khenthuong"),
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("khenthuong"),
            repo.appendingPathComponent(".build/debug/khenthuong"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }?.path ?? candidates.last!.path
    }

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs the command with `SOURCE_DATE_EPOCH` fixed (12/12/2025), so outputs are reproducible.
    static func run(_ arguments: [String], epoch: String = "1765500000") throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["SOURCE_DATE_EPOCH"] = epoch
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
    }

    static func temporaryDirectory() -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("khenthuong-e2e-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func json(_ url: URL) throws -> [String: Any] {
        let data = try Data(contentsOf: url)
        return (try JSONSerialization.jsonObject(with: data)) as? [String: Any] ?? [:]
    }
}

/// The hand-reasoned oracle `fixtures/inbox/EXPECTED.md`, read as tables.
struct ExpectedInbox {
    struct Input { var source: String; var unit: String?; var received: String?; var status: String; var rules: [String] }
    struct Row { var source: String; var sheet: String?; var row: Int; var kind: String?; var name: String?
                 var award: String?; var year: Int?; var status: String; var rules: [String] }
    var inputs: [Input] = []
    var rows: [Row] = []

    init(markdown: String) {
        var section = ""
        var currentSource = ""
        for line in markdown.components(separatedBy: "\n") {
            if line.hasPrefix("## ") { section = line; continue }
            if line.hasPrefix("### ") {
                currentSource = line.components(separatedBy: "`").dropFirst().first ?? ""
                continue
            }
            guard line.hasPrefix("|"), !line.hasPrefix("| ---"), !line.hasPrefix("| #"), !line.hasPrefix("| sheet") else { continue }
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).dropFirst().dropLast()
                .map { $0.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "`", with: "") }
            if section.hasPrefix("## Inputs"), cells.count >= 6 {
                inputs.append(Input(source: cells[1], unit: Self.nullable(cells[2]), received: Self.nullable(cells[3]),
                                    status: cells[4], rules: Self.rules(cells[5])))
            } else if section.hasPrefix("## Rows"), cells.count >= 8 {
                rows.append(Row(source: currentSource, sheet: Self.nullable(cells[0]), row: Int(cells[1]) ?? -1, kind: Self.nullable(cells[2]),
                                name: Self.nullable(cells[3]), award: Self.nullable(cells[4]), year: Int(cells[5]),
                                status: cells[6], rules: Self.rules(cells[7])))
            }
        }
    }

    static func nullable(_ s: String) -> String? { s == "null" ? nil : s }
    /// "F-LATE, R-IND-CONTRIBUTION (achievements)" → ["F-LATE", "R-IND-CONTRIBUTION (achievements)"]; "—" → [].
    static func rules(_ s: String) -> [String] {
        s == "—" ? [] : s.components(separatedBy: ", ").map { $0.trimmingCharacters(in: .whitespaces) }.sorted()
    }
}
