import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One `khenthuong run` over an inbox holding one hostile file (in `khac/`) beside a good one
/// (`ttra/TTRA_de_nghi_khen_thuong.csv`, whose rows the sample inbox's oracle lists).
struct HostileRun {
    static let hostileFolder = E2E.repo.appendingPathComponent("fixtures/hostile")
    static let goodSource = "ttra/TTRA_de_nghi_khen_thuong.csv"
    /// The good file's nominee names, from the hand-written oracle of the sample inbox.
    static let goodRows: [ExpectedInbox.Row] = ExpectedInbox(path: E2E.inbox + "/expected.json").rows.filter { $0.source == goodSource }

    var result: E2E.Result
    var report: [String: Any]
    var seconds: Double
    /// The run's folder: `in/` (the inbox), `out/` (the outputs); nothing else may appear in it.
    var root: URL

    /// The inputs from the hostile file (one, or several for a message or a zip).
    var hostileInputs: [[String: Any]] {
        (report["inputs"] as? [[String: Any]] ?? []).filter { ($0["source"] as? String ?? "").hasPrefix("khac/") }
    }
    var rows: [[String: Any]] { report["rows"] as? [[String: Any]] ?? [] }

    /// Runs with the hostile file's bytes saved as `khac/<name>`. English messages, so tests can read them.
    static func run(name: String, bytes: Data) throws -> HostileRun {
        let root = E2E.temporaryDirectory()
        let inbox = root.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: inbox.appendingPathComponent("ttra"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: inbox.appendingPathComponent("khac"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: URL(fileURLWithPath: E2E.inbox).appendingPathComponent(goodSource),
                                         to: inbox.appendingPathComponent(goodSource))
        try bytes.write(to: inbox.appendingPathComponent("khac").appendingPathComponent(name))
        try Data("ttra/: 2025-12-04T14:30:00\nkhac/: 2025-12-05T09:00:00\n".utf8).write(to: inbox.appendingPathComponent("received.yaml"))
        let out = root.appendingPathComponent("out")
        let start = Date()
        let result = try E2E.run(["run", E2E.pipeline, "--inbox", inbox.path, "--out", out.path, "--quiet", "--lang", "en"])
        let seconds = Date().timeIntervalSince(start)
        let report = (try? E2E.json(out.appendingPathComponent("report.json"))) ?? [:]
        return HostileRun(result: result, report: report, seconds: seconds, root: root)
    }

    /// Runs with a committed file of `fixtures/hostile/`.
    static func run(fixture name: String) throws -> HostileRun {
        let url = hostileFolder.appendingPathComponent(name)
        // Foundation's reader leaks a buffer on an empty file (AddressSanitizer): empty.xlsx is not read.
        let isEmpty = (try url.resourceValues(forKeys: [.fileSizeKey])).fileSize == 0
        return try run(name: name, bytes: isEmpty ? Data() : try Data(contentsOf: url))
    }

    /// The largest resident set of any child process so far, in bytes (Linux reports KiB).
    static var childPeakBytes: Int {
        var usage = rusage()
        getrusage(RUSAGE_CHILDREN.rawValue, &usage)
        return usage.ru_maxrss * 1024
    }

    func cleanUp() { try? FileManager.default.removeItem(at: root) }
}

/// Words that betray a program's internals rather than a reason a clerk can act on.
let internalsWords = ["Error Domain", "Optional(", "Swift.", "nil", "fatal", "NSCocoaErrorDomain", "(null)", "UnreadableFile("]
