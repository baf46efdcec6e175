import Foundation
import Sheets

/// Reads a written workbook back, independently of the code under test: the XML parts through the
/// project's `ZipArchive`, and — when python3 with openpyxl is installed — the cells, merges, comments and
/// validations as openpyxl sees them.
struct WrittenWorkbook {
    let path: String
    let archive: ZipArchive

    init(path: String) throws {
        self.path = path
        archive = try ZipArchive(bytes: try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    /// One XML part as text ("xl/workbook.xml"); empty when absent.
    func part(_ name: String) throws -> String {
        guard let data = try archive.read(named: name) else { return "" }
        return String(decoding: data, as: UTF8.self)
    }

    /// The sheet names, in order, from xl/workbook.xml.
    func sheetNames() throws -> [String] {
        let xml = try part("xl/workbook.xml")
        return xml.components(separatedBy: "<sheet ").dropFirst().compactMap { element in
            guard let start = element.range(of: "name=\"")?.upperBound, let end = element[start...].firstIndex(of: "\"") else { return nil }
            return unescape(String(element[start..<end]))
        }
    }

    /// Every text the workbook holds, unescaped: the shared strings and the sheets' inline strings (a
    /// streamed sheet stores its text inline).
    func strings() throws -> [String] {
        let shared = try part("xl/sharedStrings.xml").components(separatedBy: "<si>").dropFirst()
        let inline = try allSheetXML().flatMap { $0.components(separatedBy: "<is>").dropFirst() }
        return (shared + inline).map { item in
            let item = item.components(separatedBy: "</si>")[0].components(separatedBy: "</is>")[0]
            return item.components(separatedBy: "<t").dropFirst().compactMap { run -> String? in
                guard let open = run.firstIndex(of: ">"), let close = run.range(of: "</t>") else { return nil }
                return unescape(String(run[run.index(after: open)..<close.lowerBound]))
            }.joined()
        }
    }

    func unescape(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'").replacingOccurrences(of: "&amp;", with: "&")
    }
}

/// What openpyxl reads from a workbook.
struct OpenpyxlView: Decodable {
    struct Sheet: Decodable {
        var name: String
        var state: String
        /// Cells as [row, column, value, type] with 1-based row and column.
        var cells: [[Entry]]
        var merges: [String]
        var comments: [[String]]
        var validations: [[String]]
        var printTitleRows: String?
        var orientation: String?
        var paperSize: Int?
        var footer: String?
        var freeze: String?
        var fitToWidth: Int?
        var protected: Bool

        /// The value at a 1-based row and column as text.
        func text(_ row: Int, _ column: Int) -> String? {
            cells.first { $0[0].int == row && $0[1].int == column }.map { $0[2].string }
        }
        func type(_ row: Int, _ column: Int) -> String? {
            cells.first { $0[0].int == row && $0[1].int == column }.map { $0[3].string }
        }
        /// Rows (1-based) whose some cell equals `value`.
        func rows(with value: String) -> [Int] { cells.filter { $0[2].string == value }.map { $0[0].int } }
        /// Every text value in sheet order.
        var texts: [String] { cells.map { $0[2].string } }
    }
    enum Entry: Decodable {
        case int(Int), text(String)
        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let value = try? container.decode(Int.self) { self = .int(value) } else { self = .text(try container.decode(String.self)) }
        }
        var int: Int { if case .int(let v) = self { return v } else { return -1 } }
        var string: String { switch self { case .int(let v): return String(v); case .text(let s): return s } }
    }
    var sheets: [Sheet]
    var title: String?
    var creator: String?
    var created: String?
    func sheet(_ name: String) -> Sheet? { sheets.first { $0.name == name } }

    static let script = #"""
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = {"sheets": [], "title": wb.properties.title, "creator": wb.properties.creator,
       "created": wb.properties.created.isoformat() if wb.properties.created else None}
for ws in wb.worksheets:
    cells = []
    comments = []
    for row in ws.iter_rows():
        for c in row:
            if c.value is not None:
                v = c.value
                t = c.data_type
                if isinstance(v, float) and v.is_integer(): v = int(v)
                cells.append([c.row, c.column, v if isinstance(v, (int, str)) else str(v), t])
            if c.comment is not None:
                comments.append([c.coordinate, c.comment.text])
    vals = [[dv.type or "", dv.formula1 or "", str(dv.sqref), dv.promptTitle or "", dv.prompt or ""] for dv in ws.data_validations.dataValidation]
    out["sheets"].append({"name": ws.title, "state": ws.sheet_state, "cells": cells,
        "merges": [str(m) for m in ws.merged_cells.ranges], "comments": comments, "validations": vals,
        "printTitleRows": ws.print_title_rows, "orientation": ws.page_setup.orientation,
        "paperSize": int(ws.page_setup.paperSize) if ws.page_setup.paperSize else None,
        "footer": ws.oddFooter.center.text, "freeze": ws.freeze_panes,
        "fitToWidth": ws.page_setup.fitToWidth, "protected": bool(ws.protection.sheet)})
print(json.dumps(out))
"""#

    /// Reads `path` with openpyxl; nil when python3 or openpyxl is not installed.
    static func read(_ path: String) throws -> OpenpyxlView? {
        // python3 as found on PATH (pyenv and virtual environments included).
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/env") else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, path]
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        _ = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return try JSONDecoder().decode(OpenpyxlView.self, from: data)
    }
}

/// A fresh temporary folder for one test's files.
func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("workbooks-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

extension WrittenWorkbook {
    /// The XML of the n-th sheet (1-based), as libxlsxwriter names the parts.
    func sheetXML(_ number: Int) throws -> String { try part("xl/worksheets/sheet\(number).xml") }

    /// Every sheet's XML, in order.
    func allSheetXML() throws -> [String] {
        var parts: [String] = []
        var number = 1
        while case let xml = try sheetXML(number), !xml.isEmpty { parts.append(xml); number += 1 }
        return parts
    }

    /// How many cell formats (xf records) the styles part holds.
    func cellFormatCount() throws -> Int {
        let styles = try part("xl/styles.xml")
        guard let range = styles.range(of: "<cellXfs count=\""), let end = styles[range.upperBound...].firstIndex(of: "\"") else { return -1 }
        return Int(styles[range.upperBound..<end]) ?? -1
    }
}

/// How many times `needle` occurs in `text`.
func occurrences(of needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }
