import Foundation
import Testing
@testable import Sheets

/// The XLSX reader against the calamine corpus in `../shared/conformance`: every `*.xlsx` with a
/// `.cells.jsonl` beside it (python-calamine 0.9.1's reading) must give the same cells.
@Suite("XLSX conformance with python-calamine")
struct ConformanceXLSXTests {
    /// Files where the oracle is wrong, with why. A file listed here is compared all the same, and its
    /// differences printed, but they do not fail the test. None of the corpus needs one today.
    ///
    /// Deliberate differences from python-calamine that no corpus file exercises (found by reading files
    /// written by xlsxwriter in both epochs): serial 60 in the 1900 system is 1900-02-29, as Excel shows it
    /// (calamine says 1900-02-28); a date-formatted serial under 1 is a date on 1899-12-31 (calamine gives a
    /// time); a time-only format over a serial of 1 or more is a time of day, as Excel shows it (calamine gives
    /// a date-time); times are rounded to the second (calamine keeps milliseconds, the contract has none).
    static let knownDifferences: [String: String] = [:]

    static var corpus: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("shared/conformance")
    }

    static func files(withSuffix suffix: String) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? []
        return names.filter { $0.hasSuffix(".xlsx") && names.contains($0 + suffix) }.sorted().map { corpus.appendingPathComponent($0) }
    }

    @Test("every readable corpus file reads cell for cell as the oracle")
    func cellsMatchOracle() throws {
        let files = Self.files(withSuffix: ".cells.jsonl")
        #expect(files.count >= 60, "the corpus is missing: \(Self.corpus.path)")
        var identical = 0
        var comparedCells = 0
        var unexpected: [String] = []
        for file in files {
            let name = file.lastPathComponent
            let expected = try Self.oracleCells(URL(fileURLWithPath: file.path + ".cells.jsonl"))
            comparedCells += expected.count
            let differences: [String]
            do {
                let workbook = try Spreadsheets.read(bytes: try Data(contentsOf: file), fileName: name)
                differences = Self.compare(expected: expected, actual: try Self.parsedCells(CellsJSONLines.lines(for: workbook)))
            } catch {
                differences = ["unreadable: \(error)"]
            }
            if differences.isEmpty {
                identical += 1
            } else {
                let reason = Self.knownDifferences[name]
                print("[conformance] \(name)\(reason.map { " (known: \($0))" } ?? ""): \(differences.count) differences, e.g. \(differences.prefix(4))")
                if reason == nil { unexpected.append(name) }
            }
        }
        print("[conformance] XLSX files identical to python-calamine: \(identical) / \(files.count) (\(comparedCells) oracle cells)")
        #expect(comparedCells > 8000)
        #expect(unexpected.isEmpty, "files differing from the oracle without a known reason: \(unexpected)")
    }

    @Test("files the oracle could not open are unreadable or read without crashing")
    func unreadableOracleFiles() throws {
        for file in Self.files(withSuffix: ".unreadable") {
            let bytes = try Data(contentsOf: file)
            do {
                let workbook = try Spreadsheets.read(bytes: bytes, fileName: file.lastPathComponent)
                print("[conformance] \(file.lastPathComponent): read (\(workbook.sheets.count) sheets) where calamine failed")
            } catch {
                print("[conformance] \(file.lastPathComponent): unreadable: \(error.en) / \(error.vi)")
                #expect(!error.vi.isEmpty && !error.en.isEmpty)
            }
        }
    }

    @Test("cells the oracle leaves out or types differently read as the files store them")
    func cellsOutsideTheOracle() throws {
        func read(_ name: String) throws -> Workbook {
            try Spreadsheets.read(bytes: Data(contentsOf: Self.corpus.appendingPathComponent(name)), fileName: name)
        }
        // python-calamine drops error cells; the XML of errors.xlsx holds these seven in A1:A7.
        #expect(try read("errors.xlsx").sheets[0].cells.map(\.value)
            == ["#DIV/0!", "#NAME?", "#VALUE!", "#NULL!", "#REF!", "#NUM!", "#N/A"].map(CellValue.error))
        // It calls a [hh]:mm:ss cell a duration; the contract keeps the stored number.
        #expect(try read("date.xlsx").xlsxCell(3, 1) == .number(10.6320601851852))
        // Its "time" cell is the contract's time.
        #expect(try read("date_iso.xlsx").xlsxCell(3, 1) == .time(TimeOfDay(hour: 10, minute: 10, second: 10)))
    }

    @Test("the comparison notices a changed, missing or extra cell")
    func comparisonIsNotVacuous() {
        let oracle = ["S!R1C1": Expected(type: "number", value: NSNumber(value: 15.0)),
                      "S!R1C2": Expected(type: "date", value: "2021-01-01" as NSString)]
        #expect(Self.compare(expected: oracle, actual: oracle).isEmpty)
        var changed = oracle
        changed["S!R1C1"] = Expected(type: "number", value: NSNumber(value: 15.000001))
        #expect(Self.compare(expected: oracle, actual: changed).count == 1)
        changed["S!R1C2"] = nil
        changed["S!R9C9"] = Expected(type: "string", value: "x" as NSString)
        #expect(Self.compare(expected: oracle, actual: changed).count == 3)
    }

    /// A cell of the comparison: its type and value as JSON gives them.
    struct Expected: Equatable {
        var type: String
        var value: Any
        static func == (a: Expected, b: Expected) -> Bool { a.type == b.type && "\(a.value)" == "\(b.value)" }
    }

    static func parsedCells(_ lines: [String]) throws -> [String: Expected] {
        var cells: [String: Expected] = [:]
        for line in lines where !line.isEmpty {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let sheet = object["sheet"] as? String ?? "<csv>"
            let key = "\(sheet)!R\(object["row"] ?? "")C\(object["col"] ?? "")"
            cells[key] = Expected(type: object["type"] as? String ?? "?", value: object["value"] ?? NSNull())
        }
        return cells
    }

    static func oracleCells(_ url: URL) throws -> [String: Expected] {
        let text = try String(contentsOf: url, encoding: .utf8)
        return try parsedCells(text.split(separator: "\n").map(String.init))
    }

    /// The differences between the oracle's cells and ours, around the oracle's known limits: it drops error
    /// cells, and its `duration` and `time` cells are not compared (README of the corpus).
    static func compare(expected: [String: Expected], actual: [String: Expected]) -> [String] {
        var differences: [String] = []
        let skipped = Set(expected.filter { $0.value.type == "duration" || $0.value.type == "time" }.keys)
        for (key, cell) in expected.sorted(by: { $0.key < $1.key }) where !skipped.contains(key) {
            guard let ours = actual[key] else { differences.append("\(key): missing, expected \(cell.type) \(cell.value)"); continue }
            if !same(cell, ours) { differences.append("\(key): expected \(cell.type) \(cell.value), got \(ours.type) \(ours.value)") }
        }
        for (key, cell) in actual.sorted(by: { $0.key < $1.key }) where expected[key] == nil && !skipped.contains(key) && cell.type != "error" {
            differences.append("\(key): extra \(cell.type) \(cell.value)")
        }
        return differences
    }

    static func same(_ a: Expected, _ b: Expected) -> Bool {
        guard a.type == b.type else { return false }
        if a.type == "number", let x = (a.value as? NSNumber)?.doubleValue, let y = (b.value as? NSNumber)?.doubleValue {
            return x == y || abs(x - y) <= 1e-9 * max(abs(x), abs(y))
        }
        if a.type == "bool", let x = (a.value as? NSNumber)?.boolValue, let y = (b.value as? NSNumber)?.boolValue { return x == y }
        return (a.value as? String) == (b.value as? String)
    }
}
