import CGsf
import Foundation

/// The OLE2 compound file ("structured storage") of legacy workbooks and encrypted OOXML packages, opened
/// read-only from memory with libgsf. Format detection and the XLS reader share it.
enum CompoundFile {
    /// libgsf's one-time set-up; a static `let` is initialised once, thread-safely. libgsf registers each
    /// GType on first use without a lock (its GSF_CLASS macro), so two threads opening their first .xls at
    /// once could both register `GsfInput` and one would get no type at all. Every type used here is
    /// therefore registered inside this initialiser, and anything else calling libgsf (the tests' file
    /// writer) goes through `prepareLibrary()` first rather than calling `gsf_init` itself.
    /// libgsf reports damaged files on standard error through GLib ("This OLE2 file is invalid", failed
    /// assertions); the readers report them as `UnreadableFile` instead, so those messages are dropped.
    private static let initialised: Void = {
        gsf_init()
        for type in [gsf_input_memory_get_type(), gsf_infile_msole_get_type(), gsf_output_memory_get_type(),
                     gsf_outfile_msole_get_type()] {
            g_type_class_unref(g_type_class_ref(type))
        }
        let levels = G_LOG_LEVEL_CRITICAL.rawValue | G_LOG_LEVEL_WARNING.rawValue | G_LOG_LEVEL_MESSAGE.rawValue
            | G_LOG_LEVEL_INFO.rawValue | G_LOG_LEVEL_DEBUG.rawValue
        // gsf-infile.c logs without a domain ("Unable to get child[…]"); no other library here logs there.
        for domain: String? in ["libgsf", "libgsf:msole", nil] {
            g_log_set_handler(domain, GLogLevelFlags(rawValue: levels), { _, _, _, _ in }, nil)
        }
    }()

    /// Sets libgsf up once for the process; safe to call from any thread, any number of times.
    static func prepareLibrary() { _ = initialised }

    /// Runs `body` with the root storage of the compound file in `bytes`; nil when the bytes are not one (or
    /// its directory is too damaged for libgsf). The storage borrows the bytes and lives only during the call.
    static func withRoot<T>(_ bytes: Data, _ body: (OpaquePointer) -> T) -> T? {
        prepareLibrary()
        return bytes.withUnsafeBytes { raw -> T? in
            guard let base = raw.bindMemory(to: guint8.self).baseAddress, raw.count > 0,
                  let input = gsf_input_memory_new(base, gsf_off_t(raw.count), 0) else { return nil }
            defer { g_object_unref(UnsafeMutableRawPointer(input)) }
            var error: UnsafeMutablePointer<GError>?
            guard let root = gsf_infile_msole_new(input, &error) else {
                if let error { g_error_free(error) }
                return nil
            }
            defer { g_object_unref(UnsafeMutableRawPointer(root)) }
            return body(root)
        }
    }

    /// The names of a storage's children, in directory order.
    static func childNames(of storage: OpaquePointer) -> [String] {
        (0..<max(gsf_infile_num_children(storage), 0)).map { index in
            gsf_infile_name_by_index(storage, index).map { String(cString: $0) } ?? ""
        }
    }
}
