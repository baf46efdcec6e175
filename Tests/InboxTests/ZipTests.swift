import Foundation
import Sheets
import Testing
@testable import Inbox

/// Zips of sheets, bare and attached; made by Python's zipfile (fixtures/mail/make_mail.py).
@Suite struct ZipTests {
    @Test func aBareZipsSpreadsheetMembersAreNamedAfterIt() throws {
        let inbox = try ScratchInbox()
        try inbox.copy("zip/ho-so.zip", to: "khtc/ho-so.zip")
        let items = try inbox.collect()
        // Sorted by name bytes ('.' 0x2E < 'D' 0x44 < 'b' 0x62); the PDF, the folder entry and the macOS
        // resource fork are not inputs; the nested zip is opened.
        #expect(items.sources == ["khtc/ho-so.zip#../../x.csv", "khtc/ho-so.zip#DS.xlsx",
                                  "khtc/ho-so.zip#bieu-mau/nested.zip#inner.csv"])
        #expect(items.allSatisfy { $0.messageKey == "khtc/ho-so.zip" })
        #expect(items.allSatisfy { $0.containerFileName == "ho-so.zip" && $0.folderName == "khtc" })
        #expect(items.map(\.fileName) == ["x.csv", "DS.xlsx", "inner.csv"])
        #expect(items[1].bytes == (try Fixtures.bytes("sheets/DS.xlsx")))
        #expect(items[2].bytes == (try Fixtures.bytes("sheets/ldvl.csv")))
    }

    @Test func anEntryNamedWithDotDotIsOnlyAName() throws {
        let inbox = try ScratchInbox()
        try inbox.copy("zip/ho-so.zip", to: "a/b/ho-so.zip")
        let items = try inbox.collect()
        let climbing = try #require(items.item("a/b/ho-so.zip#../../x.csv"))
        #expect(climbing.bytes == (try Fixtures.bytes("sheets/ldvl.csv")))
        // Nothing was written outside (or inside) the inbox.
        let root = inbox.url.deletingLastPathComponent()
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("x.csv").path))
        #expect(!FileManager.default.fileExists(atPath: inbox.url.appendingPathComponent("x.csv").path))
    }

    @Test func aZipWithoutSpreadsheetsIsNotAnInput() throws {
        let inbox = try ScratchInbox()
        try inbox.copy("zip/photos.zip", to: "anh.zip")
        #expect(try inbox.collect().isEmpty)
    }

    @Test func aDamagedZipIsUnreadable() throws {
        let inbox = try ScratchInbox()
        let zip = try Fixtures.bytes("zip/ho-so.zip")
        try inbox.write(zip.prefix(zip.count / 2), to: "ho-so.zip")
        let items = try inbox.collect()
        #expect(items.sources == ["ho-so.zip"])
        #expect(items.first?.unreadableReason != nil)
    }

    @Test func aZipAttachedToAMessageAddsAStep() throws {
        let inbox = try ScratchInbox()
        try inbox.copy("eml/zip-in-mail.eml", to: "mail/a.eml")
        let items = try inbox.collect()
        #expect(items.sources == ["mail/a.eml#ho-so.zip#../../x.csv", "mail/a.eml#ho-so.zip#DS.xlsx",
                                  "mail/a.eml#ho-so.zip#bieu-mau/nested.zip#inner.csv"])
        #expect(items.allSatisfy { $0.messageKey == "mail/a.eml" && $0.senderAddress == "khtc@sldtbxh.example.vn" })
        #expect(items.allSatisfy { $0.received == instant("2025-12-13T16:45:00+07:00") })
        #expect(items[1].bytes == (try Fixtures.bytes("sheets/DS.xlsx")))
    }

    @Test func aZipMemberOverTheSizeLimitIsUnreadableWithTheLimitNamed() throws {
        let inbox = try ScratchInbox()
        try inbox.copy("zip/big-member.zip", to: "ho-so.zip")
        var limits = SafetyLimits()
        limits.maxFileBytes = 100_000  // big.csv inflates to 200,000 bytes; the zip itself is a few kB.
        let items = try inbox.collect(limits: limits)
        #expect(items.sources == ["ho-so.zip#big.csv", "ho-so.zip#small.csv"])
        #expect(items[0].unreadableReason?.limit == "maxFileBytes")
        #expect(items[1].bytes == (try Fixtures.bytes("sheets/ldvl.csv")))
        // A zip over the limit is refused whole, before it is opened.
        limits.maxFileBytes = 500  // the zip is 898 bytes
        let whole = try inbox.collect(limits: limits)
        #expect(whole.sources == ["ho-so.zip"])
        #expect(whole.first?.unreadableReason?.limit == "maxFileBytes")
    }
}
