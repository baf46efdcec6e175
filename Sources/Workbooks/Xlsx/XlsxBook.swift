import Foundation
import CXlsxWriter

/// A thin owner of one libxlsxwriter workbook: its sheets, its formats (one per `CellStyle`), its
/// document properties, and the translation of libxlsxwriter's error codes into `WorkbookWriteError`.
final class XlsxBook {
    private var handle: UnsafeMutablePointer<lxw_workbook>?
    private var formats: [CellStyle: UnsafeMutablePointer<lxw_format>] = [:]
    private(set) var sheets: [XlsxSheet] = []
    /// Strings handed to libxlsxwriter through `char *` fields, freed when the book is.
    private var retained: [UnsafeMutablePointer<CChar>] = []
    private var retainedLists: [UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>] = []

    /// Whether rows are streamed to disk as they are written (libxlsxwriter's `constant_memory` mode): each
    /// sheet must then be written top to bottom, and its text is stored inline rather than in a shared table.
    let streaming: Bool
    /// The last few styles asked for and their formats: cells of a table cycle through two or three styles,
    /// and comparing a style is cheaper than hashing it.
    private var recentFormats: [(style: CellStyle, format: UnsafeMutablePointer<lxw_format>)] = []

    /// Starts a workbook that `close()` writes to `path`; `streaming` for the large lists (see `streaming`).
    init(path: String, streaming: Bool = false) throws {
        var options = lxw_workbook_options()
        options.constant_memory = streaming ? 1 : 0
        guard let handle = workbook_new_opt(path, &options) else {
            throw WorkbookWriteError("libxlsxwriter could not start a workbook for \(path)")
        }
        self.handle = handle
        self.streaming = streaming
        useTimesNewRomanAsDefault(handle)
    }

    /// The default font sets Excel's column-width unit (the default font's digit width). libxlsxwriter fixes
    /// it at Calibri 11, which LibreOffice replaces by a wider font where Calibri is missing, so widths
    /// estimated for Times New Roman would print differently. Its default format is the first of the
    /// workbook's formats: set it to Times New Roman 12, the document's own font, so the unit is the same in
    /// Excel, WPS and LibreOffice (Liberation Serif shares its metrics).
    private func useTimesNewRomanAsDefault(_ handle: UnsafeMutablePointer<lxw_workbook>) {
        guard let formats = handle.pointee.formats, let defaultFormat = formats.pointee.stqh_first else { return }
        format_set_font_name(defaultFormat, CellStyle.fontName)
        format_set_font_size(defaultFormat, 12)
    }

    deinit {
        // A book abandoned after an error is freed without writing anything.
        if let handle { lxw_workbook_free(handle) }
        retained.forEach { free($0) }
        retainedLists.forEach { $0.deallocate() }
    }

    /// A C copy of `text` that lives as long as the book (for `char *` option fields); one copy per text.
    func cString(_ text: String) -> UnsafeMutablePointer<CChar>? {
        if let known = cStrings[text] { return known }
        let copy = strdup(text)
        if let copy { retained.append(copy); cStrings[text] = copy }
        return copy
    }
    private var cStrings: [String: UnsafeMutablePointer<CChar>] = [:]

    /// A NULL-terminated C array of copies of `values` (an inline drop-down list), living as long as the book.
    func cStringList(_ values: [String]) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> {
        let list = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: values.count + 1)
        for (index, value) in values.enumerated() { list[index] = cString(value) }
        list[values.count] = nil
        retainedLists.append(list)
        return list
    }

    /// Sets title, author and creation time; the creation time makes the bytes deterministic (libxlsxwriter
    /// would take the clock when it is 0).
    func setProperties(title: String, subject: String, author: String, created: Date) throws {
        guard let handle else { return }
        var properties = lxw_doc_properties()
        properties.title = cString(title)
        properties.subject = cString(subject)
        properties.author = cString(author)
        properties.company = cString(author)
        properties.created = time_t(created.timeIntervalSince1970.rounded(.down))
        try check(workbook_set_properties(handle, &properties), "set document properties")
    }

    /// Adds a sheet; names are made valid (no `[]:*?/\`, at most 31 characters) and unique first.
    func addSheet(_ name: String) throws -> XlsxSheet {
        guard let handle else { throw WorkbookWriteError("workbook already closed") }
        let valid = uniqueSheetName(name)
        guard let sheet = workbook_add_worksheet(handle, valid) else {
            throw WorkbookWriteError("libxlsxwriter could not add the sheet \(valid)")
        }
        let wrapped = XlsxSheet(book: self, handle: sheet, name: valid)
        sheets.append(wrapped)
        return wrapped
    }

    /// The format for `style`, created the first time the style is asked for.
    func format(_ style: CellStyle) -> UnsafeMutablePointer<lxw_format>? {
        for recent in recentFormats where recent.style == style { return recent.format }
        let format: UnsafeMutablePointer<lxw_format>
        if let known = formats[style] {
            format = known
        } else {
            guard let handle, let made = workbook_add_format(handle) else { return nil }
            style.apply(to: made)
            formats[style] = made
            format = made
        }
        if recentFormats.count == 4 { recentFormats.removeFirst() }
        recentFormats.append((style, format))
        return format
    }

    /// How many formats the book made: stays small whatever the number of cells.
    var formatCount: Int { formats.count }

    /// A chart to fill and insert into a sheet.
    func addChart(type: lxw_chart_type) -> UnsafeMutablePointer<lxw_chart>? {
        guard let handle else { return nil }
        return workbook_add_chart(handle, UInt8(type.rawValue))
    }

    /// Applies the sheets' estimated row heights and writes the file.
    func close() throws {
        guard let handle else { return }
        for sheet in sheets { try sheet.applyRowHeights() }
        self.handle = nil
        try check(workbook_close(handle), "write the workbook")
    }

    private func uniqueSheetName(_ name: String) -> String {
        let forbidden = Set("[]:*?/\\")
        var base = String(name.map { forbidden.contains($0) ? "-" : $0 }).trimmingCharacters(in: .whitespaces)
        if base.isEmpty { base = "Sheet" }
        if base.hasPrefix("'") { base.removeFirst() }
        var candidate = String(base.prefix(31))
        var n = 2
        let taken = Set(sheets.map { $0.name.lowercased() })
        while taken.contains(candidate.lowercased()) {
            let suffix = " (\(n))"
            candidate = String(base.prefix(31 - suffix.count)) + suffix
            n += 1
        }
        return candidate
    }
}

/// Excel's name of a 0-based column: A, B, … Z, AA, …
func columnLetters(_ index: Int) -> String {
    var n = index + 1, letters = ""
    while n > 0 {
        let remainder = (n - 1) % 26
        letters = String(UnicodeScalar(UInt8(65 + remainder))) + letters
        n = (n - 1) / 26
    }
    return letters
}

/// Throws libxlsxwriter's own error string when `error` is not `LXW_NO_ERROR`.
func check(_ error: lxw_error, _ what: String) throws {
    guard error != LXW_NO_ERROR else { return }
    let reason = lxw_strerror(error).map { String(cString: $0) } ?? "error \(error.rawValue)"
    throw WorkbookWriteError("libxlsxwriter could not \(what): \(reason)")
}
