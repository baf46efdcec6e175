import Foundation
import Testing
import Sheets

/// Issue 5's template round trip: the template filled in as a clerk would (`fixtures/template/make_filled.py`,
/// openpyxl) passes `check` with no finding at all, and the template the code makes today still has the header
/// the fixture was filled under.
@Suite struct TemplateRoundTripTests {
    static let folder = E2E.repo.appendingPathComponent("fixtures/template")
    static let filled = folder.appendingPathComponent("filled-KHTC.xlsx").path

    /// The template made with `--unit KHTC`, and the generic one with the unit chosen from its drop-down.
    @Test(arguments: ["filled-KHTC.xlsx", "filled-chon-don-vi.xlsx"])
    func aFilledTemplatePassesCheckWithNoFinding(file: String) throws {
        let path = Self.folder.appendingPathComponent(file).path
        let result = try E2E.run(["check", E2E.pipeline, path, "--unit", "KHTC", "--json"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["unit"] as? String == "KHTC")
        let inputs = object["inputs"] as? [[String: Any]] ?? []
        #expect(inputs.count == 1)
        #expect(inputs.allSatisfy { ($0["findings"] as? [Any] ?? [1]).isEmpty }, "\(inputs)")
        #expect(inputs.first?["status"] as? String == "taken")
        let rows = object["rows"] as? [[String: Any]] ?? []
        #expect(rows.map { $0["row"] as? Int ?? 0 } == [12, 13, 14, 15])
        for row in rows {
            #expect((row["findings"] as? [Any] ?? [1]).isEmpty, "row \(row["row"] ?? "?"): \(row["findings"] ?? "")")
            #expect(row["status"] as? String == "eligible")
            #expect(row["unit"] as? String == "KHTC")
        }
        // Both kinds and both award forms, as make_filled.py types them.
        #expect(rows.map { $0["kind"] as? String ?? "" } == ["collective", "collective", "individual", "individual"])
        #expect(rows.map { $0["award"] as? String ?? "" } == ["bang-khen-ubnd-tinh", "giay-khen-giam-doc-so", "giay-khen-giam-doc-so", "giay-khen-giam-doc-so"])
        #expect(rows.map { $0["name"] as? String ?? "" } == ["Phòng Kế hoạch - Tài chính", "Tổ Kế toán - Thống kê", "Nguyễn Thị Hồng Nhung", "Lê Minh Tuấn"])
    }

    /// `check` prints in Vietnamese by default and in English with `--lang en`; rule ids are the same.
    @Test func checkSpeaksTheUnitsLanguage() throws {
        let vi = try E2E.run(["check", E2E.pipeline, Self.filled, "--unit", "KHTC"])
        let en = try E2E.run(["check", E2E.pipeline, Self.filled, "--unit", "KHTC", "--lang", "en"])
        #expect(vi.status == 0 && en.status == 0)
        #expect(vi.stdout.contains("đủ điều kiện") && vi.stdout.contains("dòng 12"), "\(vi.stdout)")
        #expect(en.stdout.contains("eligible") && en.stdout.contains("row 12"), "\(en.stdout)")
        #expect(!en.stdout.contains("điều kiện") && !en.stdout.contains("dòng"), "\(en.stdout)")
        let sheet = E2E.inbox + "/vp/VP_de_nghi_khen_thuong.xlsx"
        let viErrors = try E2E.run(["check", E2E.pipeline, sheet, "--unit", "VP"])
        let enErrors = try E2E.run(["check", E2E.pipeline, sheet, "--unit", "VP", "--lang", "en"])
        #expect(viErrors.status == 1 && enErrors.status == 1)
        #expect(viErrors.stdout.contains("R-IND-RATING") && enErrors.stdout.contains("R-IND-RATING"))
        #expect(viErrors.stdout.contains("KHÔNG đủ điều kiện") && enErrors.stdout.contains("NOT eligible"))
    }

    /// The fixture was filled under the header recorded in template-header.json: a template made now must have
    /// the same header cells, or the fixture is stale (re-run make_filled.py).
    @Test func aFreshTemplateHasTheHeaderTheFixtureWasFilledUnder() throws {
        let recorded = try #require(try E2E.json(Self.folder.appendingPathComponent("template-header.json")) as [String: Any]?)
        let cells = recorded["cells"] as? [[String: Any]] ?? []
        #expect(cells.count == 17)  // 15 headers on the top row, "Số" and "Ngày" under the decision
        let out = E2E.temporaryDirectory().appendingPathComponent("t.xlsx")
        let result = try E2E.run(["template", E2E.pipeline, "--out", out.path, "--unit", "KHTC"])
        #expect(result.status == 0, "\(result.stderr)")
        let workbook = try Spreadsheets.read(bytes: try Data(contentsOf: out), fileName: "t.xlsx")
        let sheet = try #require(workbook.sheets.first)
        #expect(sheet.name == recorded["sheet"] as? String)
        let headerRows = Set(cells.compactMap { $0["row"] as? Int })
        let fresh = sheet.cells.filter { headerRows.contains($0.row) }.map { "\($0.row):\($0.column):\($0.value.text)" }
        let expected = cells.map { "\($0["row"] as? Int ?? 0):\($0["column"] as? Int ?? 0):\($0["text"] as? String ?? "")" }
        #expect(fresh == expected)
        // The filled fixture still carries that header, at the same place.
        let filled = try Spreadsheets.read(bytes: try Data(contentsOf: URL(fileURLWithPath: Self.filled)), fileName: "filled-KHTC.xlsx")
        let filledHeader = filled.sheets.first?.cells.filter { headerRows.contains($0.row) }.map { "\($0.row):\($0.column):\($0.value.text)" }
        #expect(filledHeader == expected)
        let generic = try Spreadsheets.read(bytes: try Data(contentsOf: Self.folder.appendingPathComponent("filled-chon-don-vi.xlsx")), fileName: "g.xlsx")
        #expect(generic.sheets.first?.cells.filter { headerRows.contains($0.row) }.map { "\($0.row):\($0.column):\($0.value.text)" } == expected)
    }

    /// `inspect` on the template: the table is found and every column maps (the STT column as the row number).
    @Test func inspectMapsEveryColumnOfTheTemplate() throws {
        let out = E2E.temporaryDirectory().appendingPathComponent("t.xlsx")
        #expect(try E2E.run(["template", E2E.pipeline, "--out", out.path]).status == 0)
        let result = try E2E.run(["inspect", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        let mappings = result.stdout.split(separator: "\n").filter { $0.contains("→") }
        #expect(mappings.count == 16, "\(result.stdout)")
        for line in mappings {
            #expect(!line.contains("không ánh xạ") && !line.contains("not mapped"), "\(line)")
        }
        for field in ["name", "kind", "birth_date", "position", "unit", "rating", "initiative", "decision_number", "decision_date",
                      "discipline", "achievements", "award", "report", "priority", "note"] {
            #expect(mappings.contains { $0.hasSuffix("→ \(field)") }, "\(field)")
        }
        #expect(result.stdout.contains("DM (ẩn)"), "the hidden list sheet is listed")
    }
}
