import Foundation
import Campaign
import Sheets
@testable import Nominations

/// `fixtures/sheets/expected.json`: the facts of `fixtures/sheets/EXPECTED.md` (written by the fixtures'
/// generator while it wrote each file, never by the code under test), decoded for the oracle tests.
struct SheetOracle: Decodable {
    /// One layout or encoding point, made by one or more producers (`files`), which must read alike.
    struct Fixture: Decodable {
        var base: String
        var files: [String]
        var sheets: [OracleSheet]
        var notes: [String]
    }

    /// A sheet (or a CSV file: `name` nil) and what a reader takes from it.
    struct OracleSheet: Decodable {
        var name: String?
        var read: Bool
        var header_rows: [Int]?
        var columns: [OracleColumn]?
        var data_rows: [OracleRow]?
        var skipped_rows: [SkippedRow]
    }

    /// A column and the field it maps to: `field_id` nil for the row-number column.
    struct OracleColumn: Decodable {
        var column: Int
        var header: String
        var field_id: String?
        var combined_decision: Bool
    }

    /// A data row: the printed name; kind, award and dates only where the oracle states them.
    struct OracleRow: Decodable {
        var row: Int
        var name: String
        var kind: String?
        var award: String?
        var birth: String?
        var decision_date: String?
        var description: String
    }

    /// A row a reader must not take, with the oracle's reason.
    struct SkippedRow: Decodable {
        var row: Int
        var why: String
    }

    var fixtures: [Fixture]

    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("fixtures/sheets")

    /// Loaded once; an empty oracle makes the tests below fail on their count check, not pass vacuously.
    static let shared: SheetOracle = {
        guard let data = try? Data(contentsOf: folder.appendingPathComponent("expected.json")),
              let oracle = try? JSONDecoder().decode(SheetOracle.self, from: data) else { return SheetOracle(fixtures: []) }
        return oracle
    }()

    /// Every fixture file, with its fixture's base name.
    static var allFiles: [String] { shared.fixtures.flatMap(\.files) }

    static func fixture(of file: String) -> Fixture? { shared.fixtures.first { $0.files.contains(file) } }

    /// Reads one fixture file through the real readers, as the pipeline does.
    static func read(_ file: String) throws -> (Workbook, SheetReading) {
        let bytes = try Data(contentsOf: folder.appendingPathComponent(file))
        let workbook = try Spreadsheets.read(bytes: bytes, fileName: file)
        return (workbook, NominationReader.read(workbook, source: file, campaign: LayoutFixture.campaign, year: 2025))
    }

    /// True for the files that are text (CSV, Unicode text): they have no sheet names.
    static func isText(_ file: String) -> Bool { file.hasSuffix(".csv") || file.hasSuffix(".txt") }
}

/// A row as the reader took it, without its sheet name (a CSV and LibreOffice's import of it name their one
/// sheet differently), to compare producers.
struct ReadRowFacts: Hashable, CustomStringConvertible {
    var row: Int
    var name: String?
    var kind: String?
    var award: String?
    var birth: String?
    var decision: String?
    var rules: [String]

    init(_ row: NominationRow) {
        self.row = row.location.row
        name = row.name
        kind = row.kind?.rawValue
        award = row.award
        birth = row.birthDate.map(SheetFixtureFormat.iso)
        decision = row.decisionDate.map { SheetFixtureFormat.iso(BirthDate(year: $0.year, month: $0.month, day: $0.day)) }
        rules = row.findings.map { "\($0.rule.rawValue)(\($0.field?.rawValue ?? "-"))" }.sorted()
    }

    var description: String { "row \(row) \(name ?? "nil") \(kind ?? "-") \(award ?? "-") \(birth ?? "-") \(decision ?? "-") \(rules)" }
}

/// Dates as the oracle writes them.
enum SheetFixtureFormat {
    /// "1984-08-15", or "1985" for a year alone.
    static func iso(_ date: BirthDate) -> String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        guard let month = date.month, let day = date.day else { return "\(date.year)" }
        return "\(date.year)-\(two(month))-\(two(day))"
    }
}
