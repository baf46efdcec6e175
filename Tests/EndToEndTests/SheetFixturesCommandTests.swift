import Foundation
import Testing
import Sheets

/// `inspect` and `inspect --cells` through the real executable: cells equal python-calamine's for a sample of the
/// conformance corpus (`../shared/conformance/`), raw text stays raw, and the exit statuses of the contract.
@Suite struct SheetFixturesCommandTests {
    static let conformance = E2E.repo.deletingLastPathComponent().appendingPathComponent("shared/conformance")
    static let sheets = E2E.repo.appendingPathComponent("fixtures/sheets")

    /// Corpus files whose oracle holds only the types python-calamine reads as the contract does (no error,
    /// duration or time cells: see the corpus README), xlsx and xls, with hidden sheets, merges, rich text, dates.
    static let sample = ["any_sheets.xlsx", "any_sheets.xls", "biff5_write.xls", "issues.xls", "date_quoted_format.xlsx",
                         "merge_cells.xlsx", "merge_cells.xls", "richtext-after-plain.xlsx", "whitespace_trim.xlsx",
                         "inlineStr_cdata.xlsx", "issue_643_biff5_formula.xls", "empty_shared_string_value.xlsx"]

    /// Sheets whose oracle cells are python-calamine's mistake, by file: any_sheets.xls's "Chart" is a chart
    /// sheet, whose NUMBER records are the cached values of the chart's series, not cells (the Sheets module's
    /// XLSConformanceTests records the same difference).
    static let oracleMistakes: [String: String] = ["any_sheets.xls": "Chart"]

    /// One cell line, compared as the contract says: numbers by value (15 and 15.0 are equal), text by its
    /// Unicode scalars (Swift's `==` would call NFD and NFC equal, and "as stored" keeps NFD).
    struct CellLine: Hashable, CustomStringConvertible {
        var sheet: String?
        var row: Int
        var col: Int
        var type: String
        var value: String

        init?(_ line: Substring) {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else { return nil }
            sheet = object["sheet"] as? String
            row = object["row"] as? Int ?? -1
            col = object["col"] as? Int ?? -1
            type = object["type"] as? String ?? ""
            switch object["value"] {
            case let number as NSNumber where type == "number": value = "\(number.doubleValue)"
            case let number as NSNumber: value = number.boolValue ? "true" : "false"
            case let text as String: value = text.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: " ")
            default: value = "?"
            }
        }

        var description: String { "\(sheet ?? "-")!\(row),\(col) \(type) \(value)" }
    }

    static func lines(_ text: String) -> [CellLine] {
        text.split(separator: "\n").compactMap(CellLine.init)
    }

    @Test(arguments: sample)
    func inspectCellsEqualsTheOracle(file: String) throws {
        let path = Self.conformance.appendingPathComponent(file).path
        let oracle = try String(contentsOfFile: path + ".cells.jsonl", encoding: .utf8)
        let result = try E2E.run(["inspect", path, "--cells"])
        #expect(result.status == 0, "\(result.stderr)")
        let ours = Self.lines(result.stdout), expected = Self.lines(oracle).filter { $0.sheet == nil || $0.sheet != Self.oracleMistakes[file] }
        #expect(!expected.isEmpty)
        #expect(result.stdout.split(separator: "\n").count == ours.count, "every line is one JSON object")
        #expect(ours == expected, "\(file): \(Set(ours).symmetricDifference(expected).sorted { $0.description < $1.description }.prefix(6))")
    }

    /// "As stored": TCVN3 text prints as it reads, NFD stays NFD; a CSV's sheet is null and its cells strings.
    @Test func inspectCellsPrintsTextBeforeAnyRepair() throws {
        let tcvn3 = try E2E.run(["inspect", Self.sheets.appendingPathComponent("E01_tcvn3_vntime.xlsx").path, "--cells"])
        #expect(tcvn3.stdout.contains("\"NguyÔn V¨n An\""), "\(tcvn3.stdout.prefix(400))")
        #expect(!tcvn3.stdout.contains("Nguyễn Văn An"))

        let nfd = try E2E.run(["inspect", Self.sheets.appendingPathComponent("E03_unicode_lookalikes.xlsx").path, "--cells"])
        let row2 = Self.lines(nfd.stdout).first { $0.row == 2 && $0.col == 2 }
        let stored = "Nguye\u{0302}\u{0303}n Thi\u{0323} Hoa".unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: " ")
        #expect(row2?.value == stored)

        let utf16 = try E2E.run(["inspect", Self.sheets.appendingPathComponent("C02_utf16le_tab.txt").path, "--cells"])
        let cells = Self.lines(utf16.stdout)
        #expect(cells.count > 20)
        #expect(cells.allSatisfy { $0.sheet == nil && $0.type == "string" })
        #expect(utf16.stdout.contains("{\"sheet\": null"), "sheet is written as null")

        let dates1904 = Self.lines(try E2E.run(["inspect", Self.sheets.appendingPathComponent("D02_dates_1904.xlsx").path, "--cells"]).stdout)
        #expect(dates1904.contains { $0.row == 2 && $0.col == 3 && $0.type == "date" }, "a 1904 date cell is a date")
        let iso = "1984-08-15".unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: " ")
        #expect(dates1904.first { $0.row == 2 && $0.col == 3 }?.value == iso)
    }

    /// `inspect` lists hidden sheets, the header rows and the skipped rows of a formal layout.
    @Test func inspectDescribesTheLayout() throws {
        let result = try E2E.run(["inspect", Self.sheets.appendingPathComponent("L07_kind_per_sheet_hidden_instructions.xlsx").path])
        #expect(result.status == 0)
        #expect(result.stdout.contains("DM (ẩn)") && result.stdout.contains("Cá nhân (cũ) (ẩn)"), "\(result.stdout)")
        let l06 = try E2E.run(["inspect", Self.sheets.appendingPathComponent("L06_total_and_signature.xlsx").path])
        #expect(l06.stdout.contains("3–4, 6") || l06.stdout.contains("3-4, 6") || l06.stdout.contains("3, 4, 6"), "\(l06.stdout)")
        #expect(l06.stdout.contains("bỏ qua dòng 8"), "the total row is listed as skipped")
        let csv = try E2E.run(["inspect", Self.sheets.appendingPathComponent("C03_cp1258.csv").path])
        #expect(csv.status == 0)
        #expect(csv.stdout.contains("1258"), "the detected encoding is shown: \(csv.stdout.prefix(300))")
    }

    /// Every file of fixtures/sheets/ through `check --json`: the rows (sheet, row, printed name) are the oracle's
    /// (fixtures/sheets/expected.json, the generator's facts), and L11 is `no-table`.
    @Test func checkTakesTheOraclesRowsFromEveryFixture() throws {
        let oracle = try E2E.json(Self.sheets.appendingPathComponent("expected.json"))
        let fixtures = oracle["fixtures"] as? [[String: Any]] ?? []
        var files = 0
        for fixture in fixtures {
            let sheets = fixture["sheets"] as? [[String: Any]] ?? []
            let readSheets = sheets.filter { $0["read"] as? Bool == true }
            for file in fixture["files"] as? [String] ?? [] {
                files += 1
                let result = try E2E.run(["check", E2E.pipeline, Self.sheets.appendingPathComponent(file).path, "--json"])
                let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any] ?? [:]
                let rows = object["rows"] as? [[String: Any]] ?? []
                let input = (object["inputs"] as? [[String: Any]] ?? []).first ?? [:]
                if readSheets.isEmpty {
                    #expect(input["status"] as? String == "no-table", "\(file)")
                    #expect(result.status == 1, "\(file): F-NO-TABLE is an error")
                    #expect(rows.isEmpty)
                    continue
                }
                let isText = file.hasSuffix(".csv") || file.hasSuffix(".txt")
                var expected: [String] = []
                for sheet in readSheets {
                    for row in sheet["data_rows"] as? [[String: Any]] ?? [] {
                        let name = isText ? "-" : (sheet["name"] as? String ?? "*")
                        expected.append("\(name)|\(row["row"] as? Int ?? 0)|\(row["name"] as? String ?? "")")
                    }
                }
                // LibreOffice's import of a CSV names its one sheet itself: compare that sheet as "*".
                let got = rows.map { row -> String in
                    let sheet = isText ? "-" : (row["sheet"] as? String ?? "-")
                    let shown = expected.contains { $0.hasPrefix("*|") } ? "*" : sheet
                    return "\(shown)|\(row["row"] as? Int ?? 0)|\(row["name"] as? String ?? "")"
                }
                #expect(got == expected, "\(file)")
                #expect(rows.allSatisfy { $0["sheet"] is NSNull == isText }, "\(file): sheet null exactly for CSV")
            }
        }
        #expect(files == 65)
    }

    /// "=HYPERLINK(…)" typed in a unit's sheet (E04, E04b) is text in every workbook `run` writes: no worksheet of
    /// the council or feedback workbooks holds a formula, and the text is there.
    @Test func formulaTextFromASheetIsNeverWrittenAsAFormula() throws {
        let inbox = E2E.temporaryDirectory(), out = E2E.temporaryDirectory()
        let khtc = inbox.appendingPathComponent("khtc")
        try FileManager.default.createDirectory(at: khtc, withIntermediateDirectories: true)
        for file in ["E04_hyperlink_text.xlsx", "E04b_hyperlink_text.csv"] {
            try FileManager.default.copyItem(at: Self.sheets.appendingPathComponent(file), to: khtc.appendingPathComponent(file))
        }
        try "khtc/: 2025-12-10T08:00:00\n".write(to: inbox.appendingPathComponent("received.yaml"), atomically: true, encoding: .utf8)
        #expect(try E2E.run(["run", E2E.pipeline, "--inbox", inbox.path, "--out", out.path, "--quiet"]).status == 0)
        let workbooks = try FileManager.default.subpathsOfDirectory(atPath: out.path).filter { $0.hasSuffix(".xlsx") }
        #expect(workbooks.count == 2)
        for workbook in workbooks {
            let archive = try ZipArchive(bytes: try Data(contentsOf: out.appendingPathComponent(workbook)))
            var text = ""
            for entry in archive.entries where entry.name.hasPrefix("xl/worksheets/") || entry.name == "xl/sharedStrings.xml" {
                let xml = String(decoding: try archive.read(entry), as: UTF8.self)
                if entry.name.hasPrefix("xl/worksheets/") { #expect(!xml.contains("<f>") && !xml.contains("<f "), "\(workbook) \(entry.name) holds a formula") }
                text += xml
            }
            #expect(text.contains("HYPERLINK(&quot;http://x&quot;,&quot;y&quot;)") || text.contains("HYPERLINK(\"http://x\",\"y\")"), "\(workbook) keeps the text")
        }
    }

    /// `inspect` exits 2 for a file it cannot read, with the reason on standard error.
    @Test func inspectOfAnUnreadableFileExitsTwo() throws {
        let broken = E2E.inbox + "/cscn/CSCN_de_nghi.xlsx"
        let result = try E2E.run(["inspect", broken])
        #expect(result.status == 2)
        #expect(result.stderr.contains("CSCN_de_nghi.xlsx"), "\(result.stderr)")
        #expect(try E2E.run(["inspect", broken, "--cells"]).status == 2)
    }
}
