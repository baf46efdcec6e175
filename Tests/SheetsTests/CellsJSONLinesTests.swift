import Foundation
import Testing
@testable import Sheets

/// The `inspect --cells` lines: the contract's exact shape, valid JSON, numbers that read back as the same double.
@Suite("inspect --cells JSON lines")
struct CellsJSONLinesTests {
    @Test("the contract's example line, key for key")
    func contractExample() {
        let cell = Cell(row: 3, column: 2, value: .string("Nguyễn Văn An"))
        #expect(CellsJSONLines.line(sheet: "Sheet1", cell: cell)
            == #"{"sheet": "Sheet1", "row": 3, "col": 2, "type": "string", "value": "Nguyễn Văn An"}"#)
    }

    @Test("each type, with sheet null for CSV, every sheet including hidden ones, in order")
    func types() throws {
        let workbook = Workbook(format: .xlsx, sheets: [
            Sheet(name: "Visible", cells: [
                Cell(row: 1, column: 1, value: .number(15)), Cell(row: 1, column: 2, value: .bool(true)),
                Cell(row: 2, column: 1, value: .date(LocalDateTime(year: 2025, month: 11, day: 5))),
                Cell(row: 2, column: 2, value: .date(LocalDateTime(year: 2025, month: 11, day: 5, hour: 8, minute: 30, hasTime: true))),
                Cell(row: 3, column: 1, value: .time(TimeOfDay(hour: 8, minute: 30, second: 0))),
                Cell(row: 3, column: 2, value: .error("#DIV/0!")),
            ]),
            Sheet(name: "Ẩn", isHidden: true, cells: [Cell(row: 1, column: 1, value: .number(0.1))]),
        ])
        let lines = CellsJSONLines.lines(for: workbook)
        #expect(lines == [
            #"{"sheet": "Visible", "row": 1, "col": 1, "type": "number", "value": 15}"#,
            #"{"sheet": "Visible", "row": 1, "col": 2, "type": "bool", "value": true}"#,
            #"{"sheet": "Visible", "row": 2, "col": 1, "type": "date", "value": "2025-11-05"}"#,
            #"{"sheet": "Visible", "row": 2, "col": 2, "type": "date", "value": "2025-11-05T08:30:00"}"#,
            #"{"sheet": "Visible", "row": 3, "col": 1, "type": "time", "value": "08:30:00"}"#,
            ##"{"sheet": "Visible", "row": 3, "col": 2, "type": "error", "value": "#DIV/0!"}"##,
            #"{"sheet": "Ẩn", "row": 1, "col": 1, "type": "number", "value": 0.1}"#,
        ])
        let csv = Workbook(format: .csv, encoding: "UTF-8", delimiter: ",", sheets: [Sheet(name: "ignored", cells: [Cell(row: 1, column: 1, value: .string("a"))])])
        #expect(CellsJSONLines.lines(for: csv) == [#"{"sheet": null, "row": 1, "col": 1, "type": "string", "value": "a"}"#])
    }

    @Test("strings are escaped so that a JSON reader gets them back exactly")
    func escaping() throws {
        let text = "quote \" backslash \\ tab \t cr \r lf \n bell \u{07} nul \u{0} emoji 🙂 TCVN3 \u{AD}"
        let line = CellsJSONLines.line(sheet: "a\"b", cell: Cell(row: 1, column: 1, value: .string(text)))
        #expect(!line.contains("\n") && !line.contains("\t"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(object["value"] as? String == text)
        #expect(object["sheet"] as? String == "a\"b")
    }

    @Test("numbers read back as the same double", arguments: [
        0.1, 1.0 / 3.0, -2.5e-7, 1e20, 123456789012345678.0, 44197.000011574, -0.0, 9007199254740993.0, 1e15, 999999999999999.0,
    ])
    func numbers(value: Double) throws {
        let line = CellsJSONLines.line(sheet: "S", cell: Cell(row: 1, column: 1, value: .number(value)))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        let back = try #require((object["value"] as? NSNumber)?.doubleValue)
        #expect(back == value)
    }
}
