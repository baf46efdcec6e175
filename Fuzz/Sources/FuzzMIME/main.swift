import FuzzSupport
import Inbox

/// MIME intake through GMime. The first byte picks what the rest is saved as: (even) one message, `.eml`;
/// (odd) an mbox. Intake takes the file as an inbox of its own, as `--inbox message.eml` does.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMIME(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let start else { return 0 }
    guard count > 0 else { return 0 }
    let input = Fuzzing.data(start, count)
    let name = input[input.startIndex] & 1 == 0 ? "fuzz.eml" : "fuzz.mbox"
    Fuzzing.withFile(input.dropFirst(), named: name) { path in
        _ = try? Inbox.collect(paths: [path], limits: Fuzzing.limits, utcOffsetSeconds: 7 * 3600)
    }
    return 0
}

// Reached only when SwiftPM's entry point wins over libFuzzer's own main (see Fuzzing.runDriver).
Fuzzing.runDriver { fuzzMIME($0, $1) }
