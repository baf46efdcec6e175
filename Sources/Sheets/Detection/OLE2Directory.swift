import Foundation

/// The top-level stream names of an OLE2 compound file (`CompoundFile`), for telling its format.
enum OLE2Directory {
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
        CompoundFile.withRoot(bytes) { Set(CompoundFile.childNames(of: $0).map { $0.lowercased() }) } ?? []
    }
}
