import CZip
import Foundation

/// A zip container opened read-only from memory through libzip: the XLSX package, or a zip of sheets sent
/// by mail. Entry names are only ever compared, never used as file-system paths. Every read checks the
/// safety limits (part size, compression ratio) before it allocates.
public final class ZipArchive {
    /// One entry of the central directory.
    public struct Entry: Sendable, Hashable {
        public var index: Int
        public var name: String
        public var uncompressedSize: Int
        public var compressedSize: Int
        public var isEncrypted: Bool
    }

    private let archive: OpaquePointer
    private let buffer: UnsafeMutableRawBufferPointer
    private let limits: SafetyLimits
    /// Entries in central-directory order.
    public let entries: [Entry]
    private let byName: [String: Int]
    private let byPartPath: [String: Int]

    /// Opens the zip held in `bytes`. Throws when it is not a zip or its directory is damaged.
    public init(bytes: Data, limits: SafetyLimits = .default) throws(UnreadableFile) {
        self.limits = limits
        // libzip reads from the buffer for as long as the archive is open: keep a copy we own.
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: max(bytes.count, 1), alignment: 16)
        bytes.copyBytes(to: buffer)
        var error = zip_error_t()
        zip_error_init(&error)
        guard let source = zip_source_buffer_create(buffer.baseAddress, zip_uint64_t(bytes.count), 0, &error) else {
            buffer.deallocate()
            throw Self.damaged(String(cString: zip_error_strerror(&error)))
        }
        guard let archive = zip_open_from_source(source, ZIP_RDONLY, &error) else {
            let reason = String(cString: zip_error_strerror(&error))
            zip_source_free(source)
            zip_error_fini(&error)
            buffer.deallocate()
            throw Self.damaged(reason)
        }
        zip_error_fini(&error)
        self.archive = archive
        self.buffer = buffer
        var entries: [Entry] = []
        var byName: [String: Int] = [:]
        var byPartPath: [String: Int] = [:]
        let count = zip_get_num_entries(archive, 0)
        for index in 0..<max(count, 0) {
            var stat = zip_stat_t()
            zip_stat_init(&stat)
            guard zip_stat_index(archive, zip_uint64_t(index), 0, &stat) == 0, let rawName = stat.name else { continue }
            let name = String(decoding: UnsafeRawBufferPointer(start: rawName, count: strlen(rawName)), as: UTF8.self)
            let entry = Entry(index: Int(index), name: name,
                              uncompressedSize: Int(clamping: stat.size), compressedSize: Int(clamping: stat.comp_size),
                              isEncrypted: stat.encryption_method != UInt16(ZIP_EM_NONE))
            if byName[name] == nil { byName[name] = entries.count }
            let partPath = Self.partPath(name)
            if byPartPath[partPath] == nil { byPartPath[partPath] = entries.count }
            entries.append(entry)
        }
        self.entries = entries
        self.byName = byName
        self.byPartPath = byPartPath
    }

    deinit {
        zip_discard(archive)
        buffer.deallocate()
    }

    /// The entry with exactly this name (first one, if the directory repeats it).
    public func entry(named name: String) -> Entry? { byName[name].map { entries[$0] } }

    /// The entry for a package part path, compared as producers write it loosely: `\\` or `/` separators,
    /// with or without a leading `/`, any letter case (`xl/SharedStrings.xml`, `xl\\workbook.xml`).
    public func entry(atPartPath path: String) -> Entry? { byPartPath[Self.partPath(path)].map { entries[$0] } }

    /// The normalised form of a part path used for lookups.
    static func partPath(_ name: String) -> String {
        var path = name.replacingOccurrences(of: "\\", with: "/").lowercased()
        while path.hasPrefix("/") { path.removeFirst() }
        return path
    }

    /// Checks an entry against the part-size and compression-ratio limits before it is inflated.
    public func checkLimits(of entry: Entry) throws(UnreadableFile) {
        if entry.isEncrypted {
            throw UnreadableFile(vi: "Tệp nén có mật khẩu (mã hoá): không đọc được \(entry.name).",
                                 en: "The archive is encrypted: \(entry.name) cannot be read.")
        }
        if entry.uncompressedSize > limits.maxPartBytes {
            throw UnreadableFile(vi: "Phần \(entry.name) khi giải nén lớn hơn giới hạn \(limits.maxPartBytes >> 20) MiB.",
                                 en: "Part \(entry.name) is larger than the \(limits.maxPartBytes >> 20) MiB limit when uncompressed.",
                                 limit: "maxPartBytes")
        }
        if entry.uncompressedSize > limits.ratioThresholdBytes {
            let ratio = Double(entry.uncompressedSize) / Double(max(entry.compressedSize, 1))
            if ratio > limits.maxCompressionRatio {
                throw UnreadableFile(vi: "Phần \(entry.name) có tỉ lệ nén bất thường (\(Int(ratio)) : 1): nghi là bom nén.",
                                     en: "Part \(entry.name) has an absurd compression ratio (\(Int(ratio)) : 1): a likely zip bomb.",
                                     limit: "maxCompressionRatio")
            }
        }
    }

    /// Streams an entry's inflated bytes in chunks, enforcing the declared size as a hard cap (a lying
    /// directory cannot make it inflate more than the limit).
    public func stream(_ entry: Entry, chunkSize: Int = 1 << 16, _ body: (UnsafeRawBufferPointer) throws -> Void) throws {
        try checkLimits(of: entry)
        guard let file = zip_fopen_index(archive, zip_uint64_t(entry.index), 0) else {
            throw Self.damaged(String(cString: zip_strerror(archive)))
        }
        defer { zip_fclose(file) }
        let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: chunkSize, alignment: 16)
        defer { chunk.deallocate() }
        var total = 0
        while true {
            let n = zip_fread(file, chunk.baseAddress, zip_uint64_t(chunkSize))
            if n < 0 { throw Self.damaged(String(cString: zip_file_strerror(file))) }
            if n == 0 { break }
            total += Int(n)
            if total > entry.uncompressedSize {
                throw UnreadableFile(vi: "Phần \(entry.name) giải nén ra nhiều hơn kích thước đã khai: tệp nén bị hỏng.",
                                     en: "Part \(entry.name) inflates past its declared size: the zip is damaged.")
            }
            if total > limits.maxPartBytes {
                throw UnreadableFile(vi: "Phần \(entry.name) khi giải nén lớn hơn giới hạn.", en: "Part \(entry.name) inflates past the limit.",
                                     limit: "maxPartBytes")
            }
            try body(UnsafeRawBufferPointer(rebasing: chunk[0..<Int(n)]))
        }
    }

    /// Reads a whole entry into memory (after the limit checks).
    public func read(_ entry: Entry) throws(UnreadableFile) -> Data {
        var data = Data()
        data.reserveCapacity(min(entry.uncompressedSize, limits.maxPartBytes))
        do {
            try stream(entry) { data.append(contentsOf: $0) }
        } catch let error as UnreadableFile {
            throw error
        } catch {
            throw Self.damaged("\(error)")
        }
        return data
    }

    /// Reads the entry with this name; nil when there is none.
    public func read(named name: String) throws(UnreadableFile) -> Data? {
        guard let entry = entry(named: name) else { return nil }
        return try read(entry)
    }

    static func damaged(_ reason: String) -> UnreadableFile {
        UnreadableFile(vi: "Tệp nén bị hỏng hoặc không phải tệp zip (\(reason)).", en: "The zip container is damaged or not a zip (\(reason)).")
    }
}
