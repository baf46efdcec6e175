import Campaign

/// What the title rows above a table say (domain.md: agency name, "DANH SÁCH TẬP THỂ ĐỀ NGHỊ …", "năm
/// 2025"): their text for `inspect`, the kind, award form and year they name, and clues to the unit.
struct TitleRows {
    /// Each non-blank title row with its cells' texts joined.
    var rows: [(row: Int, text: String)] = []
    /// The kind the titles name; nil when none does or they name both.
    var kind: NomineeKind?
    /// The award form the titles name; nil when none does or they name two.
    var award: String?
    /// The year a title names ("năm 2025"), never a place-and-date line's.
    var year: Int?
    /// Each title cell's text: a unit's name beside the national motto stays apart from it.
    var clues: [String] = []
    /// Whether a title cell's text was repaired.
    var repaired = false

    /// Reads the rows `range` of a sheet; `inheritedYear` is the sheet's title year for a second table.
    init(_ text: SheetText, range: Range<Int>, campaign: Campaign, inheritedYear: Int?) {
        var kinds = Set<NomineeKind>(), awards = Set<String>()
        year = inheritedYear
        for row in text.rows[range] where !row.isBlank {
            rows.append((row.row, row.joinedText))
            repaired = repaired || row.cells.contains(where: \.isRepaired)
            for cell in row.cells {
                if cell.text.contains(where: \.isLetter), !clues.contains(cell.text) { clues.append(cell.text) }
                guard !LayoutText.isPlaceAndDateLine(cell.text, words: cell.words) else { continue }
                if let kind = LayoutText.kind(in: cell.words) { kinds.insert(kind) }
                if let award = LayoutText.award(in: cell.words, campaign: campaign) { awards.insert(award) }
                if year == nil { year = LayoutText.titleYear(cell.text, words: cell.words) }
            }
        }
        kind = kinds.count == 1 ? kinds.first : nil
        award = awards.count == 1 ? awards.first : nil
    }
}
