import Foundation
import Testing

/// The parts of cli-contract.md about `--inbox` that the mixed inbox makes cheap to check: several inboxes
/// (sources prefixed by each inbox's name, one arrival order across them), an inbox that is one file, and the
/// exit statuses of `run`, `template` and `check`, each exit 2 with one sentence in the user's language.
@Suite struct MixedInboxContractTests {
    static let mixed = MixedInboxTests.inbox

    static func inputs(_ arguments: [String]) throws -> (E2E.Result, [[String: Any]]) {
        let (result, report) = try run(arguments)
        return (result, report["inputs"] as? [[String: Any]] ?? [])
    }

    static func run(_ arguments: [String]) throws -> (E2E.Result, [String: Any]) {
        let out = E2E.temporaryDirectory()
        let result = try E2E.run(["run", E2E.pipeline] + arguments + ["--out", out.path, "--quiet"])
        return (result, (try? E2E.json(out.appendingPathComponent("report.json"))) ?? [:])
    }

    static func statuses(_ inputs: [[String: Any]]) -> [String: String] {
        Dictionary(uniqueKeysWithValues: inputs.map { ($0["source"] as? String ?? "", $0["status"] as? String ?? "") })
    }

    /// Both inboxes together: every source gets its inbox's name, and a unit's submissions are ordered by
    /// received time across both (domain.md, Submissions). Statuses worked out by hand from the two oracles
    /// (fixtures/inbox/EXPECTED.md and mixed-inbox/mixed.expected.json): the later submission of each unit wins.
    @Test func severalInboxesPrefixSourcesAndShareOneArrivalOrder() throws {
        let (result, report) = try Self.run(["--inbox", E2E.inbox, "--inbox", Self.mixed])
        let inputs = report["inputs"] as? [[String: Any]] ?? []
        #expect(result.status == 0, "\(result.stderr)")
        // Inputs of no known unit are numbered from 1 in inputs order, across both inboxes.
        let unmatched = (report["outputs"] as? [String: Any])?["feedback_unmatched"] as? [String: String] ?? report["feedback_unmatched"] as? [String: String]
        #expect(unmatched == ["inbox/khac/de-nghi.xlsx": "phan-hoi/chua-xac-dinh-1.xlsx",
                              "mixed/Maildir/new/1765600000.M2P2.host#DS.xlsx": "phan-hoi/chua-xac-dinh-2.xlsx"])
        #expect(inputs.count == 13 + 11)
        #expect(inputs.allSatisfy { ($0["source"] as? String ?? "").hasPrefix("inbox/") || ($0["source"] as? String ?? "").hasPrefix("mixed/") })
        let status = Self.statuses(inputs)
        let expected: [String: String] = [
            // NCC: mixed zip (09/12 08:00) after inbox lan1 (03/12), then inbox lan2 (10/12 09:30) replaces it.
            "inbox/ncc/NCC_de_nghi_lan1.csv": "superseded", "mixed/ncc/ho-so.zip#DS_NCC.xlsx": "superseded",
            "inbox/ncc/NCC_de_nghi_lan2.xlsx": "taken",
            // TTRA: inbox csv (04/12) replaced by the mixed folder's file (10/12).
            "inbox/ttra/TTRA_de_nghi_khen_thuong.csv": "superseded", "mixed/ttra/DS_thanh_tra.xlsx": "taken",
            // KHTC: the root csv (09/12) replaced by the mail of 12/12; its resend stays a duplicate of it.
            "inbox/Phong Ke hoach Tai chinh.csv": "superseded", "mixed/mail/khtc.eml#DS.xlsx": "taken",
            "mixed/mail/khtc-gui-lai.eml#DS.xlsx": "duplicate-file",
            // TTBTXH: the Maildir message (12/12) replaced by the inbox's file of 14/12 23:59.
            "mixed/Maildir/cur/1765520000.M1P1.host:2,S#DS.xlsx": "superseded", "inbox/ttbtxh/TTBTXH_de_nghi.xlsx": "taken",
            // LDVL: inbox (06/12) replaced by the mbox message of 14/12 23:59 +07:00.
            "inbox/ldvl/LDVL_de_nghi.xlsx": "superseded", "mixed/mail/office.mbox:1#LDVL.xlsx": "taken",
            // PCTNXH: the forwarded mail (11/12) stays current; the inbox's late file changes nothing.
            "mixed/mail/fwd-pctnxh.eml#DS.xlsx": "taken", "inbox/pctnxh/PCTNXH_de_nghi.xlsx": "late",
            // TTDVVL: inbox csv (11/12) replaced by the forward of 13/12.
            "inbox/ttdvvl/TTDVVL_de_nghi.csv": "superseded", "mixed/mail/fwd-ttdvvl.eml#DS.xlsx": "taken",
            // BTXH: the inbox's file (12/12) stays; the late mbox message changes nothing.
            "inbox/btxh/BTXH_de_nghi.xlsx": "taken", "mixed/mail/office.mbox:2#BTXH.xlsx": "late",
        ]
        for (source, want) in expected { #expect(status[source] == want, "\(source)") }
        let received = inputs.map { $0["received"] as? String ?? "~" }
        #expect(received == received.sorted(), "inputs by received time")
    }

    /// `sha256` is "the hex of the file or attachment bytes": for a message without a sheet (an input whose source
    /// has no `#`), the message file's.
    @Test func aMessageWithoutASheetIsHashedByItsOwnBytes() throws {
        let (_, inputs) = try Self.inputs(["--inbox", Self.mixed])
        let noSheet = try #require(inputs.first { $0["status"] as? String == "no-sheet" })
        let file = Self.mixed + "/mail/cscn-cong-van.eml"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
        process.arguments = [file]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let expected = String(output.prefix(64))
        #expect(expected.count == 64)
        #expect(noSheet["sha256"] as? String == expected)
    }

    /// A Maildir copied without its empty `tmp/` (git, zip and many copy tools drop empty folders) still holds
    /// messages in `cur/` and `new/`: they must not be silently dropped (issue 4).
    @Test func aMaildirWithoutTmpStillGivesItsMessages() throws {
        let inbox = E2E.temporaryDirectory()
        let maildir = inbox.appendingPathComponent("Maildir")
        try FileManager.default.createDirectory(at: maildir, withIntermediateDirectories: true)
        for sub in ["cur", "new"] {
            try FileManager.default.copyItem(atPath: Self.mixed + "/Maildir/" + sub, toPath: maildir.appendingPathComponent(sub).path)
        }
        let (result, inputs) = try Self.inputs(["--inbox", inbox.path])
        #expect(result.status == 0)
        #expect(inputs.map { $0["source"] as? String ?? "" } == ["Maildir/cur/1765520000.M1P1.host:2,S#DS.xlsx",
                                                                 "Maildir/new/1765600000.M2P2.host#DS.xlsx"])
    }

    @Test func twoInboxesOfTheSameNameExitTwo() throws {
        let copy = E2E.temporaryDirectory().appendingPathComponent("inbox")
        try FileManager.default.copyItem(atPath: E2E.inbox, toPath: copy.path)
        let (result, _) = try Self.inputs(["--inbox", E2E.inbox, "--inbox", copy.path])
        #expect(result.status == 2)
        #expect(result.stderr.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: "\n").count == 1)
        #expect(result.stderr.contains("inbox"))
    }

    /// An `--inbox` that is one file: its sources start with the file's name.
    @Test func anInboxThatIsOneFile() throws {
        let (eml, emlInputs) = try Self.inputs(["--inbox", Self.mixed + "/mail/khtc.eml"])
        #expect(eml.status == 0)
        #expect(emlInputs.map { $0["source"] as? String ?? "" } == ["khtc.eml#DS.xlsx"])
        #expect(emlInputs.first?["received"] as? String == "2025-12-12T10:00:00+07:00")
        #expect(emlInputs.first?["status"] as? String == "taken")
        let (mbox, mboxInputs) = try Self.inputs(["--inbox", Self.mixed + "/mail/office.mbox"])
        #expect(mbox.status == 0)
        #expect(mboxInputs.map { $0["source"] as? String ?? "" } == ["office.mbox:1#LDVL.xlsx", "office.mbox:2#BTXH.xlsx"])
        #expect(mboxInputs.map { $0["status"] as? String ?? "" } == ["taken", "late"])
        // A bare file with no manifest: the file's time, with F-NO-TIME.
        let (bare, bareInputs) = try Self.inputs(["--inbox", Self.mixed + "/ttra/DS_thanh_tra.xlsx"])
        #expect(bare.status == 0)
        #expect(bareInputs.first?["source"] as? String == "DS_thanh_tra.xlsx")
        #expect((bareInputs.first?["findings"] as? [[String: Any]] ?? []).contains { $0["rule"] as? String == "F-NO-TIME" })
        #expect(bareInputs.first?["unit"] as? String == "TTRA", "the file's name names Thanh tra")
    }

    /// Exit 2 with one sentence, in Vietnamese by default and English with `--lang en`.
    @Test func aManifestThatDoesNotParseExitsTwoNamingTheLineInTheUsersLanguage() throws {
        let inbox = E2E.temporaryDirectory()
        try FileManager.default.copyItem(atPath: Self.mixed + "/ttra", toPath: inbox.appendingPathComponent("ttra").path)
        try "ttra/: 2025-12-10T09:00:00\nncc/: 2025-13-45T99:00\n".write(to: inbox.appendingPathComponent("received.yaml"), atomically: true, encoding: .utf8)
        let (vi, _) = try Self.inputs(["--inbox", inbox.path])
        let (en, _) = try Self.inputs(["--inbox", inbox.path, "--lang", "en"])
        #expect(vi.status == 2 && en.status == 2)
        for result in [vi, en] {
            #expect(result.stderr.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: "\n").count == 1)
            #expect(result.stderr.contains("received.yaml"))
        }
        #expect(vi.stderr.contains("dòng 2"), "\(vi.stderr)")
        #expect(en.stderr.contains("line 2"), "\(en.stderr)")
    }

    @Test func otherExitStatuses() throws {
        let out = E2E.temporaryDirectory()
        // An output folder that cannot be made.
        let file = out.appendingPathComponent("a-file")
        try Data("x".utf8).write(to: file)
        let unwritable = try E2E.run(["run", E2E.pipeline, "--inbox", Self.mixed, "--out", file.appendingPathComponent("sub").path])
        #expect(unwritable.status == 2)
        #expect(unwritable.stderr.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: "\n").count == 1)
        // template: an unknown unit exits 2; English labels with --lang en exit 0.
        #expect(try E2E.run(["template", E2E.pipeline, "--out", out.appendingPathComponent("t.xlsx").path, "--unit", "XYZ"]).status == 2)
        #expect(try E2E.run(["template", E2E.pipeline, "--out", out.appendingPathComponent("en.xlsx").path, "--lang", "en"]).status == 0)
        // check: an unreadable FILE is a finding (exit 1), not a failure to run.
        let unreadable = try E2E.run(["check", E2E.pipeline, E2E.inbox + "/cscn/CSCN_de_nghi.xlsx"])
        #expect(unreadable.status == 1)
        #expect(unreadable.stdout.contains("F-UNREADABLE"))
        // run --year a listed year that is not the current one still runs.
        let previous = try E2E.run(["run", E2E.pipeline, "--inbox", Self.mixed, "--out", out.appendingPathComponent("y").path, "--year", "2024", "--quiet"])
        #expect(previous.status == 0)
        let report = try E2E.json(out.appendingPathComponent("y/report.json"))
        #expect(report["year"] as? Int == 2024)
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("y/danh-sach-de-nghi-khen-thuong-2024.xlsx").path))
    }
}
