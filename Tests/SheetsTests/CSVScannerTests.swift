import Foundation
import Testing
@testable import Sheets

/// The scanner and sniffer on small inline inputs: RFC 4180 corner cases and the safety limits.
@Suite struct CSVScannerTests {
    func cells(_ text: String, limits: SafetyLimits = .default) throws -> [String: String] {
        let workbook = try Spreadsheets.read(bytes: Data(text.utf8), fileName: "t.csv", limits: limits)
        var result: [String: String] = [:]
        for cell in workbook.sheets[0].cells { result["\(cell.row):\(cell.column)"] = cell.value.text }
        return result
    }

    @Test func blankLinesCountAsRecords() throws {
        let read = try cells("a,b\n\nc,d\n")
        #expect(read == ["1:1": "a", "1:2": "b", "3:1": "c", "3:2": "d"])
    }

    @Test func trailingDelimiterAndNoFinalNewline() throws {
        #expect(try cells("a,b,\nc,,d") == ["1:1": "a", "1:2": "b", "2:1": "c", "2:3": "d"])
    }

    @Test func quotedFieldsKeepDelimitersAndCRLF() throws {
        #expect(try cells("\"x,y\",\"line\r\nbreak\"\r\nz,\"\"\"q\"\"\"\r\n")
            == ["1:1": "x,y", "1:2": "line\r\nbreak", "2:1": "z", "2:2": "\"q\""])
    }

    @Test func quoteInsideAnUnquotedFieldIsText() throws {
        #expect(try cells("5\" tall,b\n") == ["1:1": "5\" tall", "1:2": "b"])
    }

    @Test func strayQuoteDoesNotMisleadTheSniffer() throws {
        let text = "Tên;Chiều cao;Ghi chú\nAn;5\" tall, 2 m;x\nBình;6;y, z\nCường;7;w\n"
        let workbook = try Spreadsheets.read(bytes: Data(text.utf8), fileName: "t.csv")
        #expect(workbook.delimiter == ";")
        #expect(workbook.sheets[0].cells.count == 12)
    }

    @Test func whiteSpaceIsKeptAsTyped() throws {
        #expect(try cells(" a ,b\n") == ["1:1": " a ", "1:2": "b"])
    }

    @Test func titleRowsDoNotConfuseTheSniffer() throws {
        let text = "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG\nSTT;Họ và tên;Chức vụ, đơn vị\n1;An;Chuyên viên, Phòng A\n2;Bình;Phó phòng, Phòng B\n"
        let workbook = try Spreadsheets.read(bytes: Data(text.utf8), fileName: "t.csv")
        #expect(workbook.delimiter == ";")
        #expect(workbook.sheets[0].cells.count == 10)
    }

    @Test func tabSeparatedUTF8() throws {
        let workbook = try Spreadsheets.read(bytes: Data("a\tb, c\td\n1\t2\t3\n".utf8), fileName: "t.txt")
        #expect(workbook.delimiter == "\t")
        #expect(workbook.sheets[0].cells.count == 6)
    }

    @Test func cellOverTheCharacterLimitIsUnreadable() throws {
        var limits = SafetyLimits()
        limits.maxCellCharacters = 10
        #expect(try cells("ô ô ô ô ô,x\n", limits: limits)["1:1"] == "ô ô ô ô ô")
        do {
            _ = try cells("ôôôôôôôôôôô,x\n", limits: limits)
            Issue.record("an 11-character cell passed a 10-character limit")
        } catch let error as UnreadableFile {
            #expect(error.limit == "maxCellCharacters")
            #expect(error.vi.contains("Ô quá dài"))
        }
    }

    @Test func unterminatedQuoteOf64MBStopsEarly() throws {
        var bytes = Data("\"".utf8)
        bytes.append(Data(repeating: UInt8(ascii: "a"), count: (64 << 20) - 2))
        let clock = ContinuousClock()
        let start = clock.now
        do {
            _ = try Spreadsheets.read(bytes: bytes, fileName: "big.csv", limits: SafetyLimits())
            Issue.record("a 64 MB field was read")
        } catch {
            #expect(error.limit == "maxCellCharacters")
        }
        #expect(clock.now - start < .seconds(20))
    }

    @Test func tooManyRecordsOrFieldsAreUnreadable() throws {
        var limits = SafetyLimits()
        limits.maxRows = 3
        limits.maxColumns = 3
        #expect(try cells("a\nb\nc\n", limits: limits).count == 3)
        #expect(throws: UnreadableFile.self) { try cells("a\nb\nc\nd\n", limits: limits) }
        #expect(try cells("a,b,c\n", limits: limits).count == 3)
        #expect(throws: UnreadableFile.self) { try cells("a,b,c,d\n", limits: limits) }
    }

    @Test func emptyFileHasOneEmptySheet() throws {
        let workbook = try Spreadsheets.read(bytes: Data(), fileName: "e.csv")
        #expect(workbook.sheets.count == 1)
        #expect(workbook.sheets[0].cells.isEmpty)
        #expect(workbook.encoding == "UTF-8")
    }

    @Test func undefinedWindows1258BytesDoNotCrash() throws {
        // 0x81 is undefined in Windows-1258; 0xC3 is Ă there.
        let workbook = try Spreadsheets.read(bytes: Data([0x41, 0x81, 0x2C, 0xC3, 0x0A]), fileName: "w.csv")
        #expect(workbook.encoding == "Windows-1258")
        #expect(workbook.sheets[0].cells.map(\.value.text) == ["A\u{FFFD}", "Ă"])
    }
}
