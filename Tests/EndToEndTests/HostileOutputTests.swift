import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Outputs are replaced whole or not at all, and inputs are never touched: a run that cannot write, or is
/// killed half-way, leaves the previous outputs as they were.
@Suite struct HostileOutputTests {
    static let council = "danh-sach-de-nghi-khen-thuong-2025.xlsx"

    /// A copy of the sample inbox in a fresh folder (tests change it).
    static func sampleInbox(in root: URL) throws -> URL {
        let inbox = root.appendingPathComponent("in")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: E2E.inbox), to: inbox)
        return inbox
    }

    static func files(under folder: URL) -> [String: Data] {
        var result: [String: Data] = [:]
        let base = folder.standardizedFileURL.path
        for case let url as URL in FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) ?? .init() {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true, let data = try? Data(contentsOf: url) else { continue }
            result[String(url.standardizedFileURL.path.dropFirst(base.count + 1))] = data
        }
        return result
    }

    @Test func aRunReadsItsInputsWithoutChangingThem() throws {
        let root = E2E.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let inbox = try Self.sampleInbox(in: root)
        let before = Self.files(under: inbox)
        let dates = before.keys.map { ($0, (try? FileManager.default.attributesOfItem(atPath: inbox.appendingPathComponent($0).path))?[.modificationDate] as? Date) }
        let run = try E2E.run(["run", E2E.pipeline, "--inbox", inbox.path, "--out", root.appendingPathComponent("out").path, "--quiet"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(before.count > 10)
        #expect(Self.files(under: inbox) == before, "the inbox's files and bytes are unchanged")
        for (path, date) in dates {
            let after = (try? FileManager.default.attributesOfItem(atPath: inbox.appendingPathComponent(path).path))?[.modificationDate] as? Date
            #expect(after == date, "\(path) was touched")
        }
    }

    @Test func aRunThatCannotWriteLeavesThePreviousOutputsIntact() throws {
        let root = E2E.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let inbox = try Self.sampleInbox(in: root)
        let out = root.appendingPathComponent("out")
        let first = try E2E.run(["run", E2E.pipeline, "--inbox", inbox.path, "--out", out.path, "--quiet"])
        #expect(first.status == 0, "\(first.stderr)")
        // The next run would change every output (one more file), but the council workbook's name is now
        // taken by a non-empty folder, so its final rename must fail.
        try FileManager.default.copyItem(at: inbox.appendingPathComponent("ttra/TTRA_de_nghi_khen_thuong.csv"),
                                         to: inbox.appendingPathComponent("vp/VP_bo_sung.csv"))
        let council = out.appendingPathComponent(Self.council)
        try FileManager.default.removeItem(at: council)
        try FileManager.default.createDirectory(at: council, withIntermediateDirectories: false)
        try Data("giữ chỗ".utf8).write(to: council.appendingPathComponent("placeholder"))
        let previous = Self.files(under: out)
        #expect(previous["report.json"] != nil)

        let second = try E2E.run(["run", E2E.pipeline, "--inbox", inbox.path, "--out", out.path, "--quiet", "--lang", "en"])
        #expect(second.status != 0, "a run that could not write its outputs fails")
        #expect(second.stderr.contains("could not be written"), "\(second.stderr)")
        #expect(Self.files(under: out) == previous, "every previous output is byte for byte as it was, and no temporary file is left")
    }

    @Test func aRunWhoseLastRenameFailsLeavesThePreviousOutputsIntact() throws {
        let root = E2E.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let inbox = try Self.sampleInbox(in: root)
        let out = root.appendingPathComponent("out")
        #expect(try E2E.run(["run", E2E.pipeline, "--inbox", inbox.path, "--out", out.path, "--quiet"]).status == 0)
        try FileManager.default.copyItem(at: inbox.appendingPathComponent("ttra/TTRA_de_nghi_khen_thuong.csv"),
                                         to: inbox.appendingPathComponent("vp/VP_bo_sung.csv"))
        // A non-empty folder where report.json goes: the commit must refuse before any workbook is replaced.
        let report = out.appendingPathComponent("report.json")
        try FileManager.default.removeItem(at: report)
        try FileManager.default.createDirectory(at: report, withIntermediateDirectories: false)
        try Data("giữ chỗ".utf8).write(to: report.appendingPathComponent("placeholder"))
        let previous = Self.files(under: out)
        let second = try E2E.run(["run", E2E.pipeline, "--inbox", inbox.path, "--out", out.path, "--quiet"])
        #expect(second.status != 0)
        #expect(Self.files(under: out) == previous)
    }

    @Test func aRunKilledHalfWayLeavesEachOutputOldOrNewAndWhole() throws {
        let root = E2E.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let inbox = try Self.sampleInbox(in: root)
        let out = root.appendingPathComponent("out")
        #expect(try E2E.run(["run", E2E.pipeline, "--inbox", inbox.path, "--out", out.path, "--quiet"]).status == 0)
        let old = Self.files(under: out)
        try FileManager.default.copyItem(at: inbox.appendingPathComponent("ttra/TTRA_de_nghi_khen_thuong.csv"),
                                         to: inbox.appendingPathComponent("vp/VP_bo_sung.csv"))
        let reference = root.appendingPathComponent("reference")
        #expect(try E2E.run(["run", E2E.pipeline, "--inbox", inbox.path, "--out", reference.path, "--quiet"]).status == 0)
        let new = Self.files(under: reference)
        #expect(new["report.json"] != old["report.json"], "the second inbox changes the report")

        for delay in [0.05, 0.15, 0.3, 0.5] {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: E2E.executable)
            process.arguments = ["run", E2E.pipeline, "--inbox", inbox.path, "--out", out.path, "--quiet"]
            var environment = ProcessInfo.processInfo.environment
            environment["SOURCE_DATE_EPOCH"] = "1765500000"
            process.environment = environment
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: delay)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            // Temporary files of a killed run may stay (dot names); every final name is the old or the new file, whole.
            for (path, bytes) in Self.files(under: out) where !(path.split(separator: "/").last ?? "").hasPrefix(".") {
                #expect(bytes == old[path] || bytes == new[path], "\(path) after a kill at \(delay) s is neither the old nor the new output")
            }
        }
    }
}
