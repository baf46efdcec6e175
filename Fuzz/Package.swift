// swift-tools-version: 6.0
// libFuzzer targets for khenthuong's readers: a package of its own so that the fuzzer and address sanitizer flags
// never touch the main build. Build with scripts/fuzz.sh (it passes -sanitize=fuzzer,address).
import PackageDescription

let package = Package(
    name: "khenthuong-fuzz",
    dependencies: [.package(name: "khenthuong", path: "..")],
    targets: [
        // libFuzzer's LLVMFuzzerRunDriver, declared for Swift.
        .target(name: "CFuzzerDriver"),
        // Shared helpers: the campaign, building an xlsx around fuzzed XML, temporary files, the driver.
        .target(name: "FuzzSupport", dependencies: ["CFuzzerDriver", .product(name: "KhenThuongPipeline", package: "khenthuong")]),
        // CSV reader with encoding and delimiter detection.
        .executableTarget(name: "FuzzCSV", dependencies: ["FuzzSupport"]),
        // XLSX: the zip container, and the sheet / shared-string XML scanners.
        .executableTarget(name: "FuzzXLSX", dependencies: ["FuzzSupport"]),
        // XLS: the OLE2 container and the BIFF records.
        .executableTarget(name: "FuzzXLS", dependencies: ["FuzzSupport"]),
        // MIME intake through GMime: one message, and an mbox.
        .executableTarget(name: "FuzzMIME", dependencies: ["FuzzSupport"]),
        // Header and layout detection (NominationReader.read) over a workbook parsed from fuzzed CSV.
        .executableTarget(name: "FuzzLayout", dependencies: ["FuzzSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
