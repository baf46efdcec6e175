import CGsf
import Foundation

/// libgsf's one-time set-up (GType registration). A global `let` is initialised once, thread-safely.
/// libgsf also reports a damaged file on standard error through GLib ("This OLE2 file is invalid", failed
/// assertions); the reader reports it as an `UnreadableFile` instead, so those messages are dropped.
private let gsfInitialised: Void = {
    gsf_init()
    let levels = G_LOG_LEVEL_CRITICAL.rawValue | G_LOG_LEVEL_WARNING.rawValue | G_LOG_LEVEL_MESSAGE.rawValue
        | G_LOG_LEVEL_INFO.rawValue | G_LOG_LEVEL_DEBUG.rawValue
    // gsf-infile.c logs without a domain ("Unable to get child[…]"); no other library here logs there.
    for domain: String? in ["libgsf", "libgsf:msole", nil] {
        g_log_set_handler(domain, GLogLevelFlags(rawValue: levels), { _, _, _, _ in }, nil)
    }
}()

/// The OLE2 compound file ("structured storage") around a legacy workbook, opened with libgsf.
enum XLSCompoundFile {
    /// The bytes of the workbook stream: `Workbook` (BIFF8), else `Book` (BIFF5), names compared without
    /// regard to case as some writers capitalise them differently.
    static func workbookStream(of bytes: Data) throws(UnreadableFile) -> [UInt8] {
        _ = gsfInitialised
        let result: Result<[UInt8], UnreadableFile> = bytes.withUnsafeBytes { raw in
            guard let base = raw.bindMemory(to: guint8.self).baseAddress, raw.count > 0 else {
                return .failure(XLSErrors.notCompoundFile)
            }
            // The memory input borrows the bytes (needs_free = FALSE): everything is released in this scope.
            guard let input = gsf_input_memory_new(base, gsf_off_t(raw.count), 0) else {
                return .failure(XLSErrors.notCompoundFile)
            }
            defer { g_object_unref(UnsafeMutableRawPointer(input)) }
            var error: UnsafeMutablePointer<GError>?
            guard let infile = gsf_infile_msole_new(input, &error) else {
                if let error { g_error_free(error) }
                return .failure(XLSErrors.notCompoundFile)
            }
            defer { g_object_unref(UnsafeMutableRawPointer(infile)) }
            return readWorkbookStream(of: infile, fileSize: raw.count)
        }
        return try result.get()
    }

    /// Finds the workbook stream among the root's children and reads it whole.
    private static func readWorkbookStream(of infile: OpaquePointer,
                                           fileSize: Int) -> Result<[UInt8], UnreadableFile> {
        var names: [String] = []
        for index in 0..<max(gsf_infile_num_children(infile), 0) {
            names.append(gsf_infile_name_by_index(infile, index).map { String(cString: $0) } ?? "")
        }
        let lowered = names.map { $0.lowercased() }
        // A password-protected .xlsx is also a compound file: its package sits encrypted in this stream.
        if lowered.contains("encryptedpackage") { return .failure(XLSErrors.encrypted) }
        guard let index = lowered.firstIndex(of: "workbook") ?? lowered.firstIndex(of: "book"),
              let child = gsf_infile_child_by_index(infile, Int32(index)) else {
            return .failure(XLSErrors.noWorkbookStream)
        }
        defer { g_object_unref(UnsafeMutableRawPointer(child)) }
        let size = gsf_input_size(child)
        // A stream cannot hold more than the file it lives in; a directory that says so is damaged.
        guard size >= 0, size <= gsf_off_t(fileSize) else { return .failure(XLSErrors.damagedContainer) }
        var stream = [UInt8](repeating: 0, count: Int(size))
        let complete = stream.withUnsafeMutableBufferPointer { buffer -> Bool in
            var offset = 0
            while offset < buffer.count {
                let chunk = min(1 << 20, buffer.count - offset)
                guard let base = buffer.baseAddress,
                      gsf_input_read(child, chunk, base + offset) != nil else { return false }
                offset += chunk
            }
            return true
        }
        guard complete else { return .failure(XLSErrors.damagedContainer) }
        return .success(stream)
    }
}
