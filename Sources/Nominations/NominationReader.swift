import Campaign
import Sheets

/// The stage "map headers and values → validate": finds the table on each visible sheet, maps its headers,
/// reads and repairs its values, and applies every `S-*` and `R-*` rule for the award year `year`.
public enum NominationReader {
    /// Reads the nominations of one input. `source` names the input in findings and row locations.
    public static func read(_ workbook: Workbook, source: String, campaign: Campaign, year: Int) -> SheetReading {
        // STUB: replaced by the layout / header / value / rule implementation.
        SheetReading()
    }
}
