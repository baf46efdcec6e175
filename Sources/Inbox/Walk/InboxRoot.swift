import Foundation

/// One `--inbox` path, resolved: a folder to walk or a single file, and the prefix its sources get.
struct InboxRoot {
    /// The path as a file URL.
    let url: URL
    /// True for a folder inbox, false for a single-file inbox.
    let isFolder: Bool
    /// The inbox's own name (its last path component, NFC).
    let name: String
    /// `name + "/"` when several inboxes are given, else empty. A single-file inbox's source is its file
    /// name already, so it is never prefixed twice: with several inboxes it is still just its name.
    let sourcePrefix: String

    /// Resolves every path, checking that each exists and that no two share a name when there are several.
    static func resolve(paths: [String]) throws(InboxError) -> [InboxRoot] {
        let several = paths.count > 1
        var roots: [InboxRoot] = []
        var seen: [String: String] = [:]
        for path in paths {
            let url = URL(fileURLWithPath: path).standardizedFileURL
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
                throw InboxError(
                    vi: "Không tìm thấy hộp thư đến \(path): hãy kiểm tra đường dẫn sau --inbox (một thư mục hoặc một tệp có thật).",
                    en: "The inbox \(path) does not exist: check the path given to --inbox (an existing folder or file).")
            }
            let name = SourceText.nfc(url.lastPathComponent)
            if several, let other = seen[name] {
                throw InboxError(
                    vi: "Hai hộp thư đến cùng tên \"\(name)\" (\(other) và \(path)): nguồn của chúng sẽ trùng nhau; hãy đổi tên một thư mục.",
                    en: "Two inboxes have the same name \"\(name)\" (\(other) and \(path)), so their sources would collide: rename one of them.")
            }
            seen[name] = path
            let isFolder = isDirectory.boolValue
            roots.append(InboxRoot(url: url, isFolder: isFolder, name: name,
                                   sourcePrefix: several && isFolder ? name + "/" : ""))
        }
        return roots
    }

    /// The folder inbox's `received.yaml`, or an empty manifest (single-file inboxes have none).
    func loadManifest(utcOffsetSeconds: Int) throws(InboxError) -> ReceivedManifest {
        guard isFolder else { return ReceivedManifest.empty }
        let file = url.appendingPathComponent(ReceivedManifest.fileName)
        guard FileManager.default.fileExists(atPath: file.path) else { return ReceivedManifest.empty }
        return try ReceivedManifest.load(url: file, displayPath: file.path, utcOffsetSeconds: utcOffsetSeconds)
    }
}

/// Text helpers for sources: NFC and the byte order the contract sorts by.
enum SourceText {
    /// The NFC form of a name or path.
    static func nfc(_ text: String) -> String { text.precomposedStringWithCanonicalMapping }

    /// Orders by NFC UTF-8 bytes (Swift's `<` on strings compares by canonical equivalence, not bytes).
    static func byteOrder(_ lhs: String, _ rhs: String) -> Bool {
        nfc(lhs).utf8.lexicographicallyPrecedes(nfc(rhs).utf8)
    }

    /// The last `/`- or `\`-separated component of a name (a zip member's file name without its folders).
    static func baseName(_ path: String) -> String {
        let trimmed = path.hasSuffix("/") ? String(path.dropLast()) : path
        return trimmed.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? trimmed
    }

    /// The lowercased extension of a file name, without the dot; empty when there is none.
    static func fileExtension(_ name: String) -> String {
        let base = baseName(name)
        guard let dot = base.lastIndex(of: "."), dot != base.startIndex else { return "" }
        return base[base.index(after: dot)...].lowercased()
    }
}

/// Gives repeated names within one message or zip `~2`, `~3` after the first (cli-contract.md).
struct UniqueNames {
    private var counts: [String: Int] = [:]

    /// The name to use for the next occurrence of `name`.
    mutating func claim(_ name: String) -> String {
        // Count by exact NFC bytes: `Dictionary<String, _>` would merge canonically equal spellings anyway,
        // which is what we want, since sources are NFC.
        let count = (counts[name] ?? 0) + 1
        counts[name] = count
        return count == 1 ? name : "\(name)~\(count)"
    }
}
