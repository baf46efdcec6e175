import Foundation
import Yams

/// An inbox's `received.yaml`: when each file arrived, for files that carry no `Date` of their own
/// (cli-contract.md, "The manifest"). Keys are source paths relative to the inbox; a key ending in `/`
/// covers every file under that folder; the longest matching key wins.
struct ReceivedManifest {
    /// The manifest's file name, at the root of a folder inbox.
    static let fileName = "received.yaml"
    /// No manifest: every lookup misses.
    static let empty = ReceivedManifest(entries: [:])

    /// Normalised key (NFC, no leading `./`) → instant.
    let entries: [String: Date]

    /// The time of the longest key that covers `path` (a file path relative to the inbox) or that equals one
    /// of `exactSources` (a message's or member's own source, for example `office.mbox:3`).
    func time(for path: String, exactSources: [String] = []) -> Date? {
        var best: (length: Int, date: Date)?
        for (key, date) in entries {
            let covers = key.hasSuffix("/") ? path.hasPrefix(key) : (key == path || exactSources.contains(key))
            if covers, key.utf8.count > (best?.length ?? -1) { best = (key.utf8.count, date) }
        }
        return best?.date
    }

    /// Reads and checks a manifest; any fault is an `InboxError` naming the file and the line.
    static func load(url: URL, displayPath: String, utcOffsetSeconds: Int) throws(InboxError) -> ReceivedManifest {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw InboxError(vi: "Không đọc được tệp \(displayPath) (phải là văn bản UTF-8): hãy kiểm tra tệp.",
                             en: "The manifest \(displayPath) cannot be read as UTF-8 text: check the file.")
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch YamlError.duplicatedKeysInMapping(let duplicates, let context) {
            let keys = duplicates.map { "\"\($0)\"" }.joined(separator: ", ")
            throw fault(displayPath, line: context.mark.line, vi: "khoá \(keys) lặp lại", en: "the key \(keys) is repeated")
        } catch {
            let (line, problem) = describe(error)
            throw fault(displayPath, line: line, vi: "không đúng cú pháp YAML (\(problem))", en: "not valid YAML (\(problem))")
        }
        guard let root else { return .empty }
        guard let mapping = root.mapping else {
            throw fault(displayPath, line: root.mark?.line, vi: "phải là một bảng \"đường dẫn: thời điểm\"",
                        en: "must be a mapping of \"path: time\" entries")
        }
        var entries: [String: Date] = [:]
        for (keyNode, valueNode) in mapping {
            let line = keyNode.mark?.line
            guard let rawKey = keyNode.scalar?.string, !rawKey.isEmpty else {
                throw fault(displayPath, line: line, vi: "khoá phải là một đường dẫn", en: "each key must be a path")
            }
            let key = normalisedKey(rawKey)
            guard let value = valueNode.scalar?.string else {
                throw fault(displayPath, line: valueNode.mark?.line ?? line, vi: "giá trị của \"\(rawKey)\" phải là một thời điểm",
                            en: "the value of \"\(rawKey)\" must be a time")
            }
            guard let date = ManifestTime.parse(value, utcOffsetSeconds: utcOffsetSeconds) else {
                throw fault(displayPath, line: valueNode.mark?.line ?? line,
                            vi: "thời điểm \"\(value)\" không đúng ISO 8601 (ví dụ 2025-12-14T16:30:00+07:00)",
                            en: "the time \"\(value)\" is not ISO 8601 (for example 2025-12-14T16:30:00+07:00)")
            }
            // Keys that differ only in spelling (`./a.xlsx`, NFD) name the same file.
            if entries[key] != nil {
                throw fault(displayPath, line: line, vi: "khoá \"\(rawKey)\" lặp lại", en: "the key \"\(rawKey)\" is repeated")
            }
            entries[key] = date
        }
        return ReceivedManifest(entries: entries)
    }

    /// A key as the walk spells paths: NFC, `/`-separated, without a leading `./`.
    static func normalisedKey(_ raw: String) -> String {
        var key = SourceText.nfc(raw.trimmingCharacters(in: .whitespaces)).replacingOccurrences(of: "\\", with: "/")
        while key.hasPrefix("./") { key.removeFirst(2) }
        return key
    }

    private static func fault(_ path: String, line: Int?, vi: String, en: String) -> InboxError {
        let at = line.map { ", dòng \($0)" } ?? ""
        let atEn = line.map { ", line \($0)" } ?? ""
        return InboxError(vi: "Tệp \(path)\(at): \(vi); hãy sửa tệp rồi chạy lại.",
                          en: "The manifest \(path)\(atEn): \(en); fix the file and run again.")
    }

    /// The line (1-based) and the problem of a Yams error.
    private static func describe(_ error: any Error) -> (Int?, String) {
        guard let yaml = error as? YamlError else { return (nil, "\(error)") }
        switch yaml {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return (mark.line, problem)
        default:
            return (nil, "\(yaml)")
        }
    }
}

/// ISO 8601 times as a clerk writes them in the manifest: `2025-12-14T16:30:00+07:00`, `…Z`, or without an
/// offset (the campaign's zone). A space may stand for the `T`, seconds and fractions may be left out.
enum ManifestTime {
    /// The instant, or nil when the text is not such a time.
    static func parse(_ raw: String, utcOffsetSeconds: Int) -> Date? {
        let text = canonical(raw)
        guard let zone = TimeZone(secondsFromGMT: utcOffsetSeconds) else { return nil }
        for fractional in [false, true] {
            let withOffset = Date.ISO8601FormatStyle(includingFractionalSeconds: fractional)
            if let date = try? withOffset.parse(text) { return date }
            let local = Date.ISO8601FormatStyle(includingFractionalSeconds: fractional, timeZone: zone)
                .year().month().day().dateSeparator(.dash).time(includingFractionalSeconds: fractional).timeSeparator(.colon)
            if let date = try? local.parse(text) { return date }
        }
        return nil
    }

    /// `2025-12-14 16:30` → `2025-12-14T16:30:00`: the one accepted spelling per form.
    private static func canonical(_ raw: String) -> String {
        var text = raw.trimmingCharacters(in: .whitespaces)
        // Date and time separated by one space.
        if text.count > 10, text[text.index(text.startIndex, offsetBy: 10)] == " " {
            text.replaceSubrange(text.index(text.startIndex, offsetBy: 10)...text.index(text.startIndex, offsetBy: 10), with: "T")
        }
        // hh:mm without seconds: add them before any offset.
        if let t = text.firstIndex(of: "T") {
            let time = text[text.index(after: t)...]
            let clock = time.prefix { $0.isNumber || $0 == ":" }
            if clock.count == 5, clock.filter({ $0 == ":" }).count == 1 {
                text.insert(contentsOf: ":00", at: clock.endIndex)
            }
        }
        return text
    }
}
