import CGsf
import Foundation

/// The top-level stream names of an OLE2 compound file, read through libgsf.
enum OLE2Directory {
    /// libgsf's one-time set-up (GObject types), done before the first use.
    /// Its warnings about damaged files are silenced: a broken input is reported as unreadable, not as
    /// GLib noise on standard error.
    private static let initialised: Bool = {
        gsf_init()
        let levels = GLogLevelFlags(rawValue: G_LOG_LEVEL_WARNING.rawValue | G_LOG_LEVEL_MESSAGE.rawValue | G_LOG_LEVEL_CRITICAL.rawValue)
        for domain in ["libgsf:msole", "libgsf"] {
            g_log_set_handler(domain, levels, { _, _, _, _ in }, nil)
        }
        return true
    }()

    /// Whether the streams are those of an encrypted OOXML package (ECMA-376 agile or standard encryption).
    static func isEncryptedPackage(_ streams: Set<String>) -> Bool {
        streams.contains("encryptioninfo") || streams.contains("encryptedpackage")
    }

    /// The names of the root storage's children, lower-cased. When libgsf cannot open the file (a damaged
    /// or fuzzed directory), the names a spreadsheet would have are looked for as UTF-16LE text instead, so
    /// that a broken .xls still goes to the reader that can say what is wrong with it.
    static func streamNames(_ bytes: Data) -> Set<String> {
        let names = directoryNames(bytes)
        if !names.isEmpty { return names }
        var found: Set<String> = []
        for name in ["Workbook", "WORKBOOK", "Book", "EncryptionInfo", "EncryptedPackage"] {
            let utf16: [UInt8] = name.utf16.flatMap { unit -> [UInt8] in [UInt8(unit & 0xFF), UInt8(unit >> 8)] } + [0, 0]
            if bytes.range(of: Data(utf16)) != nil { found.insert(name.lowercased()) }
        }
        return found
    }

    private static func directoryNames(_ bytes: Data) -> Set<String> {
        guard initialised, !bytes.isEmpty else { return [] }
        return bytes.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Set<String> in
            guard let base = raw.baseAddress?.assumingMemoryBound(to: guint8.self) else { return [] }
            guard let input = gsf_input_memory_new(base, gsf_off_t(raw.count), 0) else { return [] }
            defer { g_object_unref(UnsafeMutableRawPointer(input)) }
            var error: UnsafeMutablePointer<GError>?
            guard let infile = gsf_infile_msole_new(input, &error) else {
                if error != nil { g_error_free(error) }
                return []
            }
            defer { g_object_unref(UnsafeMutableRawPointer(infile)) }
            var names: Set<String> = []
            let count = gsf_infile_num_children(infile)
            for index in 0..<max(count, 0) {
                if let name = gsf_infile_name_by_index(infile, index) { names.insert(String(cString: name).lowercased()) }
            }
            return names
        }
    }
}
