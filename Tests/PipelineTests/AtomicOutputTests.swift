import Foundation
import Testing
@testable import Pipeline

@Suite struct AtomicOutputTests {
    func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("atomic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    func text(_ url: URL) -> String? { try? String(contentsOf: url, encoding: .utf8) }

    @Test func aCompleteCommitReplacesEveryOutputAndLeavesNoTemporaries() throws {
        let root = try folder()
        try "old".write(to: root.appendingPathComponent("a.txt"), atomically: false, encoding: .utf8)
        let output = AtomicOutput(root: root)
        try output.write(Data("new a".utf8), to: "a.txt")
        try output.write(Data("new b".utf8), to: "sub/b.txt")
        #expect(text(root.appendingPathComponent("a.txt")) == "old")
        try output.commit()
        #expect(text(root.appendingPathComponent("a.txt")) == "new a")
        #expect(text(root.appendingPathComponent("sub/b.txt")) == "new b")
        let left = try FileManager.default.subpathsOfDirectory(atPath: root.path).filter { $0.contains(".tmp-") || $0.contains(".old-") }
        #expect(left.isEmpty)
    }

    @Test func aFailedCommitPutsTheWholeOldSetBack() throws {
        let root = try folder()
        for name in ["a.txt", "b.txt"] { try "old \(name)".write(to: root.appendingPathComponent(name), atomically: false, encoding: .utf8) }
        let output = AtomicOutput(root: root)
        try output.write(Data("new a".utf8), to: "a.txt")
        let doomed = try output.temporaryPath(for: "b.txt")  // never written: its rename fails
        #expect(!FileManager.default.fileExists(atPath: doomed))
        #expect(throws: (any Error).self) { try output.commit() }
        #expect(text(root.appendingPathComponent("a.txt")) == "old a.txt")
        #expect(text(root.appendingPathComponent("b.txt")) == "old b.txt")
        let left = try FileManager.default.contentsOfDirectory(atPath: root.path).sorted()
        #expect(left == ["a.txt", "b.txt"])
    }
}
