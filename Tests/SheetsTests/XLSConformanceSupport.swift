import Foundation
@testable import Sheets

/// The reader conformance corpus (`shared/conformance`, calamine's test files with python-calamine's
/// reading of each) and the comparison of the .xls reader against it.
enum XLSCorpus {
    /// `<repo>/../shared/conformance`, found from this file's path.
    static let folder: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/conformance")

    private static var allFiles: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    /// The .xls files that python-calamine read, with their `.cells.jsonl`.
    static var filesWithCells: [String] {
        let names = allFiles
        return names.filter { $0.hasSuffix(".xls") && names.contains($0 + ".cells.jsonl") }
    }

    /// The .xls files that python-calamine could not read (no `.cells.jsonl`).
    static var filesWithoutCells: [String] {
        let names = allFiles
        return names.filter { $0.hasSuffix(".xls") && !names.contains($0 + ".cells.jsonl") }
    }

    static func bytes(_ name: String) throws -> Data {
        try Data(contentsOf: folder.appendingPathComponent(name))
    }

    /// One expected cell of the oracle, as its JSON line gives it.
    struct ExpectedCell {
        var type: String
        var value: Any
    }

    /// The oracle's cells, keyed `sheet!row,col`.
    static func expectedCells(_ name: String) throws -> [String: ExpectedCell] {
        let text = try String(contentsOf: folder.appendingPathComponent(name + ".cells.jsonl"), encoding: .utf8)
        var cells: [String: ExpectedCell] = [:]
        for line in text.split(separator: "\n") where !line.isEmpty {
            guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let row = object["row"] as? Int, let column = object["col"] as? Int,
                  let type = object["type"] as? String, let value = object["value"] else { continue }
            let sheet = object["sheet"] as? String ?? ""
            cells["\(sheet)!\(row),\(column)"] = ExpectedCell(type: type, value: value)
        }
        return cells
    }

    /// Reads `name` with the .xls reader directly (format detection is another reader's job) and lists every
    /// cell where it and the oracle disagree, as `key: what differs`. Around the oracle's blind spots: error
    /// cells are skipped (it drops them); its `duration` (seconds) must be our number of days, as the
    /// contract writes durations; its `time` must be our time of day.
    static func differences(_ name: String) throws -> [String: String] {
        let reader = try XLSReader(bytes: bytes(name), limits: .default)
        var actual: [String: CellValue] = [:]
        for index in reader.sheets.indices {
            let sheet = try reader.loadSheet(at: index)
            for cell in sheet.cells {
                actual["\(sheet.name ?? "")!\(cell.row),\(cell.column)"] = cell.value
            }
        }
        let expected = try expectedCells(name)
        var differences: [String: String] = [:]
        for (key, cell) in expected {
            guard let value = actual[key] else { differences[key] = "missing, expected \(cell.type) \(cell.value)"; continue }
            if !matches(value, cell) { differences[key] = "got \(value), expected \(cell.type) \(cell.value)" }
        }
        for (key, value) in actual where expected[key] == nil {
            if case .error = value { continue }
            differences[key] = "unexpected \(value)"
        }
        return differences
    }

    private static func matches(_ value: CellValue, _ expected: ExpectedCell) -> Bool {
        switch (value, expected.type) {
        case (.string(let text), "string"): return text == expected.value as? String
        case (.bool(let flag), "bool"): return flag == (expected.value as? Bool)
        case (.number(let number), "number"):
            guard let wanted = (expected.value as? NSNumber)?.doubleValue else { return false }
            return abs(number - wanted) <= 1e-9 * max(1, abs(wanted))
        case (.date(let date), "date"): return date.description == expected.value as? String
        case (.error(let code), "error"): return code == expected.value as? String
        case (.number(let days), "duration"):
            guard let seconds = (expected.value as? NSNumber)?.doubleValue else { return false }
            return abs(days * 86_400 - seconds) <= 1e-6 * max(1, abs(seconds))
        case (.time(let time), "time"): return time.description == expected.value as? String
        default: return false
        }
    }
}
