import CZip
import Foundation
@testable import Sheets

/// Builds small XLSX packages in memory for the tests (ordinary or hostile), with libzip.
struct XLSXTestWorkbook {
    /// Parts by name, in the order they are written.
    var parts: [(name: String, bytes: [UInt8])] = []

    /// A one-sheet workbook whose `<sheetData>` holds `sheetData`, with optional shared strings, styles and
    /// a `workbookPr`.
    static func oneSheet(_ sheetData: String, sharedStrings: [String]? = nil, styles: String? = nil,
                         workbookPr: String = "", sheetsXML: String? = nil) -> XLSXTestWorkbook {
        var book = XLSXTestWorkbook()
        book.add("[Content_Types].xml", #"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>"#)
        book.add("_rels/.rels", #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#)
        book.add("xl/workbook.xml", #"<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">"#
            + workbookPr + "<sheets>" + (sheetsXML ?? #"<sheet name="Sheet1" sheetId="1" r:id="rId1"/>"#) + "</sheets></workbook>")
        var rels = #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>"#
        if sharedStrings != nil {
            rels += #"<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>"#
        }
        if styles != nil {
            rels += #"<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>"#
        }
        book.add("xl/_rels/workbook.xml.rels", rels + "</Relationships>")
        book.add("xl/worksheets/sheet1.xml", #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#
            + sheetData + "</sheetData></worksheet>")
        if let sharedStrings {
            book.add("xl/sharedStrings.xml", #"<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#
                + sharedStrings.map { "<si>\($0)</si>" }.joined() + "</sst>")
        }
        if let styles { book.add("xl/styles.xml", #"<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"# + styles + "</styleSheet>") }
        return book
    }

    /// Styles whose `cellXfs` are the given number-format ids (style 0 is the first), with custom codes.
    static func styles(formats: [Int], customCodes: [Int: String] = [:], fonts: [String] = ["Calibri"]) -> String {
        let numFmts = customCodes.sorted { $0.key < $1.key }
            .map { #"<numFmt numFmtId="\#($0.key)" formatCode="\#(xmlEscaped($0.value))"/>"# }.joined()
        let fontList = fonts.map { #"<font><sz val="11"/><name val="\#($0)"/></font>"# }.joined()
        let xfs = formats.enumerated().map { #"<xf numFmtId="\#($0.element)" fontId="\#($0.offset % fonts.count)" fillId="0" borderId="0"/>"# }.joined()
        return "<numFmts>\(numFmts)</numFmts><fonts>\(fontList)</fonts><cellStyleXfs><xf numFmtId=\"0\" fontId=\"0\"/></cellStyleXfs><cellXfs>\(xfs)</cellXfs>"
    }

    static func xmlEscaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "<", with: "&lt;")
    }

    mutating func add(_ name: String, _ text: String) { parts.append((name, Array(text.utf8))) }

    mutating func replace(_ name: String, _ text: String) {
        parts.removeAll { $0.name == name }
        add(name, text)
    }

    /// The zip's bytes, written by libzip (deflated) into a temporary file and read back.
    func zipped() throws -> Data {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("xlsx-test-\(UUID().uuidString).xlsx")
        defer { try? FileManager.default.removeItem(at: url) }
        var error: Int32 = 0
        guard let archive = zip_open(url.path, ZIP_CREATE | ZIP_TRUNCATE, &error) else { throw TestZipError.open(error) }
        for part in parts {
            let copy = malloc(max(part.bytes.count, 1))!
            part.bytes.withUnsafeBytes { raw in if let base = raw.baseAddress { memcpy(copy, base, raw.count) } }
            guard let source = zip_source_buffer(archive, copy, zip_uint64_t(part.bytes.count), 1) else {
                free(copy)
                throw TestZipError.add(part.name)
            }
            if zip_file_add(archive, part.name, source, zip_flags_t(ZIP_FL_ENC_UTF_8)) < 0 {
                zip_source_free(source)
                throw TestZipError.add(part.name)
            }
        }
        guard zip_close(archive) == 0 else { throw TestZipError.close(String(cString: zip_strerror(archive))) }
        return try Data(contentsOf: url)
    }

    /// Reads the package with the XLSX reader.
    func read(limits: SafetyLimits = .default) throws -> Workbook {
        try Spreadsheets.read(bytes: try zipped(), fileName: "test.xlsx", limits: limits)
    }

    /// The reader's error for this package, or nil when it reads.
    func readError(limits: SafetyLimits = .default) throws -> UnreadableFile? {
        let bytes = try zipped()
        do {
            _ = try Spreadsheets.read(bytes: bytes, fileName: "test.xlsx", limits: limits)
            return nil
        } catch {
            return error
        }
    }

    enum TestZipError: Error { case open(Int32), add(String), close(String) }
}

extension Workbook {
    /// The first sheet's cell at a row and column, for short assertions.
    func xlsxCell(_ row: Int, _ column: Int, sheet: Int = 0) -> CellValue? {
        sheets[sheet].cells.first { $0.row == row && $0.column == column }?.value
    }
}
