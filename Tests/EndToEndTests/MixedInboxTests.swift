import Foundation
import Testing
import Sheets

/// Issue 4's end-to-end test: `khenthuong run` over `fixtures/mixed-inbox/mixed/` (folders, a zip, `.eml` files, an
/// mbox, a Maildir; forwards from the Office and from a unit; a message without a sheet; a resend; a mismatch; an
/// unregistered sender; the two deadline instants) and `fixtures/mixed-inbox/precedence/` (several F-* rules on one
/// input, going back to an earlier version, bare files of one time, NFD names), against `<name>.expected.json`,
/// written by hand from the spec.
@Suite struct MixedInboxTests {
    static let folder = E2E.repo.appendingPathComponent("fixtures/mixed-inbox")
    static let inbox = folder.appendingPathComponent("mixed").path
    /// The two inboxes, each with its expected input and row counts.
    static let cases: [(String, Int, Int)] = [("mixed", 11, 10), ("precedence", 10, 9)]

    /// The hand-written expectations, in report.json's order.
    struct Expected {
        struct Input { var source: String; var unit: String?; var received: String?; var status: String; var rules: [String]; var attachments: [String]? }
        struct Row { var source: String; var sheet: String?; var row: Int; var kind: String?; var name: String?; var unit: String?
                     var award: String?; var year: Int?; var status: String; var rules: [String] }
        var inputs: [Input] = []
        var rows: [Row] = []

        init(_ name: String) {
            let object = (try? E2E.json(MixedInboxTests.folder.appendingPathComponent("\(name).expected.json"))) ?? [:]
            for i in object["inputs"] as? [[String: Any]] ?? [] {
                inputs.append(Input(source: i["source"] as? String ?? "", unit: i["unit"] as? String, received: i["received"] as? String,
                                    status: i["status"] as? String ?? "", rules: (i["rules"] as? [String] ?? []).sorted(),
                                    attachments: i["attachments"] as? [String]))
            }
            for r in object["rows"] as? [[String: Any]] ?? [] {
                rows.append(Row(source: r["source"] as? String ?? "", sheet: r["sheet"] as? String, row: r["row"] as? Int ?? -1,
                                kind: r["kind"] as? String, name: r["name"] as? String, unit: r["unit"] as? String,
                                award: r["award"] as? String, year: r["year"] as? Int, status: r["status"] as? String ?? "",
                                rules: (r["rules"] as? [String] ?? []).sorted()))
            }
        }
    }

    /// Runs once per test (each in its own output folder) and returns report.json.
    static func report(_ name: String = "mixed", lang: String? = nil) throws -> (E2E.Result, [String: Any], URL) {
        let out = E2E.temporaryDirectory()
        var args = ["run", E2E.pipeline, "--inbox", folder.appendingPathComponent(name).path, "--out", out.path]
        if let lang { args += ["--lang", lang] }
        let result = try E2E.run(args)
        return (result, (try? E2E.json(out.appendingPathComponent("report.json"))) ?? [:], out)
    }

    @Test(arguments: cases)
    func inputsAreReportedAsTheContractSays(name: String, inputCount: Int, rowCount: Int) throws {
        let expected = Expected(name)
        #expect(expected.inputs.count == inputCount)
        let (result, report, _) = try Self.report(name)
        #expect(result.status == 0, "\(result.stderr)")
        let inputs = report["inputs"] as? [[String: Any]] ?? []
        #expect(inputs.map { $0["source"] as? String ?? "" } == expected.inputs.map(\.source), "inputs and their order")
        // Swift's == calls NFD and NFC equal: the contract wants NFC bytes, so compare scalars.
        for source in inputs.compactMap({ $0["source"] as? String }) {
            #expect(Array(source.unicodeScalars) == Array(source.precomposedStringWithCanonicalMapping.unicodeScalars), "\(source) is NFC")
        }
        for want in expected.inputs {
            guard let got = inputs.first(where: { $0["source"] as? String == want.source }) else { continue }
            #expect(got["unit"] as? String == want.unit, "\(want.source): unit")
            #expect(got["received"] as? String == want.received, "\(want.source): received")
            #expect(got["status"] as? String == want.status, "\(want.source): status")
            let listed = (got["findings"] as? [[String: Any]] ?? []).compactMap { $0["rule"] as? String }
            #expect(listed.sorted() == want.rules, "\(want.source): findings")
            #expect(listed == listed.sorted(), "\(want.source): findings by rule id")
            if let attachments = want.attachments {
                #expect(got["attachments"] as? [String] == attachments, "\(want.source): attachments")
            }
            #expect((got["sha256"] as? String)?.count == 64 || want.status == "no-sheet", "\(want.source): sha256")
        }
    }

    @Test(arguments: cases)
    func everyRowOnceWithItsStatus(name: String, inputCount: Int, rowCount: Int) throws {
        let expected = Expected(name)
        #expect(expected.rows.count == rowCount)
        let (_, report, _) = try Self.report(name)
        let rows = report["rows"] as? [[String: Any]] ?? []
        let keys = rows.map { "\($0["source"] as? String ?? "")|\($0["row"] as? Int ?? -1)" }
        #expect(keys == expected.rows.map { "\($0.source)|\($0.row)" }, "rows and their order")
        for want in expected.rows {
            guard let got = rows.first(where: { $0["source"] as? String == want.source && $0["row"] as? Int == want.row }) else { continue }
            let label = "\(want.source) row \(want.row)"
            #expect(got["sheet"] as? String == want.sheet, "\(label): sheet")
            #expect(got["name"] as? String == want.name, "\(label): name")
            #expect(got["kind"] as? String == want.kind, "\(label): kind")
            #expect(got["unit"] as? String == want.unit, "\(label): unit")
            #expect(got["award"] as? String == want.award, "\(label): award")
            #expect(got["year"] as? Int == want.year, "\(label): year")
            #expect(got["status"] as? String == want.status, "\(label): status")
            let rules = (got["findings"] as? [[String: Any]] ?? []).compactMap { $0["rule"] as? String }.sorted()
            #expect(rules == want.rules, "\(label): findings")
        }
    }

    @Test func outputsNameEveryUnitAndTheUnmatchedInput() throws {
        let (_, report, out) = try Self.report()
        let outputs = report["outputs"] as? [String: Any] ?? [:]
        #expect(outputs["council"] as? String == "danh-sach-de-nghi-khen-thuong-2025.xlsx")
        let feedback = outputs["feedback"] as? [String: String] ?? [:]
        #expect(Set(feedback.keys) == ["NCC", "TTRA", "PCTNXH", "KHTC", "TTBTXH", "CSCN", "TTDVVL", "LDVL", "BTXH"])
        for (code, path) in feedback {
            #expect(path == "phan-hoi/\(code).xlsx")
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(path).path), "\(path)")
        }
        let unmatched = (report["feedback_unmatched"] as? [String: String]) ?? (outputs["feedback_unmatched"] as? [String: String]) ?? [:]
        #expect(unmatched == ["Maildir/new/1765600000.M2P2.host#DS.xlsx": "phan-hoi/chua-xac-dinh-1.xlsx"])
        #expect(report["pipeline"] as? String == E2E.pipeline)
        #expect(report["year"] as? Int == 2025)
        #expect(report["version"] as? Int == 1)
    }

    /// "A row lost" must never happen (domain.md): every reported row is in the council workbook, an eligible one on
    /// the list, any other among those not eligible (with its source); every input is on "Nguồn dữ liệu".
    @Test(arguments: cases)
    func everyRowAndInputIsInTheCouncilWorkbook(name: String, inputCount: Int, rowCount: Int) throws {
        let (_, report, out) = try Self.report(name)
        let council = out.appendingPathComponent((report["outputs"] as? [String: Any])?["council"] as? String ?? "")
        let workbook = try Spreadsheets.read(bytes: try Data(contentsOf: council), fileName: council.lastPathComponent)
        func rows(of sheet: String) -> [[String]] {
            guard let found = workbook.sheets.first(where: { $0.name == sheet }) else { return [] }
            return found.rows.map { $0.cells.map(\.value.text) }
        }
        let list = rows(of: "Danh sách đề nghị"), notEligible = rows(of: "Không đủ điều kiện"), sources = rows(of: "Nguồn dữ liệu")
        #expect(!list.isEmpty && !sources.isEmpty)
        let reported = report["rows"] as? [[String: Any]] ?? []
        #expect(reported.count == rowCount)
        for row in reported {
            let rowName = row["name"] as? String ?? "?", source = row["source"] as? String ?? "?"
            if row["status"] as? String == "eligible" {
                #expect(list.contains { $0.contains(rowName) }, "\(rowName) on the list")
                #expect(!notEligible.contains { $0.contains(rowName) && $0.contains(source) }, "\(rowName) not among the ineligible")
            } else {
                #expect(notEligible.contains { $0.contains(rowName) && $0.contains(source) }, "\(rowName) (\(source)) among the ineligible")
            }
        }
        #expect(notEligible.filter { $0.first.flatMap(Int.init) != nil }.count == reported.filter { $0["status"] as? String != "eligible" }.count)
        for input in report["inputs"] as? [[String: Any]] ?? [] {
            let source = input["source"] as? String ?? "?"
            #expect(sources.contains { $0.contains(source) }, "\(source) on Nguồn dữ liệu")
        }
    }

    /// Mail, mbox and Maildir in the inbox still give the same bytes on every run.
    @Test func theMixedInboxGivesTheSameBytesTwice() throws {
        let (_, _, a) = try Self.report()
        let (_, _, b) = try Self.report()
        let files = try FileManager.default.subpathsOfDirectory(atPath: a.path).filter { $0.hasSuffix(".xlsx") || $0.hasSuffix(".json") }.sorted()
        #expect(files.count == 12)  // council, report.json, 9 units' feedback, 1 unmatched
        for file in files {
            #expect(try Data(contentsOf: a.appendingPathComponent(file)) == Data(contentsOf: b.appendingPathComponent(file)), "\(file)")
        }
    }

    /// `--lang en`: the same rule ids, messages in English; the default is Vietnamese.
    @Test func messagesFollowTheLanguage() throws {
        let (vi, viReport, _) = try Self.report()
        let (en, enReport, _) = try Self.report(lang: "en")
        #expect(vi.status == 0 && en.status == 0)
        func messages(_ report: [String: Any]) -> [String: String] {
            var out: [String: String] = [:]
            for input in report["inputs"] as? [[String: Any]] ?? [] {
                for f in input["findings"] as? [[String: Any]] ?? [] {
                    out["\(input["source"] as? String ?? "")|\(f["rule"] as? String ?? "")"] = f["message"] as? String
                }
            }
            return out
        }
        let viMessages = messages(viReport), enMessages = messages(enReport)
        #expect(Set(viMessages.keys) == Set(enMessages.keys))
        #expect(viMessages.count == 5)
        let vietnameseLetters = CharacterSet(charactersIn: "ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹáàãéèíìóòõúùýĐ")
        for (key, message) in viMessages {
            #expect(message.lowercased().unicodeScalars.contains { vietnameseLetters.contains($0) }, "vi \(key): \(message)")
            let english = enMessages[key] ?? ""
            #expect(english != message, "en \(key): \(english)")
            // English messages may quote the registry's unit names, but none of the sentence is Vietnamese.
            for word in ["bảng tính", "đơn vị", "không", "nêu", "hồ sơ", "thư", "tệp", "nhận"] {
                #expect(!english.lowercased().contains(word), "en \(key): \(english)")
            }
        }
    }
}
