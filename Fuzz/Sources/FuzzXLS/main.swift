import FuzzSupport
import Sheets

/// XLS: the OLE2 compound file (libgsf) and the BIFF5/BIFF8 records, over any bytes.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzXLS(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let start else { return 0 }
    let bytes = Fuzzing.data(start, count)
    _ = try? Spreadsheets.read(bytes: bytes, fileName: "fuzz.xls", limits: Fuzzing.limits)
    return 0
}

// Reached only when SwiftPM's entry point wins over libFuzzer's own main (see Fuzzing.runDriver).
Fuzzing.runDriver { fuzzXLS($0, $1) }
