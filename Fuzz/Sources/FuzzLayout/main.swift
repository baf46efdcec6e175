import FuzzSupport
import Nominations
import Sheets

/// Header and layout detection, value parsing and row rules (`NominationReader.read`) over a workbook read
/// from fuzzed CSV: CSV is the cheapest grammar that reaches every cell arrangement the layout finder sees.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLayout(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let start else { return 0 }
    let bytes = Fuzzing.data(start, count)
    guard let workbook = try? Spreadsheets.read(bytes: bytes, fileName: "fuzz.csv", limits: Fuzzing.limits) else { return 0 }
    _ = NominationReader.read(workbook, source: "fuzz.csv", campaign: Fuzzing.campaign, year: 2025)
    return 0
}

// Reached only when SwiftPM's entry point wins over libFuzzer's own main (see Fuzzing.runDriver).
Fuzzing.runDriver { fuzzLayout($0, $1) }
