import FuzzSupport
import Sheets

/// XLS: the OLE2 compound file (libgsf) and the BIFF5/BIFF8 records, over any bytes.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzXLS(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = Fuzzing.data(start, count)
    _ = try? Spreadsheets.read(bytes: bytes, fileName: "fuzz.xls", limits: Fuzzing.limits)
    return 0
}
