import Foundation
import Yams
import Campaign

/// A pipeline file that does not load: one sentence naming the file, the line and what is wrong.
public struct PipelineFileError: Error, Sendable, CustomStringConvertible {
    public var message: Message
    init(file: String, line: Int?, _ vi: String, _ en: String) {
        message = Message(
            vi: (line.map { "\(file), dòng \($0): " } ?? "\(file): ") + vi + " Hãy sửa tệp quy trình rồi chạy lại.",
            en: (line.map { "\(file), line \($0): " } ?? "\(file): ") + en + " Fix the pipeline file and run again.")
    }
    public var description: String { message.en }
}

/// Reads a mapping of the pipeline file key by key, so that an unknown key or a value of the wrong type is
/// reported with its line (Yams' Codable decoding loses lines; the node API keeps them).
struct YAMLMapping {
    let file: String
    let node: Node
    let path: String
    private var pairs: [(key: String, value: Node, line: Int?)] = []

    init(_ node: Node, file: String, path: String) throws(PipelineFileError) {
        self.file = file; self.node = node; self.path = path
        guard case .mapping(let mapping) = node else {
            throw PipelineFileError(file: file, line: node.mark?.line, "‘\(path)’ phải là một bảng khoá: giá trị (mapping).", "‘\(path)’ must be a mapping of keys to values.")
        }
        for (key, value) in mapping {
            guard let name = key.string else {
                throw PipelineFileError(file: file, line: key.mark?.line, "khoá trong ‘\(path)’ phải là chữ.", "keys in ‘\(path)’ must be text.")
            }
            pairs.append((name, value, key.mark?.line))
        }
    }

    var line: Int? { node.mark?.line }
    var keys: [String] { pairs.map(\.key) }

    /// Fails on any key not in `known`: a typo must not be silently ignored.
    func allowOnly(_ known: [String]) throws(PipelineFileError) {
        for pair in pairs where !known.contains(pair.key) {
            throw PipelineFileError(file: file, line: pair.line,
                "khoá ‘\(qualified(pair.key))’ không được hỗ trợ (các khoá hợp lệ: \(known.joined(separator: ", "))).",
                "unknown key ‘\(qualified(pair.key))’ (known keys: \(known.joined(separator: ", "))).")
        }
    }

    func qualified(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    func node(_ key: String) -> Node? { pairs.first { $0.key == key }?.value }

    func required(_ key: String) throws(PipelineFileError) -> Node {
        guard let value = node(key) else {
            throw PipelineFileError(file: file, line: line, "thiếu khoá bắt buộc ‘\(qualified(key))’.", "the required key ‘\(qualified(key))’ is missing.")
        }
        return value
    }

    func string(_ key: String) throws(PipelineFileError) -> String {
        try scalarString(try required(key), key: key)
    }

    func optionalString(_ key: String) throws(PipelineFileError) -> String? {
        guard let value = node(key) else { return nil }
        return try scalarString(value, key: key)
    }

    func scalarString(_ value: Node, key: String) throws(PipelineFileError) -> String {
        guard case .scalar(let scalar) = value else {
            throw wrongType(key, value, "một giá trị chữ", "text")
        }
        return scalar.string
    }

    func int(_ key: String) throws(PipelineFileError) -> Int {
        let value = try required(key)
        return try intValue(value, key: key)
    }

    func intValue(_ value: Node, key: String) throws(PipelineFileError) -> Int {
        guard case .scalar(let scalar) = value, let number = Int(scalar.string.trimmingCharacters(in: .whitespaces)) else {
            throw wrongType(key, value, "một số nguyên", "a whole number")
        }
        return number
    }

    func bool(_ key: String, default fallback: Bool? = nil) throws(PipelineFileError) -> Bool {
        guard let value = node(key) else {
            if let fallback { return fallback }
            throw PipelineFileError(file: file, line: line, "thiếu khoá bắt buộc ‘\(qualified(key))’.", "the required key ‘\(qualified(key))’ is missing.")
        }
        guard case .scalar(let scalar) = value else { throw wrongType(key, value, "true hoặc false", "true or false") }
        switch scalar.string.lowercased() {
        case "true", "yes", "co", "có": return true
        case "false", "no", "khong", "không": return false
        default: throw wrongType(key, value, "true hoặc false", "true or false")
        }
    }

    func sequence(_ key: String) throws(PipelineFileError) -> [Node] {
        let value = try required(key)
        return try sequenceValue(value, key: key)
    }

    func optionalSequence(_ key: String) throws(PipelineFileError) -> [Node] {
        guard let value = node(key) else { return [] }
        if case .scalar(let scalar) = value, scalar.string.isEmpty || scalar.tag == .init(.null) { return [] }
        return try sequenceValue(value, key: key)
    }

    func sequenceValue(_ value: Node, key: String) throws(PipelineFileError) -> [Node] {
        guard case .sequence(let sequence) = value else { throw wrongType(key, value, "một danh sách", "a list") }
        return Array(sequence)
    }

    func stringList(_ key: String) throws(PipelineFileError) -> [String] {
        var result: [String] = []
        for item in try optionalSequence(key) { result.append(try scalarString(item, key: key)) }
        return result
    }

    func mapping(_ key: String) throws(PipelineFileError) -> YAMLMapping {
        try YAMLMapping(try required(key), file: file, path: qualified(key))
    }

    func optionalMapping(_ key: String) throws(PipelineFileError) -> YAMLMapping? {
        guard let value = node(key) else { return nil }
        return try YAMLMapping(value, file: file, path: qualified(key))
    }

    /// The key/value pairs in file order, with their lines.
    var entries: [(key: String, value: Node, line: Int?)] { pairs }

    func wrongType(_ key: String, _ value: Node, _ expectedVi: String, _ expectedEn: String) -> PipelineFileError {
        PipelineFileError(file: file, line: value.mark?.line ?? line,
                          "giá trị của ‘\(qualified(key))’ phải là \(expectedVi).", "the value of ‘\(qualified(key))’ must be \(expectedEn).")
    }
}
