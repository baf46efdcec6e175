import FuzzSupport
import Nominations
import Sheets

/// Header and layout detection, value parsing and row rules (`NominationReader.read`) over a workbook read
/// from fuzzed CSV: CSV is the cheapest grammar that reaches every cell arrangement the layout finder sees.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLayout(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = Fuzzing.data(start, count)
    guard let workbook = try? Spreadsheets.read(bytes: bytes, fileName: "fuzz.csv", limits: Fuzzing.limits) else { return 0 }
    _ = NominationReader.read(workbook, source: "fuzz.csv", campaign: Fuzzing.campaign, year: 2025)
    return 0
}
