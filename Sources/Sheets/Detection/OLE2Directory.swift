import CGsf
import Foundation

/// The top-level stream names of an OLE2 compound file, read through libgsf.
enum OLE2Directory {
    /// libgsf's one-time set-up (GObject types), done before the first use.
    private static let initialised: Bool = {
        gsf_init()
        return true
    }()

    /// The names of the root storage's children, lower-cased; empty when libgsf cannot open the file.
    static func streamNames(_ bytes: Data) -> Set<String> {
        guard initialised, !bytes.isEmpty else { return [] }
        return bytes.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Set<String> in
            guard let base = raw.baseAddress?.assumingMemoryBound(to: guint8.self) else { return [] }
            guard let input = gsf_input_memory_new(base, gsf_off_t(raw.count), 0) else { return [] }
            defer { g_object_unref(input) }
            var error: UnsafeMutablePointer<GError>?
            guard let infile = gsf_infile_msole_new(input, &error) else {
                if error != nil { g_error_free(error) }
                return []
            }
            defer { g_object_unref(infile) }
            var names: Set<String> = []
            let count = gsf_infile_num_children(infile)
            for index in 0..<max(count, 0) {
                if let name = gsf_infile_name_by_index(infile, index) { names.insert(String(cString: name).lowercased()) }
            }
            return names
        }
    }
}
