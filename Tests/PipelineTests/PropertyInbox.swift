import Foundation
import Sheets

/// One generated submission file: the unit folder it sits in, the day of December it arrived, what it is,
/// and which of a few contents it holds (two files of the same kind and content have the same bytes).
struct GeneratedFile: Sendable, CustomStringConvertible {
    /// Index into `PropertyInbox.folders` (the last is a folder that names no unit).
    var folder: Int
    var day: Int
    /// 0–3 a nomination CSV, 4 an .xlsx of junk bytes (unreadable), 5 a CSV without a table.
    var kind: Int
    var content: Int
    var description: String { "\(PropertyInbox.folders[folder])/d\(day)k\(kind)c\(content)" }
}

/// A temporary inbox written from generated files, with a `received.yaml` giving each file its own time,
/// and the `khenthuong` executable run over it.
struct PropertyInbox {
    static let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let pipeline = repo.appendingPathComponent("pipelines/cchc-2024-2025.yaml").path
    static let folders = ["vp", "ttra", "khtc", "ldvl", "khac"]
    /// Text typed in cells that a spreadsheet program would take as a formula if it were written as one.
    static let formulaLike = [#"=HYPERLINK("http://example.invalid/x","bấm vào đây")"#, "=1+1", "+SUM(A1)", "-2+3", "@x", "=cmd|' /C calc'!A0"]
    static let header = "STT,Loại,Họ và tên / Tên tập thể,Ngày sinh,Chức vụ,Xếp loại năm 2025,Tóm tắt thành tích,Kỷ luật,Hình thức đề nghị khen thưởng"

    let root: URL
    /// Source (path relative to the inbox) of each generated file, in generation order.
    var sources: [String] = []
    /// The data rows each nomination file holds: CSV record numbers (the header is record 1).
    var dataRows: [String: [Int]] = [:]

    /// Writes the files; `names` renames them (same folder, same bytes, same time) for the order test.
    init(_ files: [GeneratedFile], names: (Int) -> String = { "f\($0)" }) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("khenthuong-prop-\(UUID().uuidString)")
        let inbox = root.appendingPathComponent("in")
        var manifest = ""
        for (index, file) in files.enumerated() {
            let folder = Self.folders[file.folder]
            let isJunk = file.kind == 4
            let source = "\(folder)/\(names(index)).\(isJunk ? "xlsx" : "csv")"
            let url = inbox.appendingPathComponent(source)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            let (bytes, rows) = Self.contents(of: file)
            try bytes.write(to: url)
            if let rows { dataRows[source] = rows }
            sources.append(source)
            // A distinct minute per file: no two files tie on time, so names alone never decide an order.
            manifest += "\"\(source)\": 2025-12-\(String(format: "%02d", file.day))T\(String(format: "%02d", 8 + index / 60)):\(String(format: "%02d", index % 60)):00\n"
        }
        try Data(manifest.utf8).write(to: inbox.appendingPathComponent("received.yaml"))
    }

    var inbox: URL { root.appendingPathComponent("in") }

    /// The bytes of a file and, for a nomination CSV, its data records.
    static func contents(of file: GeneratedFile) -> (Data, [Int]?) {
        switch file.kind {
        case 4:
            return (Data("PK\u{3}\u{4}không phải bảng tính \(file.content)".utf8), nil)
        case 5:
            return (Data("Ghi chú,Nội dung\nKhông có,bảng nào \(file.content)\n".utf8), nil)
        default:
            let count = file.content % 4 + 1
            var lines = [header]
            for k in 0..<count {
                let formula = formulaLike[(file.content + k) % formulaLike.count]
                let name = k == 1 ? formula : "Nguyễn Văn \(["An", "Bình", "Chi", "Dũng", "Em", "Giang"][(file.content + k) % 6])"
                let summary = "Hoàn thành nhiệm vụ; \(formula)"
                lines.append([String(k + 1), "Cá nhân", name, "0\(k + 1)/0\(file.content % 9 + 1)/198\(k)", k == 2 ? formula : "Chuyên viên",
                              "HTXSNV", summary, "Không", "Giấy khen"].map(csvField).joined(separator: ","))
            }
            return (Data((lines.joined(separator: "\r\n") + "\r\n").utf8), Array(2...(count + 1)))
        }
    }

    static func csvField(_ text: String) -> String {
        text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }

    /// Runs `khenthuong run` into `out` (under the inbox's temporary folder) with a fixed `SOURCE_DATE_EPOCH`.
    func run(out name: String = "out") throws -> (status: Int32, stderr: String, out: URL) {
        let out = root.appendingPathComponent(name)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.executable)
        process.arguments = ["run", Self.pipeline, "--inbox", inbox.path, "--out", out.path, "--quiet"]
        var environment = ProcessInfo.processInfo.environment
        environment["SOURCE_DATE_EPOCH"] = "1765500000"
        process.environment = environment
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: stderr, as: UTF8.self), out)
    }

    /// The `khenthuong` executable built beside the test bundle.
    static var executable: String {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("khenthuong"),
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("khenthuong"),
            repo.appendingPathComponent(".build/debug/khenthuong"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }?.path ?? candidates.last!.path
    }

    func cleanUp() { try? FileManager.default.removeItem(at: root) }

    /// report.json of a run, parsed.
    static func report(_ out: URL) throws -> [String: Any] {
        let data = try Data(contentsOf: out.appendingPathComponent("report.json"))
        return try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
    }

    /// Every file under `folder`, by path relative to it.
    static func files(under folder: URL) -> [String: Data] {
        var result: [String: Data] = [:]
        let base = folder.standardizedFileURL.path
        for case let url as URL in FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) ?? .init() {
            guard let data = try? Data(contentsOf: url), (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
            result[String(url.standardizedFileURL.path.dropFirst(base.count + 1))] = data
        }
        return result
    }

    /// The worksheet and shared-strings XML parts of an output workbook (libxlsxwriter keeps text in the
    /// shared strings, so that is where cell text is found).
    static func worksheetXML(_ xlsx: Data) throws -> [String: String] {
        let archive = try ZipArchive(bytes: xlsx)
        var parts: [String: String] = [:]
        for entry in archive.entries where (entry.name.hasPrefix("xl/worksheets/") || entry.name == "xl/sharedStrings.xml") && entry.name.hasSuffix(".xml") {
            parts[entry.name] = String(decoding: try archive.read(entry), as: UTF8.self)
        }
        return parts
    }
}
