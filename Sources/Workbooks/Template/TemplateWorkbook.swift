import Foundation
import CXlsxWriter
import Campaign

/// The blank submission workbook units fill in.
public enum TemplateWorkbook {
    /// Data rows made ready (formatted, unlocked, validated) under the header.
    static let dataRows = 100
    /// The hidden sheet holding drop-down lists too long to write inline.
    static let listSheetName = "DM"
    /// libxlsxwriter 1.1.4 copies an inline list into a 255-byte buffer (its issue #394), while counting
    /// characters: a list longer than this in UTF-8 bytes (quotes and commas included) goes to `DM`.
    static let inlineListLimit = 255

    /// Writes the template to `path`: the sheet to fill (headed with `unit`'s name, or a drop-down of the
    /// registry's units when nil), a "Hướng dẫn" sheet quoting the plan's criteria, and the hidden list sheet.
    /// Labels follow `language`; column headers stay those of domain.md so the tool maps them.
    public static func write(campaign: Campaign, unit: RegisteredUnit?, year: Int, language: Language,
                             printDay: (year: Int, month: Int, day: Int), createdAt: Date, to path: String) throws {
        let words = Wording(language: language)
        let book = try XlsxBook(path: path)
        try book.setProperties(title: words.t("Mẫu danh sách đề nghị khen thưởng năm \(year)", "Nomination template \(year)"),
                               subject: campaign.organisation.movement, author: campaign.organisation.agency, created: createdAt)
        let sheet = try book.addSheet(words.t("Danh sách đề nghị", "Nominations"))
        let guide = try book.addSheet(words.t("Hướng dẫn", "Instructions"))
        let lists = try book.addSheet(listSheetName)
        lists.hide()
        sheet.activate()
        let columns = TemplateColumn.all(campaign: campaign, year: year, words: words)
        let listRanges = try writeLists(columns: columns, units: campaign.units.map(\.name), into: lists)
        try TemplateSheet(campaign: campaign, unit: unit, year: year, words: words, columns: columns, listRanges: listRanges)
            .write(into: sheet)
        try TemplateGuide(campaign: campaign, year: year, words: words).write(into: guide)
        try book.close()
    }

    /// How a drop-down gets its values: inline, or a range of the list sheet.
    enum ListSource {
        case inline([String])
        case range(String)
    }

    /// Writes every list to the hidden sheet, one column each (units first), and decides for each whether it
    /// may stay inline. Keys: the column index, or -1 for the units.
    static func writeLists(columns: [TemplateColumn], units: [String], into sheet: XlsxSheet) throws -> [Int: ListSource] {
        var lists: [(key: Int, values: [String])] = [(-1, units)]
        for (index, column) in columns.enumerated() {
            if case .list(let values, _) = column.entry { lists.append((index, values)) }
        }
        var sources: [Int: ListSource] = [:]
        for (listColumn, list) in lists.enumerated() {
            guard !list.values.isEmpty else { continue }
            for (row, value) in list.values.enumerated() { try sheet.write(row, listColumn, value, CellStyle(size: 12, wrap: false)) }
            let letter = columnLetters(listColumn)
            let range = "=\(listSheetName)!$\(letter)$1:$\(letter)$\(list.values.count)"
            // A comma or quote inside a value would split it in an inline list.
            let inlineSafe = !list.values.contains { $0.contains(",") || $0.contains("\"") }
            sources[list.key] = inlineSafe && inlineBytes(list.values) <= inlineListLimit ? .inline(list.values) : .range(range)
        }
        return sources
    }

    /// The bytes an inline list takes in the file: values, separating commas and the surrounding quotes.
    static func inlineBytes(_ values: [String]) -> Int {
        values.reduce(0) { $0 + $1.utf8.count } + max(0, values.count - 1) + 2
    }
}
