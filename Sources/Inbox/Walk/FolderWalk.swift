import Foundation

/// A file found in an inbox, before anyone looks inside it.
struct FoundFile {
    /// What the walk already knows about the file.
    enum Kind {
        /// A file to classify by its name and content.
        case plain
        /// A message file in a Maildir's `cur/` or `new/`.
        case maildirMessage
        /// A folder that could not be listed (an unreadable item, so that nothing vanishes silently).
        case unlistableFolder(String)
    }

    let url: URL
    /// Path relative to the inbox, `/`-separated, NFC.
    let relativePath: String
    /// The folder that directly holds the file (for a Maildir message, the Maildir folder); nil at the root.
    let folderName: String?
    let kind: Kind
}

/// Walks a folder inbox recursively: every file that may be an input, sorted by relative path in NFC UTF-8
/// byte order so that two runs over the same inbox see the same order.
enum FolderWalk {
    /// Names never taken, whatever their content (Windows' picture cache and folder settings).
    static let junkNames: Set<String> = ["thumbs.db", "desktop.ini", "ehthumbs.db"]

    /// Hidden files and folders (dot names; Office's `~$` owner files, hidden on Windows) and junk names.
    static func isSkipped(_ name: String) -> Bool {
        name.hasPrefix(".") || name.hasPrefix("~$") || name == "__MACOSX" || junkNames.contains(name.lowercased())
    }

    /// True when `url` is a Maildir: a folder holding `cur/` and `new/`. `tmp/` is not required: git, zip and
    /// many copy tools drop empty folders, and a copied Maildir must not lose its messages.
    static func isMaildir(_ url: URL) -> Bool {
        ["cur", "new"].allSatisfy { sub in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: url.appendingPathComponent(sub).path, isDirectory: &isDirectory)
                && isDirectory.boolValue
        }
    }

    /// Every candidate file under `root`, sorted. The manifest at the root is left out.
    static func files(under root: URL) -> [FoundFile] {
        var found: [FoundFile] = []
        walk(root, relative: "", folderName: nil, isRoot: true, into: &found)
        // Relative paths are built from NFC names already: compare their bytes directly.
        return found.map { (key: Array($0.relativePath.utf8), file: $0) }
            .sorted { $0.key.lexicographicallyPrecedes($1.key) }
            .map(\.file)
    }

    private static func walk(_ folder: URL, relative: String, folderName: String?, isRoot: Bool, into found: inout [FoundFile]) {
        if isMaildir(folder) {
            // Only delivered messages count; tmp/ holds deliveries in progress, and Maildir++ subfolders are
            // dot-named (hidden). For the folder clue a Maildir is its own folder, not cur/ or new/.
            let maildirName = isRoot ? nil : folderName
            for sub in ["cur", "new"] {
                let subURL = folder.appendingPathComponent(sub)
                for (name, url) in entries(of: subURL, relative: relative + sub, into: &found) where !isSkipped(name) {
                    if isRegularFile(url) {
                        found.append(FoundFile(url: url, relativePath: relative + sub + "/" + name,
                                               folderName: maildirName, kind: .maildirMessage))
                    }
                }
            }
            return
        }
        for (name, url) in entries(of: folder, relative: relative, into: &found) where !isSkipped(name) {
            if isRoot && name == ReceivedManifest.fileName { continue }
            let path = relative + name
            if isDirectory(url) {
                walk(url, relative: path + "/", folderName: name, isRoot: false, into: &found)
            } else if isRegularFile(url) {
                found.append(FoundFile(url: url, relativePath: path, folderName: isRoot ? nil : folderName, kind: .plain))
            }
        }
    }

    /// The folder's entries as (NFC name, URL); an unlistable folder is recorded as such.
    private static func entries(of folder: URL, relative: String, into found: inout [FoundFile]) -> [(String, URL)] {
        do {
            let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            return names.map { (SourceText.nfc($0), folder.appendingPathComponent($0)) }
        } catch {
            let path = relative.hasSuffix("/") ? String(relative.dropLast()) : relative
            found.append(FoundFile(url: folder, relativePath: path.isEmpty ? "." : path, folderName: nil,
                                   kind: .unlistableFolder("\(error.localizedDescription)")))
            return []
        }
    }

    /// A real folder, not a link to one: following links to folders could loop.
    private static func isDirectory(_ url: URL) -> Bool {
        let values = try? url.resourceValues(forKeys: [.isDirectoryKey, .isSymbolicLinkKey])
        return values?.isDirectory == true && values?.isSymbolicLink != true
    }

    /// A regular file, or a link to one.
    private static func isRegularFile(_ url: URL) -> Bool {
        (try? url.resolvingSymlinksInPath().resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true
    }
}
