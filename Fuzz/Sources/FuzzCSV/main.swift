import FuzzSupport
import Sheets

/// CSV: encoding detection (BOMs, UTF-16 without BOM, Windows-1258, TCVN3/VNI bytes), delimiter sniffing
/// and the quote-aware scanner, over any bytes.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = Fuzzing.data(start, count)
    _ = try? Spreadsheets.read(bytes: bytes, fileName: "fuzz.csv", limits: Fuzzing.limits)
    return 0
}
