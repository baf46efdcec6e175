import FuzzSupport
import Sheets

/// CSV: encoding detection (BOMs, UTF-16 without BOM, Windows-1258, TCVN3/VNI bytes), delimiter sniffing
/// and the quote-aware scanner, over any bytes.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let start else { return 0 }
    let bytes = Fuzzing.data(start, count)
    _ = try? Spreadsheets.read(bytes: bytes, fileName: "fuzz.csv", limits: Fuzzing.limits)
    return 0
}

// Reached only when SwiftPM's entry point wins over libFuzzer's own main (see Fuzzing.runDriver).
Fuzzing.runDriver { fuzzCSV($0, $1) }
