import Foundation

/// A text compared and hashed by its UTF-8 bytes. String's own equality is canonical, and its hash normalises
/// non-ASCII text first, which is slow for the many look-ups of repair memos and duplicate buckets; texts there
/// are compared as stored (an NFD text must not take the repair of its NFC twin).
public struct ExactText: Hashable, Sendable {
    public var text: String
    public init(_ text: String) { self.text = text }

    public static func == (a: ExactText, b: ExactText) -> Bool {
        guard a.text.utf8.count == b.text.utf8.count else { return false }
        var x = a.text, y = b.text
        return x.withUTF8 { p in y.withUTF8 { q in p.isEmpty || memcmp(p.baseAddress!, q.baseAddress!, p.count) == 0 } }
    }

    public func hash(into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
