import Foundation
import Testing
import Campaign
import Sheets
@testable import Nominations

/// Every file of `fixtures/sheets/` read through the real readers (`Spreadsheets.read` + `NominationReader.read`)
/// and compared with the generator's oracle (`expected.json`, the facts of `EXPECTED.md`).
@Suite struct SheetFixtureOracleTests {
    @Test func theOracleListsEveryFixtureFile() throws {
        let listed = Set(SheetOracle.allFiles)
        let present = Set(try FileManager.default.contentsOfDirectory(atPath: SheetOracle.folder.path)
            .filter { !$0.hasSuffix(".md") && !$0.hasSuffix(".json") })
        #expect(SheetOracle.shared.fixtures.count == 25)
        #expect(listed.count == 65)
        #expect(listed == present)
    }

    @Test(arguments: SheetOracle.allFiles)
    func headerColumnsAndDataRowsMatchTheOracle(file: String) throws {
        let fixture = try #require(SheetOracle.fixture(of: file))
        let (workbook, reading) = try SheetOracle.read(file)
        for sheet in fixture.sheets {
            // A CSV fixture's facts have no sheet name; LibreOffice's import of it has one sheet of its own name.
            let sheetName = sheet.name ?? (SheetOracle.isText(file) ? nil : workbook.sheets.first?.name)
            let table = reading.tables.first { $0.sheet == sheetName }
            let taken = reading.rows.filter { $0.location.sheet == sheetName }
            guard sheet.read else {
                #expect(table == nil, "\(file): sheet \(sheetName ?? "-") must not be read")
                #expect(taken.isEmpty, "\(file): rows taken from \(sheetName ?? "-")")
                continue
            }
            let found = try #require(table, "\(file): no table on sheet \(sheetName ?? "-")")
            #expect(found.headerRows == sheet.header_rows, "\(file) \(sheetName ?? "-"): header rows")
            for column in sheet.columns ?? [] {
                let mapping = found.columns.first { $0.column == column.column }
                if let fieldID = column.field_id {
                    #expect(mapping?.field?.rawValue == fieldID, "\(file): column \(column.column) \"\(column.header)\"")
                    #expect(mapping?.combinedDecision == column.combined_decision, "\(file): column \(column.column) one-cell decision")
                } else {
                    #expect(mapping?.isRowNumber == true, "\(file): column \(column.column) is the row number")
                }
            }
            let expected = sheet.data_rows ?? []
            #expect(found.dataRows == expected.map(\.row), "\(file) \(sheetName ?? "-"): data rows")
            #expect(taken.map(\.location.row) == expected.map(\.row), "\(file) \(sheetName ?? "-"): rows read")
            for skipped in sheet.skipped_rows {
                #expect(!taken.contains { $0.location.row == skipped.row }, "\(file): row \(skipped.row) (\(skipped.why)) taken")
                // The reason inspect shows must be the oracle's (blank rows need not be listed).
                guard let reason = Self.reason(skipped.why) else { continue }
                let listed = found.skippedRows.first { $0.row == skipped.row }?.reason
                #expect(listed == reason, "\(file) \(sheetName ?? "-") row \(skipped.row): \(skipped.why)")
            }
            for want in expected {
                guard let row = taken.first(where: { $0.location.row == want.row }) else { continue }
                #expect(row.name == want.name, "\(file) row \(want.row): \(want.description)")
                if let kind = want.kind { #expect(row.kind?.rawValue == kind, "\(file) row \(want.row): kind") }
                if let award = want.award { #expect(row.award == award, "\(file) row \(want.row): award") }
                if let birth = want.birth {
                    #expect(row.birthDate.map(SheetFixtureFormat.iso) == birth, "\(file) row \(want.row): birth")
                }
                if let decision = want.decision_date {
                    #expect(row.decisionDate.map { SheetFixtureFormat.iso(BirthDate(year: $0.year, month: $0.month, day: $0.day)) } == decision,
                            "\(file) row \(want.row): decision date")
                }
            }
        }
        let readSheets = fixture.sheets.filter(\.read)
        if readSheets.isEmpty {
            #expect(reading.findings.contains { $0.rule == .fNoTable }, "\(file): F-NO-TABLE")
            #expect(reading.rows.isEmpty)
        } else {
            #expect(!reading.findings.contains { $0.rule == .fNoTable }, "\(file): no F-NO-TABLE")
            #expect(reading.rows.count == readSheets.reduce(0) { $0 + ($1.data_rows?.count ?? 0) }, "\(file): no row besides the oracle's")
        }
    }

    /// The reason a reader gives for a row the oracle says is not data, from the oracle's words; nil for blank rows.
    static func reason(_ why: String) -> SkippedRowReason? {
        let prefixes: [(String, SkippedRowReason)] = [
            ("title row", .title), ("column-number row", .columnNumbers), ("section row", .section), ("total row", .total),
            ("place-and-date line", .signature), ("signature block", .signature), ("signers' names", .belowTable),
            ("the header repeated", .repeatedHeader),
        ]
        return prefixes.first { why.hasPrefix($0.0) }?.1
    }

    /// "Every producer of the same sheet must give the same rows": openpyxl's, LibreOffice's .xlsx and .xls.
    @Test(arguments: SheetOracle.shared.fixtures.filter { $0.files.count > 1 }.map(\.base))
    func everyProducerGivesTheSameRows(base: String) throws {
        let fixture = try #require(SheetOracle.shared.fixtures.first { $0.base == base })
        let readings = try fixture.files.map { file in (file, try SheetOracle.read(file).1.rows.map(ReadRowFacts.init)) }
        let (first, reference) = try #require(readings.first)
        #expect(!reference.isEmpty || base.hasPrefix("L11"))
        for (file, rows) in readings.dropFirst() {
            #expect(rows == reference, "\(file) differs from \(first)")
        }
    }
}
