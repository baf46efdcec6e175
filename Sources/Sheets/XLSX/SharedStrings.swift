/// The shared-string table (`xl/sharedStrings.xml`): each `<si>`'s text, plain (`<t>`) or rich (runs
/// `<r><t>`), with phonetic guides (`<rPh>`) left out and Excel's `_xHHHH_` escapes undone.
enum SharedStrings {
    static func read(archive: ZipArchive, entry: ZipArchive.Entry, limits: SafetyLimits) throws -> [String] {
        var strings: [String] = []
        var text = RichTextCollector(limits: limits, part: entry.name)
        var inItem = false
        try XMLPartScanner.scan(archive, entry, limits: limits) { token, window in
            switch token.kind {
            case .startTag:
                if window.name(of: token, is: "si") {
                    inItem = true
                    text.reset()
                } else if inItem {
                    text.open(token, window)
                }
            case .emptyTag:
                if window.name(of: token, is: "si") { strings.append("") }
            case .endTag:
                if window.name(of: token, is: "si") {
                    inItem = false
                    strings.append(try text.finish())
                } else if inItem {
                    text.close(token, window)
                }
            case .text, .cdata:
                if inItem { try text.append(token, window) }
            }
        }
        return strings
    }
}

/// Gathers the text of a string item (`<si>` or `<is>`): the `<t>` elements, directly or inside runs, but
/// not inside phonetic runs. A `<t>` without `xml:space="preserve"` loses its leading and trailing white
/// space, as Excel shows it.
struct RichTextCollector {
    private(set) var bytes: [UInt8] = []
    private var inText = false
    private var preserve = false
    private var textStart = 0
    private var phoneticDepth = 0
    /// Whether any `<t>` was seen (an `<is>` without one may carry its value in `<v>`).
    private(set) var sawText = false
    let limits: SafetyLimits
    let part: String

    init(limits: SafetyLimits, part: String) {
        self.limits = limits
        self.part = part
        bytes.reserveCapacity(256)
    }

    /// Whether anything was collected since the last reset (most cells never open an `<is>`).
    var isDirty: Bool { sawText || phoneticDepth != 0 || !bytes.isEmpty }

    mutating func reset() {
        bytes.removeAll(keepingCapacity: true)
        inText = false
        phoneticDepth = 0
        sawText = false
    }

    mutating func open(_ token: XMLToken, _ window: XMLWindow) {
        if window.name(of: token, is: "rPh") {
            phoneticDepth += 1
        } else if phoneticDepth == 0 && window.name(of: token, is: "t") {
            inText = true
            sawText = true
            textStart = bytes.count
            preserve = window.attribute("space", of: token) == "preserve"
        }
    }

    mutating func close(_ token: XMLToken, _ window: XMLWindow) {
        if window.name(of: token, is: "rPh") {
            phoneticDepth = max(phoneticDepth - 1, 0)
        } else if inText && window.name(of: token, is: "t") {
            inText = false
            if !preserve { XMLText.trimSpace(&bytes, from: textStart) }
        }
    }

    mutating func append(_ token: XMLToken, _ window: XMLWindow) throws {
        guard inText else { return }
        XMLText.appendDecoded(window.base, token.start, token.end, to: &bytes, isCDATA: token.kind == .cdata)
        try CellTextLimit.check(byteCount: bytes.count, limits: limits, part: part)
    }

    /// The item's text, checked against the cell-length limit.
    mutating func finish() throws -> String {
        XMLText.unescapeExcel(&bytes)
        return try CellTextLimit.string(from: bytes, limits: limits, part: part)
    }
}

/// Excel's limit on characters in a cell, counted in UTF-16 units as Excel does.
enum CellTextLimit {
    /// A cheap early check while text accumulates: no character takes more than 4 UTF-8 bytes.
    @inline(__always)
    static func check(byteCount: Int, limits: SafetyLimits, part: String) throws {
        if byteCount > limits.maxCellCharacters * 4 { throw tooLong(limits, part) }
    }

    /// The text of `bytes`, or an error when it is longer than the limit.
    static func string(from bytes: [UInt8], limits: SafetyLimits, part: String) throws -> String {
        let string = String(decoding: bytes, as: UTF8.self)
        if bytes.count > limits.maxCellCharacters && string.utf16.count > limits.maxCellCharacters { throw tooLong(limits, part) }
        return string
    }

    static func tooLong(_ limits: SafetyLimits, _ part: String) -> UnreadableFile {
        UnreadableFile(vi: "Một ô trong \(part) dài hơn giới hạn \(limits.maxCellCharacters) ký tự của Excel.",
                       en: "A cell in \(part) is longer than Excel's \(limits.maxCellCharacters)-character limit.",
                       limit: "maxCellCharacters")
    }
}
