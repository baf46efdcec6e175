import Foundation
import Testing
import Campaign
import Sheets
@testable import Nominations

/// The findings that `fixtures/sheets/EXPECTED.md` states in words (repairs, unreadable values), written here by
/// hand from it, for every producer of each file.
@Suite struct SheetFixtureFindingTests {
    /// (file base, row, rule, field): EXPECTED.md says the row carries this finding.
    static let required: [(String, Int, RuleID, Field?)] = [
        ("E01_tcvn3_vntime", 3, .sEncoding, .name), ("E01_tcvn3_vntime", 4, .sEncoding, .name),
        ("E01_tcvn3_vntime", 5, .sEncoding, .name),
        ("E02_vni_times", 3, .sEncoding, .name), ("E02_vni_times", 4, .sEncoding, .name), ("E02_vni_times", 5, .sEncoding, .name),
        ("E03_unicode_lookalikes", 2, .sEncoding, .name), ("E03_unicode_lookalikes", 6, .sEncoding, .name),
        ("E03_unicode_lookalikes", 7, .sEncoding, .name),
        ("E04_hyperlink_text", 3, .sValue, .discipline),
        ("D01_dates_1900", 6, .sValue, .decisionDate), ("D02_dates_1904", 6, .sValue, .decisionDate),
        ("C05_text_dates", 7, .sValue, .birthDate),
    ]

    /// (file base, row, rule): EXPECTED.md says the row must not carry it (Unicode text, tidying only).
    static let forbidden: [(String, Int, RuleID)] = [
        ("E01_tcvn3_vntime", 6, .sEncoding), ("E02_vni_times", 6, .sEncoding), ("E03_unicode_lookalikes", 3, .sEncoding),
        ("C02_utf16le_tab", 2, .sEncoding), ("C03_cp1258", 2, .sEncoding), ("C03_cp1258", 3, .sEncoding),
        ("C05_text_dates", 6, .rIndInitiative),
    ]

    static func files(_ base: String) -> [String] { SheetOracle.shared.fixtures.first { $0.base == base }?.files ?? [] }

    @Test func rowsCarryTheFindingsTheOracleStates() throws {
        var checked = 0
        for (base, rowNumber, rule, field) in Self.required {
            for file in Self.files(base) {
                let rows = try SheetOracle.read(file).1.rows
                let row = rows.first { $0.location.row == rowNumber }
                #expect(row?.findings.contains { $0.rule == rule && $0.field == field } == true,
                        "\(file) row \(rowNumber): \(rule.rawValue) (\(field?.rawValue ?? "-")) in \(row?.findings.map(\.rule.rawValue) ?? [])")
                checked += 1
            }
        }
        #expect(checked >= 30)
    }

    @Test func rowsDoNotCarryFindingsTheOracleRulesOut() throws {
        for (base, rowNumber, rule) in Self.forbidden {
            let files = Self.files(base)
            #expect(!files.isEmpty)
            for file in files {
                let rows = try SheetOracle.read(file).1.rows
                let row = try #require(rows.first { $0.location.row == rowNumber }, "\(file) row \(rowNumber)")
                #expect(!row.findings.contains { $0.rule == rule }, "\(file) row \(rowNumber): no \(rule.rawValue)")
            }
        }
    }

    /// "Headers with line breaks, double spaces, no diacritics, upper case": no S-HEADER (L08), and legacy header
    /// rows are one S-ENCODING on the input (E01, E02).
    @Test func inputFindingsOfTheHeaderFixtures() throws {
        for file in Self.files("L08_header_variants") {
            #expect(!(try SheetOracle.read(file).1.findings.contains { $0.rule == .sHeader }), "\(file)")
        }
        for file in Self.files("E01_tcvn3_vntime") + Self.files("E02_vni_times") + Self.files("E03_unicode_lookalikes") {
            let findings = try SheetOracle.read(file).1.findings
            #expect(findings.filter { $0.rule == .sEncoding }.count == 1, "\(file): \(findings.map(\.rule.rawValue))")
        }
    }

    /// The hyperlink text stays text: the name is the string as typed.
    @Test func formulaTextIsAString() throws {
        for file in Self.files("E04_hyperlink_text") + Self.files("E04b_hyperlink_text") {
            let (workbook, reading) = try SheetOracle.read(file)
            #expect(reading.rows.first { $0.location.row == 3 }?.name == "=HYPERLINK(\"http://x\",\"y\")", "\(file)")
            let cell = workbook.sheets.first?.cells.first { $0.row == 3 && $0.column == 2 }
            #expect(cell?.value == .string("=HYPERLINK(\"http://x\",\"y\")"), "\(file)")
        }
    }
}
