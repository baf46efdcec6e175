import Foundation

/// Characters to trim, as ASCII bytes for ASCII text and as a `CharacterSet` for the rest; made once, since
/// the trims run on every row of a sheet.
struct ASCIITrimSet: Sendable {
    let bytes: [UInt8]
    let set: CharacterSet

    /// ASCII characters only: the bytes and the set hold the same ones.
    init(_ characters: String) {
        bytes = Array(characters.utf8)
        set = CharacterSet(charactersIn: characters)
    }

    private init(bytes: [UInt8], set: CharacterSet) { self.bytes = bytes; self.set = set }

    /// `CharacterSet.whitespaces`: among ASCII, space and tab.
    static let whitespaces = ASCIITrimSet(bytes: [0x20, 0x09], set: .whitespaces)
}

extension String {
    /// `trimmingCharacters(in: trim.set)`, on the bytes when the text is ASCII (row numbers, column numbers,
    /// enumerators: tested on every row of a sheet, where Foundation's trim is slow).
    func trimming(_ trim: ASCIITrimSet) -> String {
        let utf8 = self.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return trimmingCharacters(in: trim.set) }
        guard let first = utf8.firstIndex(where: { !trim.bytes.contains($0) }) else { return "" }
        let last = utf8.lastIndex(where: { !trim.bytes.contains($0) })!
        if first == utf8.startIndex && last == utf8.index(before: utf8.endIndex) { return self }
        return String(self[first...last])
    }
}
