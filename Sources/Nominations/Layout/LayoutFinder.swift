import Campaign
import Sheets

/// Finds the table on each visible sheet of a workbook (domain.md, "What a unit's sheet looks like in
/// practice" and "Finding the table").
public enum LayoutFinder {
    /// Reads the layout of one input.
    ///
    /// Hidden sheets and sheets named as instructions or lists are skipped, as is a visible sheet without a
    /// header row; `F-NO-TABLE` is raised only when no sheet read has one. Every header, title and section
    /// text goes through `repairer` before it is matched; a repaired header or title gives one `S-ENCODING`
    /// on the input. `fieldCells` keep the cells as stored.
    /// - Parameters:
    ///   - source: names the input in row locations.
    ///   - year: the run's year (it decides between two columns that map to one field).
    public static func find(_ workbook: Workbook, source: String, repairer: TextRepairer, campaign: Campaign, year: Int) -> LayoutResult {
        var result = LayoutResult()
        var sheetsRead: [String?] = []
        var sheetsNotRead = 0
        var repairedIn: [String?] = []
        for sheet in workbook.sheets {
            if sheet.isHidden {
                result.skippedSheets.append((sheet.name, LayoutMessages.hiddenSheet)); sheetsNotRead += 1
                continue
            }
            if let name = sheet.name, LayoutText.isInstructionSheet(name) {
                result.skippedSheets.append((sheet.name, LayoutMessages.instructionSheet)); sheetsNotRead += 1
                continue
            }
            sheetsRead.append(sheet.name)
            let reader = SheetLayoutReader(sheet: sheet, source: source, repairer: repairer, campaign: campaign, year: year)
            let layouts = reader.read()
            if layouts.isEmpty { result.skippedSheets.append((sheet.name, LayoutMessages.noHeaderRow)) }
            for layout in layouts {
                result.tables.append(layout.table)
                result.rows += layout.rows
                result.findings += layout.findings
                for clue in layout.unitClues where !result.unitClues.contains(clue) { result.unitClues.append(clue) }
                if layout.repairedHeaderOrTitle, !repairedIn.contains(sheet.name) { repairedIn.append(sheet.name) }
            }
        }
        if !repairedIn.isEmpty {
            result.findings.append(Finding(rule: .sEncoding, severity: campaign.severity(of: .sEncoding),
                                           message: LayoutMessages.encoding(sheets: repairedIn)))
        }
        if result.tables.isEmpty {
            result.findings.append(Finding(rule: .fNoTable, severity: campaign.severity(of: .fNoTable),
                                           message: LayoutMessages.noTable(sheetsRead: sheetsRead, sheetsSkipped: sheetsNotRead)))
        }
        return result
    }
}
