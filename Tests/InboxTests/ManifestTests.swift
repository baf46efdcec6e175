import Foundation
import Sheets
import Testing
@testable import Inbox

/// `received.yaml` (cli-contract.md, "The manifest").
@Suite struct ManifestTests {
    @Test func theLongestMatchingKeyWins() throws {
        let inbox = try ScratchInbox()
        try inbox.copy("sheets/DS.xlsx", to: "khtc/DS.xlsx")
        try inbox.copy("sheets/NCC.xlsx", to: "khtc/dot2/NCC.xlsx")
        try inbox.copy("sheets/TTRA.xlsx", to: "khtc/dot2/TTRA.xlsx")
        try inbox.copy("sheets/ldvl.csv", to: "ldvl.csv")
        try inbox.write("""
            # when each file came in
            khtc/: 2025-12-01T08:00:00+07:00
            khtc/dot2/: 2025-12-10T08:00:00+07:00
            khtc/dot2/TTRA.xlsx: 2025-12-14T23:00:00+07:00
            """, to: "received.yaml")
        let items = try inbox.collect()
        #expect(items.item("khtc/DS.xlsx")?.received == instant("2025-12-01T08:00:00+07:00"))
        #expect(items.item("khtc/dot2/NCC.xlsx")?.received == instant("2025-12-10T08:00:00+07:00"))
        #expect(items.item("khtc/dot2/TTRA.xlsx")?.received == instant("2025-12-14T23:00:00+07:00"))
        #expect(items.item("khtc/DS.xlsx")?.receivedOrigin == .manifest)
        // Not covered: the file's own time, flagged as such.
        #expect(items.item("ldvl.csv")?.receivedOrigin == .modificationTime)
        // The manifest itself is not an input.
        #expect(!items.sources.contains("received.yaml"))
    }

    @Test func aTimeWithoutOffsetIsTheCampaignsZone() throws {
        let inbox = try ScratchInbox()
        try inbox.copy("sheets/DS.xlsx", to: "a.xlsx")
        try inbox.copy("sheets/DS.xlsx", to: "b.xlsx")
        try inbox.copy("sheets/DS.xlsx", to: "c.xlsx")
        try inbox.copy("sheets/DS.xlsx", to: "d.xlsx")
        try inbox.write("""
            a.xlsx: 2025-12-14T23:59:00
            b.xlsx: 2025-12-14 23:59
            c.xlsx: "2025-12-14T16:59:00Z"
            d.xlsx: 2025-12-14T17:30:00.250+00:00
            """, to: "received.yaml")
        let items = try inbox.collect()
        #expect(items.item("a.xlsx")?.received == instant("2025-12-14T23:59:00+07:00"))
        #expect(items.item("b.xlsx")?.received == instant("2025-12-14T23:59:00+07:00"))
        #expect(items.item("c.xlsx")?.received == instant("2025-12-14T23:59:00+07:00"))
        #expect(items.item("d.xlsx")?.received == Date(timeIntervalSince1970: 1_765_733_400.25))
    }

    @Test func theCampaignOffsetIsTheOneGiven() throws {
        let inbox = try ScratchInbox()
        try inbox.copy("sheets/DS.xlsx", to: "a.xlsx")
        try inbox.write("a.xlsx: 2025-12-14T23:59:00\n", to: "received.yaml")
        let items = try Inbox.collect(paths: [inbox.url.path], limits: .default, utcOffsetSeconds: 0)
        #expect(items.first?.received == instant("2025-12-14T23:59:00Z"))
    }

    @Test func aManifestThatDoesNotParseIsAnErrorNamingTheLine() throws {
        let inbox = try ScratchInbox()
        try inbox.copy("sheets/DS.xlsx", to: "a.xlsx")
        try inbox.write("a.xlsx: 2025-12-14T23:59:00\nb.xlsx: [unclosed\nc.xlsx: 2025-12-01T00:00:00\n", to: "received.yaml")
        let error = try #require(throws: InboxError.self) { try inbox.collect() }
        #expect(error.en.contains("received.yaml"))
        #expect(error.en.contains("line 3") || error.en.contains("line 2"))
        #expect(error.vi.contains("dòng"))
    }

    @Test func aTimeThatDoesNotParseIsAnErrorNamingItsLine() throws {
        let inbox = try ScratchInbox()
        try inbox.write("""
            a.xlsx: 2025-12-14T23:59:00+07:00
            khtc/: 14/12/2025 9 giờ
            """, to: "received.yaml")
        let error = try #require(throws: InboxError.self) { try inbox.collect() }
        #expect(error.en.contains("received.yaml, line 2"))
        #expect(error.en.contains("14/12/2025 9 giờ"))
        #expect(error.vi.contains("dòng 2"))
    }

    @Test func aManifestThatIsNotAMappingIsAnError() throws {
        let inbox = try ScratchInbox()
        try inbox.write("- a.xlsx\n- b.xlsx\n", to: "received.yaml")
        let error = try #require(throws: InboxError.self) { try inbox.collect() }
        #expect(error.en.contains("line 1"))
    }

    @Test func aRepeatedKeyIsAnError() throws {
        let inbox = try ScratchInbox()
        try inbox.write("a.xlsx: 2025-12-01T00:00:00\na.xlsx: 2025-12-02T00:00:00\n", to: "received.yaml")
        let error = try #require(throws: InboxError.self) { try inbox.collect() }
        #expect(error.en.contains("line 1"))
        #expect(error.en.contains("\"a.xlsx\" is repeated"))
        // The same file spelt two ways is repeated too.
        try inbox.write("a.xlsx: 2025-12-01T00:00:00\n./a.xlsx: 2025-12-02T00:00:00\n", to: "received.yaml")
        let spelt = try #require(throws: InboxError.self) { try inbox.collect() }
        #expect(spelt.en.contains("line 2"))
    }

    @Test func aBareZipsMembersTakeTheZipsEntry() throws {
        let inbox = try ScratchInbox()
        try inbox.copy("zip/ho-so.zip", to: "khtc/ho-so.zip")
        try inbox.write("khtc/ho-so.zip: 2025-12-02T10:00:00+07:00\n", to: "received.yaml")
        let items = try inbox.collect()
        #expect(items.count == 3)
        #expect(items.allSatisfy { $0.received == instant("2025-12-02T10:00:00+07:00") && $0.receivedOrigin == .manifest })
    }
}
