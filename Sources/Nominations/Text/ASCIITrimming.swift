import Foundation

extension String {
    /// `trimmingCharacters(in:)` for a set of ASCII characters, on the bytes when the text is ASCII (row
    /// numbers, column numbers, enumerators: tested on every row of a sheet, where Foundation's trim is slow);
    /// other text goes through Foundation with `set`, which must hold the same characters among ASCII.
    func trimmingASCII(_ bytes: [UInt8], else set: CharacterSet) -> String {
        let utf8 = self.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return trimmingCharacters(in: set) }
        guard let first = utf8.firstIndex(where: { !bytes.contains($0) }) else { return "" }
        let last = utf8.lastIndex(where: { !bytes.contains($0) })!
        if first == utf8.startIndex && last == utf8.index(before: utf8.endIndex) { return self }
        return String(self[first...last])
    }

    /// Space and tab: `CharacterSet.whitespaces` among ASCII.
    static let asciiWhitespaces: [UInt8] = [0x20, 0x09]
}
