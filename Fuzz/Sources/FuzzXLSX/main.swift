import Foundation
import FuzzSupport
import Sheets

/// XLSX. The first byte picks what the rest is: (even) a whole file, for the zip container and package
/// parts; (odd) a worksheet part and, after the first NUL byte, a shared-strings part, packed into a valid
/// package so that mutations reach the XML scanners.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzXLSX(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let start else { return 0 }
    guard count > 0 else { return 0 }
    let input = Fuzzing.data(start, count)
    let mode = input[input.startIndex]
    let rest = input.dropFirst()
    let bytes: Data
    if mode & 1 == 0 {
        bytes = Data(rest)
    } else {
        let split = rest.firstIndex(of: 0) ?? rest.endIndex
        let sheet = Data(rest[rest.startIndex..<split])
        let strings = split < rest.endIndex ? Data(rest[rest.index(after: split)...]) : Data()
        guard let package = Fuzzing.xlsx(sheet: sheet, sharedStrings: strings) else { return 0 }
        bytes = package
    }
    _ = try? Spreadsheets.read(bytes: bytes, fileName: "fuzz.xlsx", limits: Fuzzing.limits)
    return 0
}

// Reached only when SwiftPM's entry point wins over libFuzzer's own main (see Fuzzing.runDriver).
Fuzzing.runDriver { fuzzXLSX($0, $1) }
