import Foundation
import Testing
@testable import Sheets

/// Bad .xls input: damaged containers, encrypted workbooks, records that lie about their lengths, sizes
/// beyond the safety limits, and mutated corpus files. Each must end as an `UnreadableFile` or read fine.
@Suite("XLS safety")
struct XLSSafetyTests {
    /// Reads every sheet of `bytes`, returning the error if there is one.
    private func readAll(_ bytes: Data, limits: SafetyLimits = .default) -> Error? {
        do {
            let reader = try XLSReader(bytes: bytes, limits: limits)
            for index in reader.sheets.indices { _ = try reader.loadSheet(at: index) }
            return nil
        } catch {
            return error
        }
    }

    private func oneSheet(_ records: [XLSTestRecord]) -> XLSTestWorkbook {
        var workbook = XLSTestWorkbook()
        workbook.sheets = [.init(name: "S", records: records)]
        return workbook
    }

    @Test func declaredRowsBeyondTheLimitAreUnreadableBeforeAnyCellIsRead() {
        let workbook = oneSheet([XLSTestCells.dimensions(rows: 2_000_000, columns: 3), XLSTestCells.number(0, 0, 1)])
        #expect(throws: UnreadableFile.self) { try XLSReader(bytes: workbook.fileBytes(), limits: .default) }
        let error = readAll(workbook.fileBytes()) as? UnreadableFile
        #expect(error?.limit == "maxRows")
    }

    @Test func declaredColumnsBeyondTheLimitAreUnreadable() {
        let workbook = oneSheet([XLSTestCells.dimensions(rows: 2, columns: 20_000)])
        #expect((readAll(workbook.fileBytes()) as? UnreadableFile)?.limit == "maxColumns")
    }

    @Test func aSheetExactlyAtTheLimitIsRead() {
        var limits = SafetyLimits()
        limits.maxRows = 5
        limits.maxColumns = 2
        let workbook = oneSheet([XLSTestCells.dimensions(rows: 5, columns: 2), XLSTestCells.number(4, 1, 1)])
        #expect(readAll(workbook.fileBytes(), limits: limits) == nil)
    }

    @Test func aCorpusFileOverSmallerLimitsIsUnreadable() throws {
        var limits = SafetyLimits()
        limits.maxRows = 2
        let error = readAll(try XLSCorpus.bytes("date.xls"), limits: limits) as? UnreadableFile
        #expect(error?.limit == "maxRows")
    }

    @Test func aCellBeyondTheLimitIsUnreadableEvenWhenTheDimensionsLie() {
        var limits = SafetyLimits()
        limits.maxColumns = 3
        let workbook = oneSheet([XLSTestCells.dimensions(rows: 1, columns: 1), XLSTestCells.number(0, 9, 1)])
        #expect((readAll(workbook.fileBytes(), limits: limits) as? UnreadableFile)?.limit == "maxColumns")
    }

    @Test func tooManySheetsIsUnreadable() {
        var limits = SafetyLimits()
        limits.maxSheets = 2
        var workbook = XLSTestWorkbook()
        workbook.sheets = (1...3).map { .init(name: "S\($0)", records: []) }
        #expect((readAll(workbook.fileBytes(), limits: limits) as? UnreadableFile)?.limit == "maxSheets")
    }

    @Test func aLongCellIsUnreadable() {
        var limits = SafetyLimits()
        limits.maxCellCharacters = 10
        let workbook = oneSheet([XLSTestCells.label(0, 0, XLSTestWorkbook().longString(String(repeating: "a", count: 11)))])
        #expect((readAll(workbook.fileBytes(), limits: limits) as? UnreadableFile)?.limit == "maxCellCharacters")
    }

    @Test func anEncryptedWorkbookSaysItHasAPassword() throws {
        var workbook = oneSheet([XLSTestCells.number(0, 0, 1)])
        workbook.extraGlobals = [XLSTestRecord(0x002F, XLSBytes.u16(1) + [UInt8](repeating: 0, count: 52))]
        let error = readAll(workbook.fileBytes()) as? UnreadableFile
        #expect(error?.vi.contains("mật khẩu") == true)
        #expect(error?.en.contains("password") == true)
        let corpus = readAll(try XLSCorpus.bytes("issue_385.xls")) as? UnreadableFile
        #expect(corpus?.vi.contains("mật khẩu") == true)
        // A password-protected .xlsx is a compound file too, which a wrong name may send here.
        let xlsx = readAll(try XLSCorpus.bytes("pass_protected.xlsx")) as? UnreadableFile
        #expect(xlsx?.vi.contains("mật khẩu") == true)
    }

    @Test func aFileThatIsNoCompoundFileIsUnreadable() {
        #expect(readAll(Data()) is UnreadableFile)
        #expect(readAll(Data("Họ và tên,Năm sinh\n".utf8)) is UnreadableFile)
        #expect(readAll(Data(repeating: 0xD0, count: 4096)) is UnreadableFile)
    }

    @Test func aCompoundFileWithoutAWorkbookStreamIsUnreadable() {
        let file = XLSTestWorkbook.compoundFile(stream: [UInt8](repeating: 7, count: 5000), name: "WordDocument")
        let error = readAll(file) as? UnreadableFile
        #expect(error == XLSErrors.noWorkbookStream)
    }

    @Test func aWorkbookWithoutSheetsIsUnreadable() {
        #expect(readAll(XLSTestWorkbook().fileBytes()) as? UnreadableFile == XLSErrors.noSheets)
    }

    @Test func theStreamNameIsFoundWhateverItsCase() {
        let workbook = oneSheet([XLSTestCells.number(0, 0, 1)])
        #expect(readAll(workbook.fileBytes(streamName: "WORKBOOK")) == nil)
        #expect(readAll(workbook.fileBytes(streamName: "book")) == nil)
    }

    @Test func aRecordRunningPastTheEndOfTheStreamIsUnreadable() {
        var stream = oneSheet([XLSTestCells.number(0, 0, 1)]).stream()
        stream.removeLast(3) // the sheet's EOF header now claims bytes that are gone
        stream += [0x0A, 0x00, 0x40, 0x00, 1, 2]
        let error = readAll(XLSTestWorkbook.compoundFile(stream: stream, name: "Workbook")) as? UnreadableFile
        #expect(error == XLSErrors.truncated)
    }

    @Test func shortCellRecordsAreUnreadableNotACrash() {
        for type: UInt16 in [0x0203, 0x027E, 0x00FD, 0x0205, 0x0006, 0x00BD, 0x0204] {
            let workbook = oneSheet([XLSTestRecord(type, [1, 0, 2])])
            #expect(readAll(workbook.fileBytes()) is UnreadableFile, "record 0x\(String(type, radix: 16))")
        }
    }

    @Test func aSheetOffsetOutsideTheStreamIsUnreadable() {
        var stream = oneSheet([]).stream()
        // BOUNDSHEET's offset field: find the record (type 0x0085) and point it far away.
        guard let at = (0..<(stream.count - 1)).first(where: { stream[$0] == 0x85 && stream[$0 + 1] == 0x00 }) else {
            Issue.record("no BOUNDSHEET"); return
        }
        stream.replaceSubrange((at + 4)..<(at + 8), with: XLSBytes.u32(0x7FFF_FFF0))
        #expect(readAll(XLSTestWorkbook.compoundFile(stream: stream, name: "Workbook")) is UnreadableFile)
    }

    @Test func lyingCountsAreBoundedByTheBytes() throws {
        var workbook = oneSheet([
            XLSTestCells.labelSST(0, 0, 0), XLSTestCells.labelSST(0, 1, 5_000_000),
            XLSTestRecord(0x00BD, XLSBytes.u16(1) + XLSBytes.u16(0) + XLSBytes.u16(0) + XLSBytes.u32(2 | 4) + XLSBytes.u16(60_000)), // MULRK: last column lies
            XLSTestRecord(0x00E5, XLSBytes.u16(65_535) + XLSBytes.u16(0) + XLSBytes.u16(1) + XLSBytes.u16(0) + XLSBytes.u16(1)),      // MERGEDCELLS: count lies
        ])
        workbook.sharedStrings = [XLSTestRecord(0x00FC, XLSBytes.u32(-1) + XLSBytes.u32(-1) + XLSBytes.u16(2) + [0] + Array("ab".utf8))]
        let reader = try XLSReader(bytes: workbook.fileBytes(), limits: .default)
        let sheet = try reader.loadSheet(at: 0)
        #expect(sheet.cells.map(\.value) == [.string("ab"), .number(1)])
        #expect(sheet.merges == [MergedRange(firstRow: 1, firstColumn: 1, lastRow: 2, lastColumn: 2)])
    }

    @Test func corpusFilesCalamineCouldNotReadAreUnreadableOrReadFine() throws {
        #expect(!XLSCorpus.filesWithoutCells.isEmpty)
        for name in XLSCorpus.filesWithoutCells {
            let error = readAll(try XLSCorpus.bytes(name))
            #expect(error == nil || error is UnreadableFile, "\(name): \(String(describing: error))")
        }
    }

    /// Byte flips, truncations and lying record lengths in the workbook streams of the corpus, rewrapped
    /// with libgsf: every outcome is a typed error or a read, never a crash or a hang.
    @Test(.timeLimit(.minutes(2))) func mutatedCorpusStreamsNeverCrash() throws {
        var random = XLSSeededRandom(seed: 20_251_215)
        var outcomes = (read: 0, unreadable: 0)
        for name in XLSCorpus.filesWithCells {
            let stream = try XLSCompoundFile.workbookStream(of: XLSCorpus.bytes(name))
            guard stream.count < 300_000 else { continue }
            for round in 0..<12 {
                var mutated = stream
                switch round % 3 {
                case 0: mutated.removeLast(Int.random(in: 1..<mutated.count, using: &random))
                case 1:
                    for _ in 0..<8 { mutated[Int.random(in: 0..<mutated.count, using: &random)] = UInt8.random(in: 0...255, using: &random) }
                default:
                    // A record header somewhere: set its length to the maximum.
                    let at = Int.random(in: 0..<(mutated.count - 4), using: &random)
                    mutated[at + 2] = 0xFF; mutated[at + 3] = 0xFF
                }
                let error = readAll(XLSTestWorkbook.compoundFile(stream: mutated, name: "Workbook"))
                #expect(error == nil || error is UnreadableFile, "\(name) round \(round): \(String(describing: error))")
                if error == nil { outcomes.read += 1 } else { outcomes.unreadable += 1 }
            }
        }
        #expect(outcomes.read + outcomes.unreadable > 100)
    }
}

/// A small seeded generator, so that the mutations are the same on every run.
struct XLSSeededRandom: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
