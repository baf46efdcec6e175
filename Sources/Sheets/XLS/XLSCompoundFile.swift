import CGsf
import Foundation

/// The OLE2 compound file ("structured storage") around a legacy workbook, opened with libgsf.
enum XLSCompoundFile {
    /// The bytes of the workbook stream: `Workbook` (BIFF8), else `Book` (BIFF5), names compared without
    /// regard to case as some writers capitalise them differently.
    static func workbookStream(of bytes: Data) throws(UnreadableFile) -> [UInt8] {
        let result = CompoundFile.withRoot(bytes) { readWorkbookStream(of: $0, fileSize: bytes.count) }
        return try (result ?? .failure(XLSErrors.notCompoundFile)).get()
    }

    /// Finds the workbook stream among the root's children and reads it whole.
    private static func readWorkbookStream(of infile: OpaquePointer,
                                           fileSize: Int) -> Result<[UInt8], UnreadableFile> {
        let lowered = CompoundFile.childNames(of: infile).map { $0.lowercased() }
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
