import Foundation
import Sheets
import Testing
@testable import Nominations

/// Legacy text that reached a CSV as raw bytes: the reader decodes it as Windows-1258 (as it must, the bytes
/// not being UTF-8), and the repairer, with the file's evidence and no fonts, still finds the Vietnamese.
@Suite struct TextRepairCSVTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    func repairedCells(_ name: String) throws -> (encoding: String?, texts: [String], repairs: [Set<TextRepairKind>]) {
        let bytes = try Data(contentsOf: Self.root.appendingPathComponent("fixtures/csv/\(name)"))
        let workbook = try Spreadsheets.read(bytes: bytes, fileName: name)
        let cells = workbook.sheets[0].cells.map(\.value.text)
        let repairer = TextRepairer(texts: cells.map { ($0, nil) })
        let repaired = cells.map { repairer.repair($0, font: nil) }
        return (workbook.encoding, repaired.map(\.text), repaired.map(\.repairs))
    }

    func samplePhrases() throws -> [String] {
        let url = Self.root.deletingLastPathComponent().appendingPathComponent("shared/spec/encodings/samples.json")
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: [String]]
        return try #require(object).keys.sorted()
    }

    @Test func tcvn3BytesReadAsWindows1258() throws {
        let read = try repairedCells("samples_tcvn3_bytes.csv")
        #expect(read.encoding == "Windows-1258")
        // No font says "all caps": compare ignoring case (the case is as typed, see TextLegacyTablesTests).
        #expect(read.texts.map { $0.uppercased() }.sorted() == (try samplePhrases()).map { $0.uppercased() }.sorted())
        #expect(read.repairs.allSatisfy { $0 == [.tcvn3] })
    }

    @Test func vniBytesReadAsWindows1258() throws {
        let read = try repairedCells("samples_vni_bytes.csv")
        #expect(read.encoding == "Windows-1258")
        #expect(read.texts.sorted() == (try samplePhrases()).sorted())
    }
}
