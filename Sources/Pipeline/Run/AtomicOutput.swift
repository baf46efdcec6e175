import Foundation

/// Writes outputs so that nothing is ever half-written: each file goes to a temporary name in its final
/// folder and is renamed into place only when every output is complete.
final class AtomicOutput {
    let root: URL
    private var pending: [(temporary: URL, final: URL)] = []
    private let token = "\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))"

    init(root: URL) { self.root = root }

    /// A temporary path for the output at `relativePath` (its folder is created).
    func temporaryPath(for relativePath: String) throws -> String {
        let final = root.appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(at: final.deletingLastPathComponent(), withIntermediateDirectories: true)
        let temporary = final.deletingLastPathComponent().appendingPathComponent(".\(final.lastPathComponent).tmp-\(token)")
        pending.append((temporary, final))
        return temporary.path
    }

    func write(_ data: Data, to relativePath: String) throws {
        let path = try temporaryPath(for: relativePath)
        try data.write(to: URL(fileURLWithPath: path))
    }

    /// Writes a text's UTF-8 bytes as they are stored: a province's report.json is tens of megabytes, and a
    /// `Data` copy of it would double the run's peak memory.
    func write(text: String, to relativePath: String) throws {
        let path = try temporaryPath(for: relativePath)
        var text = text
        try text.withUTF8 { bytes in
            guard let file = fopen(path, "wb") else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path]) }
            let written = bytes.isEmpty ? 0 : fwrite(bytes.baseAddress, 1, bytes.count, file)
            guard fclose(file) == 0, written == bytes.count else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
            }
        }
    }

    /// Renames every temporary file into place (rename(2) replaces atomically).
    func commit() throws {
        for (temporary, final) in pending {
            guard rename(temporary.path, final.path) == 0 else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: final.path])
            }
        }
        pending.removeAll()
    }

    /// Removes the temporary files of an aborted run.
    func discard() {
        for (temporary, _) in pending { try? FileManager.default.removeItem(at: temporary) }
        pending.removeAll()
    }
}
