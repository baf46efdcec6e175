import Foundation

/// A JSON value whose objects keep their keys in the order written, so that `report.json` reads in the
/// contract's order and the same inbox always gives the same bytes.
public indirect enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])
    /// An array whose elements are made one at a time as they are written: a province's report has a
    /// hundred thousand rows, and holding them all as values would cost hundreds of megabytes.
    case generated(count: Int, element: @Sendable (Int) -> JSONValue)

    public static func == (a: JSONValue, b: JSONValue) -> Bool { a.serialized() == b.serialized() }

    public static func optional(_ text: String?) -> JSONValue { text.map(JSONValue.string) ?? .null }
    public static func optional(_ number: Int?) -> JSONValue { number.map(JSONValue.int) ?? .null }

    /// Serialises with two-space indentation (`pretty`) or on one line.
    public func serialized(pretty: Bool = false) -> String {
        var sink = JSONSink(file: nil)
        write(to: &sink, indent: pretty ? 0 : nil)
        return String(decoding: sink.buffer, as: UTF8.self)
    }

    /// Writes the pretty serialisation and a final newline to `path`, a megabyte at a time.
    public func write(toFile path: String) throws {
        guard let file = fopen(path, "wb") else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path]) }
        var sink = JSONSink(file: file)
        write(to: &sink, indent: 0)
        sink.append(0x0A)
        sink.flush()
        guard fclose(file) == 0, !sink.failed else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path]) }
    }

    private func write(to out: inout JSONSink, indent: Int?) {
        switch self {
        case .null: out.append("null")
        case .bool(let b): out.append(b ? "true" : "false")
        case .int(let n): out.append(String(n))
        case .double(let d):
            if d.isFinite, d == d.rounded(), abs(d) < 1e15 { out.append(String(Int64(d))) } else if d.isFinite { out.append(String(d)) } else { out.append("null") }
        case .string(let s): JSONValue.escape(s, into: &out)
        case .array(let items):
            writeArray(count: items.count, element: { items[$0] }, to: &out, indent: indent)
        case .generated(let count, let element):
            writeArray(count: count, element: element, to: &out, indent: indent)
        case .object(let pairs):
            if pairs.isEmpty { out.append("{}"); return }
            out.append(0x7B)
            for (i, (key, value)) in pairs.enumerated() {
                if i > 0 { out.append(0x2C) }
                out.newline(indent.map { $0 + 1 })
                JSONValue.escape(key, into: &out)
                out.append(indent == nil ? ":" : ": ")
                value.write(to: &out, indent: indent.map { $0 + 1 })
            }
            out.newline(indent)
            out.append(0x7D)
        }
    }

    private func writeArray(count: Int, element: (Int) -> JSONValue, to out: inout JSONSink, indent: Int?) {
        if count == 0 { out.append("[]"); return }
        out.append(0x5B)
        for i in 0..<count {
            if i > 0 { out.append(0x2C) }
            out.newline(indent.map { $0 + 1 })
            element(i).write(to: &out, indent: indent.map { $0 + 1 })
        }
        out.newline(indent)
        out.append(0x5D)
    }

    static func escape(_ s: String, into out: inout JSONSink) {
        out.append(0x22)
        var text = s
        text.withUTF8 { out.appendEscaped($0) }
        out.append(0x22)
    }
}

/// Bytes of JSON being written: kept whole for `serialized`, or handed to a file a megabyte at a time.
struct JSONSink {
    private(set) var buffer: [UInt8] = []
    let file: UnsafeMutablePointer<FILE>?
    private(set) var failed = false
    private static let flushSize = 1 << 20

    init(file: UnsafeMutablePointer<FILE>?) {
        self.file = file
        buffer.reserveCapacity(file == nil ? 4096 : Self.flushSize + 4096)
    }

    mutating func append(_ byte: UInt8) { buffer.append(byte) }

    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { buffer.append(contentsOf: $0) }
        if file != nil, buffer.count >= Self.flushSize { flush() }
    }

    /// A string's UTF-8 bytes as JSON string content: runs that need no escape copied whole, then the quote,
    /// the backslash, controls, and U+2028/U+2029 (which end a line in JavaScript) escaped.
    mutating func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>) {
        var runStart = 0, index = 0
        while index < bytes.count {
            let byte = bytes[index]
            var escaped: String?
            var length = 1
            switch byte {
            case 0x22: escaped = "\\\""
            case 0x5C: escaped = "\\\\"
            case 0x0A: escaped = "\\n"
            case 0x0D: escaped = "\\r"
            case 0x09: escaped = "\\t"
            case 0x00..<0x20: escaped = String(format: "\\u%04x", UInt32(byte))
            case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                escaped = bytes[index + 2] == 0xA8 ? "\\u2028" : "\\u2029"
                length = 3
            default: break
            }
            guard let escaped else { index += 1; continue }
            buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
            append(escaped)
            index += length
            runStart = index
        }
        buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
        if file != nil, buffer.count >= Self.flushSize { flush() }
    }

    mutating func newline(_ indent: Int?) {
        guard let indent else { return }
        buffer.append(0x0A)
        for _ in 0..<(2 * indent) { buffer.append(0x20) }
    }

    mutating func flush() {
        guard let file, !buffer.isEmpty else { return }
        if buffer.withUnsafeBufferPointer({ fwrite($0.baseAddress, 1, $0.count, file) }) != buffer.count { failed = true }
        buffer.removeAll(keepingCapacity: true)
    }
}
