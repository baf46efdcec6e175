import Foundation
import Testing

/// The exit statuses and messages of cli-contract.md, through the real executable.
@Suite struct CommandLineContractTests {
    @Test func aMissingInboxExitsTwoWithOneSentence() throws {
        let out = E2E.temporaryDirectory()
        let result = try E2E.run(["run", E2E.pipeline, "--inbox", "/no/such/inbox", "--out", out.path])
        #expect(result.status == 2)
        #expect(result.stderr.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: "\n").count == 1)
        #expect(result.stderr.contains("/no/such/inbox"))
    }

    @Test func aYearOutsideTheCampaignExitsTwo() throws {
        let result = try E2E.run(["run", E2E.pipeline, "--inbox", E2E.inbox, "--out", E2E.temporaryDirectory().path, "--year", "2023"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("2023"))
    }

    @Test func aBrokenPipelineFileExitsTwoNamingTheLine() throws {
        let dir = E2E.temporaryDirectory()
        let broken = dir.appendingPathComponent("broken.yaml")
        try "id: x\nyears: [2025\n".write(to: broken, atomically: true, encoding: .utf8)
        for args in [["run", broken.path, "--inbox", E2E.inbox, "--out", dir.path], ["check", broken.path, E2E.pipeline],
                     ["template", broken.path, "--out", dir.appendingPathComponent("t.xlsx").path]] {
            let result = try E2E.run(args)
            #expect(result.status == 2, "\(args[0])")
            #expect(result.stderr.contains("broken.yaml"), "\(args[0]): \(result.stderr)")
        }
    }

    @Test func badArgumentsExitTwo() throws {
        #expect(try E2E.run(["run", E2E.pipeline]).status == 2)
        #expect(try E2E.run(["frobnicate"]).status == 2)
    }

    @Test func checkOfAMissingFileExitsTwoAndAnUnknownUnitToo() throws {
        #expect(try E2E.run(["check", E2E.pipeline, "/no/such.xlsx"]).status == 2)
        let sheet = E2E.inbox + "/vp/VP_de_nghi_khen_thuong.xlsx"
        let unknown = try E2E.run(["check", E2E.pipeline, sheet, "--unit", "XYZ"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("XYZ"))
    }

    @Test func checkExitsOneWhenAFindingIsAnErrorAndPrintsJSON() throws {
        let sheet = E2E.inbox + "/vp/VP_de_nghi_khen_thuong.xlsx"
        let result = try E2E.run(["check", E2E.pipeline, sheet, "--unit", "VP", "--json"])
        #expect(result.status == 1)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(object?["version"] as? Int == 1)
        #expect(object?["unit"] as? String == "VP")
        #expect(object?["year"] as? Int == 2025)
        let rows = object?["rows"] as? [[String: Any]] ?? []
        #expect(rows.contains { $0["status"] as? String == "eligible" })
        #expect(rows.contains { ($0["findings"] as? [[String: Any]] ?? []).contains { $0["rule"] as? String == "R-AWARD-SUBJECT" } })
        // check never applies inbox-wide rules.
        let rules = rows.flatMap { ($0["findings"] as? [[String: Any]] ?? []).compactMap { $0["rule"] as? String } }
        #expect(!rules.contains("F-LATE") && !rules.contains("M-QUOTA") && !rules.contains("F-UNKNOWN-UNIT"))
    }

    @Test func checkNamesAnotherUnitAsAMismatch() throws {
        let sheet = E2E.inbox + "/vp/VP_de_nghi_khen_thuong.xlsx"
        let result = try E2E.run(["check", E2E.pipeline, sheet, "--unit", "KHTC", "--json"])
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let inputs = object?["inputs"] as? [[String: Any]] ?? []
        #expect(inputs.first.map { ($0["findings"] as? [[String: Any]] ?? []).contains { $0["rule"] as? String == "F-UNIT-MISMATCH" } } == true)
    }

    @Test func inspectOfAMissingFileExitsTwo() throws {
        let result = try E2E.run(["inspect", "/no/such.csv"])
        #expect(result.status == 2)
        #expect(!result.stderr.isEmpty)
    }

    @Test func theSameInboxGivesTheSameBytes() throws {
        let a = E2E.temporaryDirectory(), b = E2E.temporaryDirectory()
        #expect(try E2E.run(["run", E2E.pipeline, "--inbox", E2E.inbox, "--out", a.path, "--quiet"]).status == 0)
        #expect(try E2E.run(["run", E2E.pipeline, "--inbox", E2E.inbox, "--out", b.path, "--quiet"]).status == 0)
        let files = try FileManager.default.subpathsOfDirectory(atPath: a.path).filter { $0.hasSuffix(".xlsx") || $0.hasSuffix(".json") }.sorted()
        #expect(files.count >= 3)
        for file in files {
            let x = try Data(contentsOf: a.appendingPathComponent(file)), y = try Data(contentsOf: b.appendingPathComponent(file))
            #expect(x == y, "\(file) differs between two runs")
        }
    }
}
