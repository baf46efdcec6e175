import Foundation
import Sheets
import Testing
@testable import Inbox

/// `.eml` files made by Python's email package (fixtures/mail/make_mail.py), read through GMime.
@Suite struct MailMessageTests {
    /// Collects one fixture message copied into a scratch inbox at `path`.
    private func collect(_ fixture: String, as path: String) throws -> [InboxItem] {
        let inbox = try ScratchInbox()
        try inbox.copy(fixture, to: path)
        return try inbox.collect()
    }

    @Test func rfc2231ContinuationsAreJoinedAndDecoded() throws {
        let items = try collect("eml/khtc.eml", as: "mail/khtc.eml")
        let name = "Danh sách đề nghị khen thưởng phong trào thi đua cải cách hành chính năm 2025 - Phòng Kế hoạch Tài chính.xlsx"
        #expect(items.sources == ["mail/khtc.eml#" + name])
        let item = try #require(items.first)
        #expect(item.fileName == name)
        #expect(item.bytes == (try Fixtures.bytes("sheets/DS.xlsx")))
        #expect(item.senderAddress == "khtc@sldtbxh.example.vn")  // From had KHTC@…
        #expect(item.messageKey == "mail/khtc.eml")
        #expect(item.containerFileName == "khtc.eml")
        #expect(item.folderName == "mail")
        #expect(item.otherAttachments == ["Tờ trình.pdf"])
        #expect(item.forwardedBy == nil)
        guard case .spreadsheet(.xlsx) = item.content else { Issue.record("not an xlsx: \(item.content)"); return }
    }

    @Test func theTwoDeadlineInstantsKeepTheirOwnOffsets() throws {
        let deadline = instant("2025-12-15T00:00:00+07:00")
        let onTime = try #require(try collect("eml/khtc.eml", as: "khtc.eml").first)
        #expect(onTime.received == instant("2025-12-14T16:59:00Z"))
        #expect(onTime.receivedOrigin == .mailDate)
        #expect(try #require(onTime.received) < deadline)
        let late = try #require(try collect("eml/ldvl-rfc2047.eml", as: "ldvl.eml").first)
        #expect(late.received == instant("2025-12-15T00:30:00+07:00"))
        #expect(late.receivedOrigin == .mailDate)
        #expect(try #require(late.received) > deadline)
    }

    @Test func rfc2047NamesAndQuotedPrintableContentAreDecoded() throws {
        let items = try collect("eml/ldvl-rfc2047.eml", as: "ldvl.eml")
        #expect(items.sources == ["ldvl.eml#Danh sách LĐVL.csv"])
        #expect(items.first?.bytes == (try Fixtures.bytes("sheets/ldvl.csv")))
        #expect(items.first?.senderAddress == "ldvl@sldtbxh.example.vn")
    }

    @Test func repeatedNamesGetTildeNumbersAndUnnamedPartsTheirPosition() throws {
        let items = try collect("eml/duplicates.eml", as: "dup.eml")
        // Parts: 1 body text, 2 DS.xlsx, 3 DS.xlsx, 4 a sheet without a name.
        #expect(items.sources == ["dup.eml#DS.xlsx", "dup.eml#DS.xlsx~2", "dup.eml#part4"])
        #expect(items[0].bytes == (try Fixtures.bytes("sheets/DS.xlsx")))
        #expect(items[1].bytes == (try Fixtures.bytes("sheets/NCC.xlsx")))
        #expect(items[1].fileName == "DS.xlsx")
        #expect(items[2].bytes == (try Fixtures.bytes("sheets/TTRA.xlsx")))
        #expect(items[2].isSpreadsheet)
    }

    @Test func nestedMultipartsAreWalkedAndInlinePicturesAreNotAttachments() throws {
        let items = try collect("eml/nested.eml", as: "nested.eml")
        #expect(items.sources == ["nested.eml#Thanh tra.xlsx"])
        #expect(items.first?.bytes == (try Fixtures.bytes("sheets/TTRA.xlsx")))
        #expect(items.first?.otherAttachments == [])
        #expect(items.first?.received == instant("2025-12-11T10:15:00+07:00"))
    }

    @Test func aMessageThatOnlyForwardsCountsAsTheInnerMessage() throws {
        let items = try collect("eml/forward.eml", as: "fwd.eml")
        // No step for the forwarded message: its attachment is named as if the outer message carried it.
        #expect(items.sources == ["fwd.eml#NCC.xlsx"])
        let item = try #require(items.first)
        #expect(item.senderAddress == "ncc@sldtbxh.example.vn")
        #expect(item.received == instant("2025-12-10T09:00:00+07:00"))
        #expect(item.receivedOrigin == .mailDate)
        #expect(item.forwardedBy == "vanphong@sldtbxh.example.vn")
        #expect(item.forwardedDate == instant("2025-12-16T08:00:00+07:00"))
        #expect(item.bytes == (try Fixtures.bytes("sheets/NCC.xlsx")))
    }

    @Test func aMessageWithItsOwnSheetStaysTheOuterSendersEvenIfItForwards() throws {
        let items = try collect("eml/forward-with-own-sheet.eml", as: "f2.eml")
        #expect(items.sources == ["f2.eml#DS.xlsx", "f2.eml#NCC.xlsx"])
        #expect(items.allSatisfy { $0.senderAddress == "khtc@sldtbxh.example.vn" })
        #expect(items.allSatisfy { $0.received == instant("2025-12-12T14:00:00+07:00") })
        #expect(items.allSatisfy { $0.forwardedBy == nil })
    }

    @Test func aMessageWithoutASheetIsOneItemListingItsAttachments() throws {
        let items = try collect("eml/no-sheet.eml", as: "ncc/no-sheet.eml")
        #expect(items.count == 1)
        let item = try #require(items.first)
        #expect(item.source == "ncc/no-sheet.eml")
        #expect(item.isMessageWithoutSheet)
        // The input's bytes are the message's own (its SHA-256 names it in the report).
        #expect(item.bytes == FileManager.default.contents(atPath: Fixtures.mail.appendingPathComponent("eml/no-sheet.eml").path))
        // A zip of pictures is an attachment like the others, not an input.
        #expect(item.otherAttachments == ["Tờ trình.pdf", "Báo cáo.docx", "ảnh.zip"])
        #expect(item.senderAddress == "ncc@sldtbxh.example.vn")
        #expect(item.messageKey == "ncc/no-sheet.eml")
        #expect(item.received == instant("2025-12-08T09:00:00+07:00"))
    }

    @Test func aFileThatIsNotAMessageIsUnreadableAndTheWalkGoesOn() throws {
        let inbox = try ScratchInbox()
        try inbox.copy("eml/broken.eml", to: "a-broken.eml")
        try inbox.copy("eml/nested.eml", to: "b-good.eml")
        let items = try inbox.collect()
        #expect(items.sources == ["a-broken.eml", "b-good.eml#Thanh tra.xlsx"])
        let reason = try #require(items[0].unreadableReason)
        #expect(reason.en.contains("not a readable email message"))
        #expect(!reason.vi.isEmpty)
    }

    @Test func aMessageCutOffInsideItsAttachmentMakesThatAttachmentUnreadable() throws {
        let items = try collect("eml/truncated.eml", as: "cut.eml")
        let name = "Danh sách đề nghị khen thưởng phong trào thi đua cải cách hành chính năm 2025 - Phòng Kế hoạch Tài chính.xlsx"
        #expect(items.sources == ["cut.eml#" + name])
        #expect(items.first?.unreadableReason?.en.contains("cut off") == true)
        // The envelope is whole: the sender and Date still say who sent it and when.
        #expect(items.first?.senderAddress == "khtc@sldtbxh.example.vn")
        #expect(items.first?.received == instant("2025-12-14T23:59:00+07:00"))
    }

    @Test func aMessageWithoutAUsableDateFallsBackToTheManifest() throws {
        let inbox = try ScratchInbox()
        try inbox.copy("eml/no-date.eml", to: "khtc/no-date.eml")
        try inbox.copy("eml/bad-date.eml", to: "khtc/bad-date.eml")
        try inbox.copy("eml/khtc.eml", to: "khtc/khtc.eml")
        try inbox.write("khtc/: 2025-12-09T10:00:00+07:00\n", to: "received.yaml")
        let items = try inbox.collect()
        let noDate = try #require(items.item("khtc/no-date.eml#DS.xlsx"))
        #expect(noDate.received == instant("2025-12-09T10:00:00+07:00"))
        #expect(noDate.receivedOrigin == .manifest)
        let badDate = try #require(items.item("khtc/bad-date.eml#DS.xlsx"))
        #expect(badDate.received == instant("2025-12-09T10:00:00+07:00"))
        #expect(badDate.receivedOrigin == .manifest)
        // A usable Date wins over the manifest.
        let dated = try #require(items.first { $0.source.hasPrefix("khtc/khtc.eml#") })
        #expect(dated.received == instant("2025-12-14T23:59:00+07:00"))
        #expect(dated.receivedOrigin == .mailDate)
    }

    @Test func withNeitherDateNorManifestTheModificationTimeIsUsed() throws {
        let inbox = try ScratchInbox()
        try inbox.copy("eml/no-date.eml", to: "no-date.eml")
        let mtime = instant("2025-12-03T04:05:06Z")
        try FileManager.default.setAttributes([.modificationDate: mtime],
                                              ofItemAtPath: inbox.url.appendingPathComponent("no-date.eml").path)
        let item = try #require(try inbox.collect().first)
        #expect(item.received == mtime)
        #expect(item.receivedOrigin == .modificationTime)
    }

    @Test func anAttachmentOverTheSizeLimitIsUnreadableWithTheLimitNamed() throws {
        let inbox = try ScratchInbox()
        try inbox.copy("eml/khtc.eml", to: "khtc.eml")
        var limits = SafetyLimits()
        limits.maxFileBytes = 1000  // the sheet is about 5 kB, the PDF under 100 bytes
        let items = try inbox.collect(limits: limits)
        #expect(items.count == 1)
        #expect(items.first?.unreadableReason?.limit == "maxFileBytes")
        #expect(items.first?.otherAttachments == ["Tờ trình.pdf"])
        #expect(items.first?.senderAddress == "khtc@sldtbxh.example.vn")
    }
}
