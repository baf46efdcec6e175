import Foundation
import Testing

/// The committed hostile corpus (`fixtures/hostile/`, written by `make_hostile.py`): each file, run beside a
/// good file, is reported with a reason a clerk can act on, in bounded time and memory, and the good file's
/// rows are all in the report.
@Suite struct HostileFileTests {
    /// A hostile file, the statuses it may end in, and words one of which its reason must use.
    struct Case: CustomTestStringConvertible, Sendable {
        var file: String
        var statuses: Set<String> = ["unreadable"]
        var reason: [String]
        var testDescription: String { file }
    }

    static let cases: [Case] = [
        Case(file: "empty.xlsx", reason: ["empty"]),
        Case(file: "random-bytes.xlsx", reason: ["not a zip", "damaged"]),
        Case(file: "truncated-zip.xlsx", reason: ["damaged", "not a zip", "truncated"]),
        Case(file: "zip-without-workbook.xlsx", reason: ["workbook"]),
        Case(file: "malformed-xml.xlsx", reason: ["truncated", "XML", "damaged"]),
        Case(file: "billion-laughs.xlsx", reason: ["DTD", "entity"]),
        Case(file: "external-entity.xlsx", reason: ["DTD", "entity"]),
        Case(file: "deep-nesting.xlsx", reason: ["deeper", "nest"]),
        Case(file: "shared-string-out-of-range.xlsx", reason: ["shared string"]),
        Case(file: "zip-slip.xlsx", reason: ["workbook"]),
        Case(file: "nul-and-invalid-utf8.csv", statuses: ["unreadable", "no-table"], reason: ["NUL", "table"]),
        Case(file: "damaged-ole.xls", reason: ["damaged", ".xls"]),
        Case(file: "columns-16384.xlsx", statuses: ["unreadable", "no-table"], reason: ["16384", "column", "table"]),
        Case(file: "broken-mime.eml", statuses: ["unreadable", "no-sheet"], reason: ["cut off", "message", "attachment"]),
    ]

    @Test(arguments: cases) func hostileFileIsReportedAndTheGoodFileReadInFull(_ hostile: Case) throws {
        let run = try HostileRun.run(fixture: hostile.file)
        defer { run.cleanUp() }
        HostileChecks.expectReported(run, statuses: hostile.statuses, reason: hostile.reason)
        HostileChecks.expectGoodFileInFull(run)
        HostileChecks.expectNothingOutside(run)
        #expect(run.seconds < 60, "\(hostile.file) took \(run.seconds) s")
        #expect(HostileRun.childPeakBytes < 1 << 30, "peak resident memory of a run: \(HostileRun.childPeakBytes >> 20) MiB")
    }

    @Test func externalEntitiesAreNeverResolved() throws {
        let run = try HostileRun.run(fixture: "external-entity.xlsx")
        defer { run.cleanUp() }
        let passwd = (try? String(contentsOfFile: "/etc/passwd", encoding: .utf8)) ?? "root:x:0:0"
        let firstLine = passwd.split(separator: "\n").first.map(String.init) ?? "root:x:0:0"
        let report = String(decoding: try Data(contentsOf: run.root.appendingPathComponent("out/report.json")), as: UTF8.self)
        #expect(!report.contains(firstLine), "report.json shows a local file's content")
        #expect(!report.contains("root:x:"))
    }

    @Test func zipEntryNamesNeverBecomePaths() throws {
        let run = try HostileRun.run(fixture: "zip-slip.xlsx")
        defer { run.cleanUp() }
        // `../../x` from the inbox's khac/ folder, from the output folder, and from the working folder.
        for base in [run.root.appendingPathComponent("in/khac"), run.root.appendingPathComponent("out"),
                     URL(fileURLWithPath: FileManager.default.currentDirectoryPath)] {
            let escaped = base.appendingPathComponent("../../x").standardizedFileURL
            #expect(!FileManager.default.fileExists(atPath: escaped.path), "\(escaped.path) was written")
        }
        #expect(!FileManager.default.fileExists(atPath: "/etc/x.xml"))
    }
}

/// The checks every hostile run shares.
enum HostileChecks {
    static func expectReported(_ run: HostileRun, statuses: Set<String>, reason words: [String],
                               sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(run.result.status == 0, "run exits 0: \(run.result.stderr)", sourceLocation: sourceLocation)
        let inputs = run.hostileInputs
        #expect(!inputs.isEmpty, "the hostile file is an input of the report", sourceLocation: sourceLocation)
        for input in inputs {
            let status = input["status"] as? String ?? ""
            #expect(statuses.contains(status), "status \(status) of \(input["source"] ?? "")", sourceLocation: sourceLocation)
            let findings = input["findings"] as? [[String: Any]] ?? []
            let reasons = findings.filter { ["F-UNREADABLE", "F-NO-TABLE", "F-NO-SHEET"].contains($0["rule"] as? String) }
                .map { $0["message"] as? String ?? "" }
            #expect(!reasons.isEmpty, "a reason is given", sourceLocation: sourceLocation)
            for reason in reasons {
                #expect(words.contains { reason.localizedCaseInsensitiveContains($0) }, "reason \(reason) names none of \(words)",
                        sourceLocation: sourceLocation)
                #expect(!internalsWords.contains { reason.contains($0) }, "reason \(reason) shows internals", sourceLocation: sourceLocation)
                #expect(reason.count < 400, "reason is a sentence, not a dump", sourceLocation: sourceLocation)
            }
        }
        #expect(!run.rows.contains { ($0["source"] as? String ?? "").hasPrefix("khac/") && statuses == ["unreadable"] },
                "an unreadable file has no rows", sourceLocation: sourceLocation)
    }

    /// Every row of the good file is in the report, by the sample inbox's oracle (row numbers and names).
    static func expectGoodFileInFull(_ run: HostileRun, sourceLocation: SourceLocation = #_sourceLocation) {
        let good = run.rows.filter { $0["source"] as? String == HostileRun.goodSource }
        #expect(HostileRun.goodRows.count == 5, "the oracle lists the good file's rows", sourceLocation: sourceLocation)
        #expect(good.map { $0["row"] as? Int ?? -1 } == HostileRun.goodRows.map(\.row), sourceLocation: sourceLocation)
        #expect(good.map { $0["name"] as? String } == HostileRun.goodRows.map(\.name), sourceLocation: sourceLocation)
        let input = (run.report["inputs"] as? [[String: Any]] ?? []).first { $0["source"] as? String == HostileRun.goodSource }
        #expect(input?["status"] as? String == "taken", sourceLocation: sourceLocation)
    }

    /// The run's folder holds only the inbox and the outputs: nothing was extracted or written elsewhere.
    static func expectNothingOutside(_ run: HostileRun, sourceLocation: SourceLocation = #_sourceLocation) {
        let top = (try? FileManager.default.contentsOfDirectory(atPath: run.root.path)) ?? []
        #expect(Set(top) == ["in", "out"], sourceLocation: sourceLocation)
        let khac = (try? FileManager.default.contentsOfDirectory(atPath: run.root.appendingPathComponent("in/khac").path)) ?? []
        #expect(khac.count == 1, "the inbox is unchanged: \(khac)", sourceLocation: sourceLocation)
    }
}
