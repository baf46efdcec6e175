import Foundation
import Testing

/// `khenthuong run` over `fixtures/inbox`, checked against the hand-reasoned oracle `fixtures/inbox/expected.json`.
@Suite(.serialized) struct SampleInboxTests {
    static let output = E2E.temporaryDirectory()
    // One run shared by the tests (static lets initialise once, thread-safely); the JSON is only read afterwards.
    nonisolated(unsafe) static let result: Result<(E2E.Result, [String: Any]), any Error> = Result {
        let run = try E2E.run(["run", E2E.pipeline, "--inbox", E2E.inbox, "--out", output.path, "--quiet"])
        return (run, try E2E.json(output.appendingPathComponent("report.json")))
    }
    let expected = ExpectedInbox(path: E2E.inbox + "/expected.json")

    func report() throws -> [String: Any] { try Self.result.get().1 }

    @Test func runExitsZeroAndWritesEveryOutput() throws {
        let (run, report) = try Self.result.get()
        #expect(run.status == 0, "stderr: \(run.stderr)")
        #expect(run.stderr.isEmpty, "--quiet prints nothing: \(run.stderr)")
        let outputs = report["outputs"] as? [String: Any]
        let council = outputs?["council"] as? String
        #expect(council == "danh-sach-de-nghi-khen-thuong-2025.xlsx")
        #expect(FileManager.default.fileExists(atPath: Self.output.appendingPathComponent(council ?? "-").path))
        let feedback = outputs?["feedback"] as? [String: String] ?? [:]
        #expect(!expected.inputs.isEmpty, "the oracle loads")
        #expect(Set(feedback.keys) == Set(expected.inputs.compactMap(\.unit)))
        for path in feedback.values { #expect(FileManager.default.fileExists(atPath: Self.output.appendingPathComponent(path).path)) }
        let unmatched = outputs?["feedback_unmatched"] as? [String: String] ?? [:]
        #expect(unmatched == ["khac/de-nghi.xlsx": "phan-hoi/chua-xac-dinh-1.xlsx"])
    }

    @Test func inputsMatchTheOracle() throws {
        let inputs = try report()["inputs"] as? [[String: Any]] ?? []
        #expect(inputs.map { $0["source"] as? String ?? "" } == expected.inputs.map(\.source))
        for (actual, wanted) in zip(inputs, expected.inputs) {
            let source = wanted.source
            #expect(actual["unit"] as? String == wanted.unit, "unit of \(source)")
            #expect(actual["status"] as? String == wanted.status, "status of \(source)")
            #expect(actual["received"] as? String == wanted.received, "received of \(source)")
            let rules = (actual["findings"] as? [[String: Any]] ?? []).map { $0["rule"] as? String ?? "" }.sorted()
            #expect(rules == wanted.rules, "findings of \(source)")
            #expect((actual["sha256"] as? String)?.count == 64)
        }
    }

    @Test func rowsMatchTheOracle() throws {
        let rows = try report()["rows"] as? [[String: Any]] ?? []
        func key(_ source: String, _ sheet: String?, _ row: Int) -> String { "\(source)|\(sheet ?? "-")|\(row)" }
        let actual = Dictionary(rows.map { (key($0["source"] as? String ?? "", $0["sheet"] as? String, $0["row"] as? Int ?? -1), $0) },
                                uniquingKeysWith: { a, _ in a })
        #expect(rows.count == expected.rows.count, "every data row once, no phantom rows")
        for wanted in expected.rows {
            let k = key(wanted.source, wanted.sheet, wanted.row)
            guard let row = actual[k] else { Issue.record("missing row \(k)"); continue }
            #expect(row["status"] as? String == wanted.status, "status of \(k)")
            #expect(row["kind"] as? String == wanted.kind, "kind of \(k)")
            #expect(row["name"] as? String == wanted.name, "name of \(k)")
            #expect(row["award"] as? String == wanted.award, "award of \(k)")
            #expect(row["year"] as? Int == wanted.year, "year of \(k)")
            #expect(row["unit"] as? String == wanted.unit, "unit of \(k)")
            #expect(ExpectedInbox.keys(row["findings"] as? [[String: Any]] ?? []) == wanted.rules, "findings of \(k)")
        }
    }

    @Test func rowsFollowTheirInputsThenSheetThenRow() throws {
        let report = try report()
        let sources = (report["inputs"] as? [[String: Any]] ?? []).map { $0["source"] as? String ?? "" }
        let rows = report["rows"] as? [[String: Any]] ?? []
        let order = rows.map { sources.firstIndex(of: $0["source"] as? String ?? "") ?? -1 }
        #expect(order == order.sorted())
    }

    @Test func duplicatesNameTheCopyKept() throws {
        let rows = try report()["rows"] as? [[String: Any]] ?? []
        for row in rows {
            for finding in row["findings"] as? [[String: Any]] ?? [] where (finding["rule"] as? String)?.hasPrefix("M-") == true
                && finding["rule"] as? String != "M-QUOTA" {
                let other = finding["other"] as? [String: Any]
                #expect(other?["source"] is String && other?["row"] is Int)
            }
        }
    }
}
