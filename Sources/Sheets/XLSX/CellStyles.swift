/// What the reader needs of `xl/styles.xml`: for each cell style (`cellXfs` index, a cell's `s`), whether its
/// number format is a date or time, and its font's name — one shared `String` per font.
struct CellStyles {
    /// One entry per `cellXfs/xf`.
    private(set) var kinds: [NumberFormatKind] = []
    private(set) var fonts: [String?] = []

    /// No styles part: every cell is a plain number or text, without a font.
    init() {}

    init(archive: ZipArchive, entry: ZipArchive.Entry, limits: SafetyLimits) throws {
        var customFormats: [Int: String] = [:]
        var fontNames: [String?] = []
        var xfs: [(numFmtId: Int, fontId: Int)] = []
        var section = Section.other
        var fontDepth = 0
        try XMLPartScanner.scan(archive, entry, limits: limits) { token, window in
            switch token.kind {
            case .startTag, .emptyTag:
                let isStart = token.kind == .startTag
                if window.name(of: token, is: "numFmts") {
                    if isStart { section = .numFmts }
                } else if section == .numFmts && window.name(of: token, is: "numFmt") {
                    if let id = window.attribute("numFmtId", of: token).flatMap({ Int($0) }),
                       let code = window.attribute("formatCode", of: token) {
                        customFormats[id] = code
                    }
                } else if window.name(of: token, is: "fonts") {
                    if isStart { section = .fonts }
                } else if window.name(of: token, is: "cellXfs") {
                    if isStart { section = .cellXfs }
                } else if section == .fonts && window.name(of: token, is: "font") {
                    fontNames.append(nil)
                    if isStart { fontDepth = 1 }
                } else if section == .fonts && fontDepth > 0 && window.name(of: token, is: "name") {
                    if let name = window.attribute("val", of: token), !fontNames.isEmpty { fontNames[fontNames.count - 1] = name }
                } else if section == .cellXfs && window.name(of: token, is: "xf") {
                    let numFmtId = window.attribute("numFmtId", of: token).flatMap { Int($0) } ?? 0
                    let fontId = window.attribute("fontId", of: token).flatMap { Int($0) } ?? 0
                    xfs.append((numFmtId, fontId))
                }
            case .endTag:
                if window.name(of: token, is: "fonts") || window.name(of: token, is: "cellXfs") || window.name(of: token, is: "numFmts") {
                    section = .other
                }
                else if window.name(of: token, is: "font") { fontDepth = 0 }
            case .text, .cdata:
                break
            }
        }
        // One String per font, so that cells share it rather than copy it.
        var kindByFormat: [Int: NumberFormatKind] = [:]
        for xf in xfs {
            let kind: NumberFormatKind
            if let known = kindByFormat[xf.numFmtId] {
                kind = known
            } else {
                if let code = customFormats[xf.numFmtId] {
                    kind = code.lowercased() == "general" ? .number : NumberFormatKind.custom(code)
                } else {
                    kind = NumberFormatKind.builtIn(xf.numFmtId)
                }
                kindByFormat[xf.numFmtId] = kind
            }
            kinds.append(kind)
            fonts.append(fontNames.indices.contains(xf.fontId) ? fontNames[xf.fontId] : nil)
        }
    }

    private enum Section { case other, numFmts, fonts, cellXfs }

    /// The number-format kind of style `index` (a number when the style is unknown).
    @inline(__always)
    func kind(_ index: Int) -> NumberFormatKind { index >= 0 && index < kinds.count ? kinds[index] : .number }

    /// The font name of style `index`.
    @inline(__always)
    func font(_ index: Int) -> String? { index >= 0 && index < fonts.count ? fonts[index] : nil }
}
