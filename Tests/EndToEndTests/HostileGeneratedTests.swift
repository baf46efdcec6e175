import Foundation
import Testing

/// The hostile files built at test time (`HostileGenerated`), each run beside the good file like the
/// committed corpus.
@Suite struct HostileGeneratedTests {
    @Test func aFieldOf64MiBIsRefusedByTheFileLimit() throws {
        let run = try HostileRun.run(name: "field-64mib.csv", bytes: HostileGenerated.longField(bytes: 64 << 20))
        defer { run.cleanUp() }
        HostileChecks.expectReported(run, statuses: ["unreadable"], reason: ["64 MiB"])
        HostileChecks.expectGoodFileInFull(run)
        #expect(run.seconds < 60)
    }

    @Test func aFieldOf48MiBUnderTheFileLimitIsRefusedByTheCellLimit() throws {
        let run = try HostileRun.run(name: "field-48mib.csv", bytes: HostileGenerated.longField(bytes: 48 << 20))
        defer { run.cleanUp() }
        HostileChecks.expectReported(run, statuses: ["unreadable"], reason: ["too long", "32767"])
        HostileChecks.expectGoodFileInFull(run)
        #expect(run.seconds < 60)
        #expect(HostileRun.childPeakBytes < 1 << 30, "peak resident memory \(HostileRun.childPeakBytes >> 20) MiB")
    }

    @Test func aCSVOf16384ColumnsHasNoTable() throws {
        let run = try HostileRun.run(name: "columns-16384.csv", bytes: HostileGenerated.wideCSV(columns: 16_384))
        defer { run.cleanUp() }
        HostileChecks.expectReported(run, statuses: ["no-table", "unreadable"], reason: ["table", "column"])
        HostileChecks.expectGoodFileInFull(run)
    }

    @Test func theDeflateStreamInflatesToWhatItClaims() throws {
        // The generator itself is checked on a small size, so the bomb tests test the reader, not a typo.
        let prefix = Data("<a> ".utf8)
        let (stream, size) = Deflate.spaces(after: prefix, totalBytes: prefix.count + 3 * 65_534 * 258)
        #expect(size == prefix.count + 3 * 65_534 * 258)
        #expect(stream.count < size / 150, "compressed \(stream.count) bytes for \(size)")
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("bomb-check-\(UUID().uuidString).deflate")
        try stream.write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let unzip = Process()
        unzip.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        unzip.arguments = ["python3", "-c", "import sys,zlib; d=zlib.decompress(open(sys.argv[1],'rb').read(), -15); print(len(d), d[:4] == b'<a> ', set(d[4:]) == {32})", url.path]
        let out = Pipe()
        unzip.standardOutput = out
        guard (try? unzip.run()) != nil else { return }
        unzip.waitUntilExit()
        if unzip.terminationStatus == 127 { return }  // no Python: the bomb tests still run
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(text.trimmingCharacters(in: .whitespacesAndNewlines) == "\(size) True True")
    }

    @Test func aHonestZipBombOf4GBIsRefusedBeforeInflating() throws {
        let bomb = HostileGenerated.zipBomb(inflatedBytes: 4_000_000_000, declaredBytes: nil)
        #expect(bomb.count < 32 << 20, "small on disk: \(bomb.count) bytes")
        let run = try HostileRun.run(name: "bomb-honest.xlsx", bytes: bomb)
        defer { run.cleanUp() }
        HostileChecks.expectReported(run, statuses: ["unreadable"], reason: ["512 MiB limit"])
        HostileChecks.expectGoodFileInFull(run)
        #expect(run.seconds < 60)
        #expect(HostileRun.childPeakBytes < 1 << 30, "peak resident memory \(HostileRun.childPeakBytes >> 20) MiB")
    }

    @Test func aZipBombThatLiesAboutItsSizeStopsAtTheDeclaredSize() throws {
        let bomb = HostileGenerated.zipBomb(inflatedBytes: 4_000_000_000, declaredBytes: 1_000_000)
        let run = try HostileRun.run(name: "bomb-lying.xlsx", bytes: bomb)
        defer { run.cleanUp() }
        HostileChecks.expectReported(run, statuses: ["unreadable"], reason: ["past its declared size"])
        HostileChecks.expectGoodFileInFull(run)
        #expect(run.seconds < 60)
        #expect(HostileRun.childPeakBytes < 1 << 30, "peak resident memory \(HostileRun.childPeakBytes >> 20) MiB")
    }
}
