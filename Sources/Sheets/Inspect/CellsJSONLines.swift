/// STUB: the `inspect --cells` lines; the XLSX helper writes the real one.
public enum CellsJSONLines {
    public static func lines(for workbook: Workbook) -> [String] { [] }
}
