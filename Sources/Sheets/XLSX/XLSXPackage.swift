import Foundation

/// The package structure of an XLSX file: where the workbook part is, its sheets (name, visibility, part)
/// in order, its date system, and where the shared strings and styles are. Relationship targets are
/// resolved as producers write them: relative (`worksheets/sheet1.xml`), absolute (`/xl/worksheets/sheet1.xml`),
/// with backslashes or another letter case.
struct XLSXPackage {
    /// One `<sheet>` of the workbook, with its part if the relationship resolves.
    struct SheetEntry {
        var name: String
        var isHidden: Bool
        var part: ZipArchive.Entry?
    }

    var sheets: [SheetEntry] = []
    var dateSystem = ExcelSerialDate.System.from1900
    var sharedStrings: ZipArchive.Entry?
    var styles: ZipArchive.Entry?

    init(archive: ZipArchive, limits: SafetyLimits) throws {
        let rootRelationships = try Self.relationships(of: "", archive: archive, limits: limits)
        let workbookPath = rootRelationships.first { $0.type.hasSuffix("/officeDocument") }?.target ?? "xl/workbook.xml"
        guard let workbook = archive.entry(atPartPath: workbookPath) ?? archive.entry(atPartPath: "xl/workbook.xml") else {
            throw UnreadableFile(vi: "Tệp không có phần workbook.xml: không phải bảng tính XLSX hợp lệ.",
                                 en: "The file has no workbook.xml part: it is not a valid XLSX workbook.")
        }
        let relationships = try Self.relationships(of: workbook.name, archive: archive, limits: limits)
        var byId: [String: String] = [:]
        for relationship in relationships { byId[relationship.id] = relationship.target }

        var declared: [(name: String, hidden: Bool, id: String?)] = []
        var is1904 = false
        try XMLPartScanner.scan(archive, workbook, limits: limits) { token, window in
            guard token.kind == .startTag || token.kind == .emptyTag else { return }
            if window.name(of: token, is: "sheet") {
                if declared.count >= limits.maxSheets {
                    throw UnreadableFile(vi: "Bảng tính có hơn \(limits.maxSheets) trang tính (giới hạn).",
                                         en: "The workbook has more than \(limits.maxSheets) sheets (the limit).", limit: "maxSheets")
                }
                let state = window.attribute("state", of: token)
                declared.append((window.attribute("name", of: token) ?? "Sheet\(declared.count + 1)",
                                 state == "hidden" || state == "veryHidden", window.attribute("id", of: token)))
            } else if window.name(of: token, is: "workbookPr") {
                let value = window.attribute("date1904", of: token)?.lowercased()
                is1904 = value == "1" || value == "true"
            }
        }
        dateSystem = is1904 ? .from1904 : .from1900
        sheets = declared.map { sheet in
            SheetEntry(name: sheet.name, isHidden: sheet.hidden, part: sheet.id.flatMap { byId[$0] }.flatMap { archive.entry(atPartPath: $0) })
        }
        let directory = Self.directory(of: workbook.name)
        sharedStrings = relationships.first { $0.type.hasSuffix("/sharedStrings") }.flatMap { archive.entry(atPartPath: $0.target) }
            ?? archive.entry(atPartPath: directory + "sharedStrings.xml")
        styles = relationships.first { $0.type.hasSuffix("/styles") }.flatMap { archive.entry(atPartPath: $0.target) }
            ?? archive.entry(atPartPath: directory + "styles.xml")
    }

    /// One relationship, its target resolved to a package path.
    struct Relationship {
        var id: String
        var type: String
        var target: String
    }

    /// The internal relationships of a part (`""` for the package itself), read from its `_rels/….rels`.
    static func relationships(of partName: String, archive: ZipArchive, limits: SafetyLimits) throws -> [Relationship] {
        let normalized = ZipArchive.partPath(partName)
        let directory = Self.directory(of: normalized)
        let fileName = String(normalized.dropFirst(directory.count))
        guard let entry = archive.entry(atPartPath: directory + "_rels/" + fileName + ".rels") else { return [] }
        var result: [Relationship] = []
        try XMLPartScanner.scan(archive, entry, limits: limits) { token, window in
            guard token.kind == .startTag || token.kind == .emptyTag, window.name(of: token, is: "Relationship") else { return }
            if window.attribute("TargetMode", of: token)?.lowercased() == "external" { return }
            guard let id = window.attribute("Id", of: token), let target = window.attribute("Target", of: token) else { return }
            result.append(Relationship(id: id, type: window.attribute("Type", of: token) ?? "", target: resolve(target, from: directory)))
        }
        return result
    }

    /// The folder of a part path, with its trailing `/` (`""` at the package root).
    static func directory(of path: String) -> String {
        let normalized = path.replacingOccurrences(of: "\\", with: "/")
        guard let slash = normalized.lastIndex(of: "/") else { return "" }
        return String(normalized[...slash])
    }

    /// A relationship target as a package path: absolute targets from the root, others from the source's
    /// folder, `.` and `..` segments applied (never above the root: names are not file-system paths).
    static func resolve(_ target: String, from directory: String) -> String {
        let cleaned = target.replacingOccurrences(of: "\\", with: "/")
        let joined = cleaned.hasPrefix("/") ? cleaned : directory + cleaned
        var segments: [Substring] = []
        for segment in joined.split(separator: "/", omittingEmptySubsequences: true) {
            if segment == "." { continue }
            if segment == ".." { _ = segments.popLast(); continue }
            segments.append(segment)
        }
        return segments.joined(separator: "/")
    }
}
