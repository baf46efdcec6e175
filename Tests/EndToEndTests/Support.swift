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

/// The hand-reasoned oracle of the sample inbox (`fixtures/inbox/expected.json`, the tables of EXPECTED.md in
/// report.json's shape).
struct ExpectedInbox {
    struct Input { var source: String; var unit: String?; var received: String?; var status: String; var rules: [String] }
    struct Row { var source: String; var sheet: String?; var row: Int; var kind: String?; var name: String?
                 var unit: String?; var award: String?; var year: Int?; var status: String; var rules: [String] }
    var inputs: [Input] = []
    var rows: [Row] = []

    init(path: String) {
        guard let data = FileManager.default.contents(atPath: path),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return }
        for input in object["inputs"] as? [[String: Any]] ?? [] {
            inputs.append(Input(source: input["source"] as? String ?? "", unit: input["unit"] as? String, received: input["received"] as? String,
                                status: input["status"] as? String ?? "", rules: (input["rules"] as? [String] ?? []).sorted()))
        }
        for row in object["rows"] as? [[String: Any]] ?? [] {
            rows.append(Row(source: row["source"] as? String ?? "", sheet: row["sheet"] as? String, row: row["row"] as? Int ?? -1,
                            kind: row["kind"] as? String, name: row["name"] as? String, unit: row["unit"] as? String,
                            award: row["award"] as? String, year: row["year"] as? Int, status: row["status"] as? String ?? "",
                            rules: Self.keys(row["findings"] as? [[String: Any]] ?? [])))
        }
    }

    /// Findings as "RULE (field)" for row rules, "RULE" for the F-* and M-* rules, sorted.
    static func keys(_ findings: [[String: Any]]) -> [String] {
        findings.map { f -> String in
            let rule = f["rule"] as? String ?? ""
            guard !rule.hasPrefix("M-"), !rule.hasPrefix("F-"), let field = f["field"] as? String else { return rule }
            return "\(rule) (\(field))"
        }.sorted()
    }
}
