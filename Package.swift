// swift-tools-version: 6.0
// The khenthuong package: one executable (`khenthuong`) and the library modules it is built from,
// laid out along the data's path: inbox → sheets → nominations → consolidation → workbooks.
import PackageDescription

let package = Package(
    name: "khenthuong",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "khenthuong", targets: ["khenthuong"]),
        .library(name: "KhenThuongPipeline", targets: ["Pipeline"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        // System libraries, found through pkg-config (Debian: libxlsxwriter-dev, libzip-dev, libgsf-1-dev, libgmime-3.0-dev).
        .systemLibrary(name: "CXlsxWriter", pkgConfig: "xlsxwriter", providers: [.apt(["libxlsxwriter-dev"])]),
        .systemLibrary(name: "CZip", pkgConfig: "libzip", providers: [.apt(["libzip-dev"])]),
        .systemLibrary(name: "CGsf", pkgConfig: "libgsf-1", providers: [.apt(["libgsf-1-dev"])]),
        .systemLibrary(name: "CGMime", pkgConfig: "gmime-3.0", providers: [.apt(["libgmime-3.0-dev"])]),
        // GLib (pulled in by GMime and libgsf) for SHA-256 of inputs.
        .systemLibrary(name: "CGLib", pkgConfig: "glib-2.0", providers: [.apt(["libglib2.0-dev"])]),

        // Readers: CSV, XLSX, XLS → one cell model with source locations.
        .target(name: "Sheets", dependencies: ["CZip", "CGsf"]),
        // The campaign's vocabulary: units, award forms, years, rule ids, findings. No I/O.
        .target(name: "Campaign", dependencies: ["Sheets"]),
        // Tables found in sheets, headers mapped, values parsed, text repaired, row rules applied.
        .target(name: "Nominations", dependencies: ["Sheets", "Campaign"]),
        // Submissions merged: resubmissions, duplicates, quotas, deadline.
        .target(name: "Consolidation", dependencies: ["Campaign", "Nominations"]),
        // Council workbook, unit feedback, template.
        .target(name: "Workbooks", dependencies: ["CXlsxWriter", "Campaign", "Nominations", "Consolidation"]),
        // Files, folders, zip, .eml, mbox, Maildir → inputs with a source and a received time.
        .target(name: "Inbox", dependencies: ["CGMime", "Sheets", "Campaign", .product(name: "Yams", package: "Yams")]),
        // Pipeline files, stage orchestration, report.json.
        .target(name: "Pipeline", dependencies: [
            "Sheets", "Campaign", "Nominations", "Consolidation", "Workbooks", "Inbox", "CGLib",
            .product(name: "Yams", package: "Yams"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        .executableTarget(name: "khenthuong", dependencies: [
            "Pipeline", "Sheets", "Campaign",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "Logging", package: "swift-log"),
        ]),

        .testTarget(name: "SheetsTests", dependencies: ["Sheets"]),
        .testTarget(name: "CampaignTests", dependencies: [
            "Campaign", .product(name: "PropertyBased", package: "swift-property-based"),
        ]),
        .testTarget(name: "NominationsTests", dependencies: [
            "Nominations", "Sheets", "Campaign", .product(name: "PropertyBased", package: "swift-property-based"),
        ]),
        .testTarget(name: "ConsolidationTests", dependencies: [
            "Consolidation", "Nominations", "Campaign",
            .product(name: "PropertyBased", package: "swift-property-based"),
        ]),
        .testTarget(name: "WorkbooksTests", dependencies: [
            "Workbooks", "Sheets", "Campaign", "Consolidation", "Nominations",
            .product(name: "PropertyBased", package: "swift-property-based"),
        ]),
        .testTarget(name: "InboxTests", dependencies: ["Inbox", "Sheets", "Campaign"]),
        .testTarget(name: "PipelineTests", dependencies: [
            "Pipeline", "Sheets", "Campaign",
            .product(name: "PropertyBased", package: "swift-property-based"),
        ]),
        .testTarget(name: "EndToEndTests", dependencies: ["Pipeline", "Sheets"]),
    ],
    swiftLanguageModes: [.v6]
)
