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

    /// Renames every temporary file into place (rename(2) replaces atomically). All or nothing: the outputs a
    /// previous run left are first moved aside, and if any rename fails they are put back and the new files
    /// removed, so the folder holds either the whole old set or the whole new one.
    func commit() throws {
        let fm = FileManager.default
        var backups: [(backup: URL, final: URL)] = []
        var placed: [URL] = []
        func rollBack() {
            for final in placed { try? fm.removeItem(at: final) }
            for (backup, final) in backups { _ = rename(backup.path, final.path) }
            discard()
        }
        // A folder where an output goes is the user's, not an old output: refuse before anything moves.
        for (_, final) in pending {
            var isDirectory: ObjCBool = false
            if fm.fileExists(atPath: final.path, isDirectory: &isDirectory), isDirectory.boolValue {
                discard()
                throw CocoaError(.fileWriteFileExists, userInfo: [NSFilePathErrorKey: final.path])
            }
        }
        for (_, final) in pending where fm.fileExists(atPath: final.path) {
            let backup = final.deletingLastPathComponent().appendingPathComponent(".\(final.lastPathComponent).old-\(token)")
            guard rename(final.path, backup.path) == 0 else {
                rollBack()
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: final.path])
            }
            backups.append((backup, final))
        }
        for (temporary, final) in pending {
            guard rename(temporary.path, final.path) == 0 else {
                rollBack()
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: final.path])
            }
            placed.append(final)
        }
        for (backup, _) in backups { try? fm.removeItem(at: backup) }
        pending.removeAll()
    }

    /// Removes the temporary files of an aborted run.
    func discard() {
        for (temporary, _) in pending { try? FileManager.default.removeItem(at: temporary) }
        pending.removeAll()
    }
}
