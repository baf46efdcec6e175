import Campaign
import Sheets

/// The stage "map headers and values → validate": finds the table on each visible sheet, maps its headers,
/// reads and repairs its values, and applies every `S-*` and `R-*` rule for the award year `year`.
public enum NominationReader {
    /// Reads the nominations of one input. `source` names the input in findings and row locations; `year` is
    /// the run's award year.
    public static func read(_ workbook: Workbook, source: String, campaign: Campaign, year: Int) -> SheetReading {
        // One repairer per input: whether text is legacy TCVN3/VNI is decided from all of the file's text.
        var texts: [(text: String, font: String?)] = []
        for sheet in workbook.sheets {
            for cell in sheet.cells {
                if case .string(let text) = cell.value { texts.append((text, cell.font)) }
            }
        }
        let repairer = TextRepairer(texts: texts)
        let layout = LayoutFinder.find(workbook, source: source, repairer: repairer, campaign: campaign, year: year)
        let reader = RowValueReader(campaign: campaign, year: year, repairer: repairer)
        return SheetReading(
            tables: layout.tables, skippedSheets: layout.skippedSheets,
            rows: layout.rows.map { readRow($0, reader: reader) },
            findings: layout.findings, unitClues: layout.unitClues)
    }

    /// Reads one located row: its values, their `S-VALUE` and `S-ENCODING` findings, then `S-REQUIRED` and
    /// every `R-*` rule, for the run's award year `year`. `repairer` is the input's (see `read`).
    public static func readRow(_ located: LocatedRow, campaign: Campaign, year: Int, repairer: TextRepairer) -> NominationRow {
        readRow(located, reader: RowValueReader(campaign: campaign, year: year, repairer: repairer))
    }

    private static func readRow(_ located: LocatedRow, reader: RowValueReader) -> NominationRow {
        let values = reader.read(located)
        let context = RuleContext(values: values, campaign: reader.campaign, runYear: reader.year)
        var row = values.row
        row.findings = Finding.ordered(values.findings + RowRules.findings(in: context))
        return row
    }
}
