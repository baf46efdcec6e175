import Foundation
import CFuzzerDriver
import CZip
import Campaign
import Pipeline
import Sheets

/// What every fuzz target shares: the sample campaign, xlsx packages built around fuzzed XML, and a scratch
/// folder for the readers that take paths. Input is never trusted here either: nothing in this file traps on it.
public enum Fuzzing {
    /// The repository root, found from this file's path (Fuzz/Sources/FuzzSupport/FuzzSupport.swift).
    public static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The sample campaign (`pipelines/cchc-2024-2025.yaml`); loading it is the harness's job, so a broken
    /// file stops the fuzzer at once rather than hiding as "no finding".
    public static let campaign: Campaign = {
        let path = repository.appendingPathComponent("pipelines/cchc-2024-2025.yaml").path
        switch Result(catching: { () throws(PipelineFileError) in try PipelineFile.load(path: path) }) {
        case .success(let definition): return definition.campaign
        case .failure(let error):
            FileHandle.standardError.write(Data("fuzz: cannot load \(path): \(error)\n".utf8))
            exit(2)
        }
    }()

    /// Small limits, so that one input cannot spend the fuzzer's whole time budget legitimately.
    public static let limits: SafetyLimits = {
        var limits = SafetyLimits.default
        limits.maxFileBytes = 1 << 20
        limits.maxPartBytes = 8 << 20
        limits.ratioThresholdBytes = 1 << 20
        return limits
    }()

    /// A per-process scratch folder for the readers that take file paths (mail intake).
    public static let scratch: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("khenthuong-fuzz-\(getpid())")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }()

    /// Writes `bytes` to `name` in the scratch folder and hands the path to `body`.
    public static func withFile(_ bytes: Data, named name: String, _ body: (String) -> Void) {
        let folder = scratch.appendingPathComponent(UUID().uuidString)
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent(name)
        guard (try? bytes.write(to: file)) != nil else { return }
        body(file.path)
    }

    /// The input as `Data`.
    public static func data(_ start: UnsafeRawPointer, _ count: Int) -> Data {
        Data(bytes: start, count: count)
    }

    /// A minimal xlsx package (content types, workbook, one sheet, shared strings) whose sheet and shared
    /// strings parts are the given bytes, stored uncompressed, so mutations reach the XML scanners instead
    /// of dying in the zip layer. `nil` if libzip refuses.
    public static func xlsx(sheet: Data, sharedStrings: Data) -> Data? {
        let parts: [(String, Data)] = [
            ("[Content_Types].xml", Data(XLSXTemplate.contentTypes.utf8)),
            ("_rels/.rels", Data(XLSXTemplate.packageRels.utf8)),
            ("xl/workbook.xml", Data(XLSXTemplate.workbook.utf8)),
            ("xl/_rels/workbook.xml.rels", Data(XLSXTemplate.workbookRels.utf8)),
            ("xl/worksheets/sheet1.xml", sheet),
            ("xl/sharedStrings.xml", sharedStrings),
        ]
        return ZipWriter.archive(parts)
    }
}

/// Writes a zip in memory through libzip.
enum ZipWriter {
    static func archive(_ parts: [(name: String, bytes: Data)]) -> Data? {
        var error = zip_error_t()
        zip_error_init(&error)
        defer { zip_error_fini(&error) }
        guard let buffer = zip_source_buffer_create(nil, 0, 0, &error) else { return nil }
        zip_source_keep(buffer)
        defer { zip_source_free(buffer) }
        guard let archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error) else { return nil }
        for (name, bytes) in parts {
            // libzip copies nothing until zip_close: keep each part alive in a malloc'd copy it frees itself.
            // An empty part gets no buffer (libzip does not free a zero-length one: a leak the fuzzer found).
            var copy: UnsafeMutableRawPointer? = nil
            if !bytes.isEmpty {
                guard let buffer = malloc(bytes.count) else { zip_discard(archive); return nil }
                bytes.withUnsafeBytes { raw in if let base = raw.baseAddress { memcpy(buffer, base, raw.count) } }
                copy = buffer
            }
            guard let source = zip_source_buffer(archive, copy, zip_uint64_t(bytes.count), copy == nil ? 0 : 1) else {
                free(copy); zip_discard(archive); return nil
            }
            let index = zip_file_add(archive, name, source, zip_flags_t(ZIP_FL_ENC_UTF_8))
            if index < 0 { zip_source_free(source); zip_discard(archive); return nil }
            zip_set_file_compression(archive, zip_uint64_t(index), ZIP_CM_STORE, 0)
        }
        guard zip_close(archive) == 0 else { zip_discard(archive); return nil }
        guard zip_source_open(buffer) == 0 else { return nil }
        defer { zip_source_close(buffer) }
        var result = Data()
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { zip_source_read(buffer, $0.baseAddress, zip_uint64_t($0.count)) }
            if count <= 0 { break }
            result.append(contentsOf: chunk[0..<Int(count)])
        }
        return result
    }
}

/// The fixed parts of the package `Fuzzing.xlsx` builds.
enum XLSXTemplate {
    static let contentTypes = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>
    """
    static let packageRels = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>
    """
    static let workbook = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>
    """
    static let workbookRels = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>
    """
}

extension Fuzzing {
    /// Hands control to libFuzzer with the command line as given (corpus folders, `-max_total_time=…`) and
    /// exits with its status. `test` is called once per input; it must not capture anything. SwiftPM links
    /// every executable with `main` aliased to the module's entry point, and `-sanitize=fuzzer` links
    /// libFuzzer's own `main` too: whichever the linker keeps, the same test function runs.
    public static func runDriver(_ test: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> Never {
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, test))
    }
}
