import CGMime
import Foundation
import Glibc

/// The small bridge to GMime's C API: one-time initialisation, GObject type checks (GMime's `GMIME_IS_*`
/// are C macros Swift cannot call) and reference counting.
enum GMime {
    /// `g_mime_init()` exactly once per process (Swift runs a static initialiser once, thread-safely).
    private static let initialised: Bool = {
        g_mime_init()
        return true
    }()

    /// Makes sure the library is initialised before first use.
    static func ensureInitialised() { _ = initialised }

    /// Whether a GObject instance is of `type` or a subtype (what `GMIME_IS_PART(obj)` and friends expand to).
    static func isInstance<T>(_ object: UnsafeMutablePointer<T>, of type: GType) -> Bool {
        g_type_check_instance_is_a(UnsafeMutablePointer<GTypeInstance>(OpaquePointer(object)), type) != 0
    }

    /// A pointer to the same GObject seen as another struct of its class chain (a checked cast in C).
    static func cast<T, U>(_ object: UnsafeMutablePointer<T>, to: U.Type) -> UnsafeMutablePointer<U> {
        UnsafeMutablePointer<U>(OpaquePointer(object))
    }

    /// Drops one reference we own (objects returned by `*_new*` or `construct_*`).
    static func unref<T>(_ object: UnsafeMutablePointer<T>) {
        g_object_unref(UnsafeMutableRawPointer(object))
    }

    /// A C string GMime owns, as Swift text; nil for NULL.
    static func string(_ pointer: UnsafePointer<CChar>?) -> String? {
        pointer.map { String(cString: $0) }
    }

    /// Opens a file as a GMime stream read lazily from disk, so a large mbox is never loaded whole.
    /// The caller owns the returned reference.
    static func openFileStream(path: String) -> UnsafeMutablePointer<GMimeStream>? {
        ensureInitialised()
        var error: UnsafeMutablePointer<GError>?
        let stream = g_mime_stream_fs_open(path, O_RDONLY, 0, &error)
        if let error { g_error_free(error) }
        return stream
    }
}

/// The warnings GMime's parser reports while it builds a message, collected to tell a damaged message
/// (cut off, or not a message at all) from one that merely bends the rules.
final class ParserWarnings {
    /// Warning codes in the order reported.
    private(set) var codes: [GMimeParserWarning] = []

    /// Parser options that report into this collector; free them with `g_mime_parser_options_free` while
    /// the collector is still alive.
    func makeOptions() -> OpaquePointer? {
        GMime.ensureInitialised()
        let options = g_mime_parser_options_new()
        g_mime_parser_options_set_warning_callback(options, { _, code, _, context in
            guard let context else { return }
            Unmanaged<ParserWarnings>.fromOpaque(context).takeUnretainedValue().codes.append(code)
        }, Unmanaged.passUnretained(self).toOpaque())
        return options
    }

    /// Forgets what was reported (between the messages of an mbox).
    func reset() { codes.removeAll() }

    /// True when the message was cut off (a download that stopped, a truncated mbox).
    var isTruncated: Bool { codes.contains(GMIME_WARN_TRUNCATED_MESSAGE) }
}
