import Foundation
import Sheets
import Testing
@testable import Inbox

/// An mbox written by Python's `mailbox.mbox` and a Maildir written by `mailbox.Maildir`.
@Suite struct MailboxTests {
    @Test func mboxMessagesAreNumberedFromOne() throws {
        let inbox = try ScratchInbox()
        try inbox.copy("office.mbox", to: "office.mbox")
        let items = try inbox.collect()
        #expect(items.sources == ["office.mbox:1#KHTC.xlsx", "office.mbox:2", "office.mbox:3#DS.xlsx"])
        #expect(items.map(\.messageKey) == ["office.mbox:1", "office.mbox:2", "office.mbox:3"])
        #expect(items.map(\.senderAddress) == ["khtc@sldtbxh.example.vn", "ncc@sldtbxh.example.vn", "thanhtra@sldtbxh.example.vn"])
        #expect(items.map(\.received) == [instant("2025-12-01T08:00:00+07:00"), instant("2025-12-02T08:00:00+07:00"),
                                          instant("2025-12-03T08:00:00+07:00")])
        #expect(items[0].bytes == (try Fixtures.bytes("sheets/DS.xlsx")))
        #expect(items[1].isMessageWithoutSheet)
        #expect(items[1].otherAttachments == ["Tờ trình.pdf"])
        // The third message's body has ">From " lines; its attachment still decodes whole.
        #expect(items[2].bytes == (try Fixtures.bytes("sheets/TTRA.xlsx")))
        #expect(items.allSatisfy { $0.containerFileName == "office.mbox" })
    }

    @Test func aJunkEntryInAnMboxIsUnreadableAndTheOthersAreTaken() throws {
        let inbox = try ScratchInbox()
        try inbox.copy("broken.mbox", to: "broken.mbox")
        let items = try inbox.collect()
        #expect(items.sources == ["broken.mbox:1#DS.xlsx", "broken.mbox:2", "broken.mbox:3#NCC.xlsx"])
        #expect(items[1].unreadableReason != nil)
        #expect(items[1].messageKey == "broken.mbox:2")
        #expect(items[2].bytes == (try Fixtures.bytes("sheets/NCC.xlsx")))
        #expect(items[2].senderAddress == "ncc@sldtbxh.example.vn")
    }

    @Test func aFileNamedMboxThatIsNotOneIsUnreadable() throws {
        let inbox = try ScratchInbox()
        try inbox.write("Không phải hộp thư\n", to: "thu.mbox")
        try inbox.write("", to: "rong.mbox")
        let items = try inbox.collect()
        // An empty mbox holds no message: nothing to report.
        #expect(items.sources == ["thu.mbox"])
        #expect(items.first?.unreadableReason != nil)
    }

    @Test func anMboxWithoutExtensionIsKnownByItsFirstLine() throws {
        let inbox = try ScratchInbox()
        try inbox.copy("office.mbox", to: "Thu/Inbox")
        let items = try inbox.collect()
        #expect(items.sources == ["Thu/Inbox:1#KHTC.xlsx", "Thu/Inbox:2", "Thu/Inbox:3#DS.xlsx"])
        #expect(items.first?.folderName == "Thu")
    }

    @Test func anMboxManifestEntryCoversItsMessagesWithoutDate() throws {
        let inbox = try ScratchInbox()
        try inbox.copy("office.mbox", to: "office.mbox")
        try inbox.write("office.mbox: 2025-12-05T09:00:00+07:00\n", to: "received.yaml")
        let items = try inbox.collect()
        // Every message here has a Date, which comes first.
        #expect(items.allSatisfy { $0.receivedOrigin == .mailDate })
        #expect(items[0].received == instant("2025-12-01T08:00:00+07:00"))
    }

    @Test func maildirMessagesInCurAndNewAreNamedByTheirFilePath() throws {
        let inbox = try ScratchInbox()
        try inbox.copy("Maildir", to: "Maildir")
        // A delivery in progress in tmp/ is not a message yet.
        try inbox.copy("eml/khtc.eml", to: "Maildir/tmp/1735.M9P9.host")
        let items = try inbox.collect()
        #expect(items.sources == ["Maildir/cur/1733.M1P2.host:2,S#DS.xlsx", "Maildir/new/1734.M3P4.host#NCC.xlsx"])
        #expect(items[0].messageKey == "Maildir/cur/1733.M1P2.host:2,S")
        #expect(items[0].containerFileName == "1733.M1P2.host:2,S")
        #expect(items[0].senderAddress == "khtc@sldtbxh.example.vn")
        #expect(items[0].received == instant("2025-12-04T08:00:00+07:00"))
        #expect(items[1].senderAddress == "ncc@sldtbxh.example.vn")
        #expect(items[1].bytes == (try Fixtures.bytes("sheets/NCC.xlsx")))
        // cur/ and new/ say nothing of the unit: the folder clue is the Maildir's own name.
        #expect(items.allSatisfy { $0.folderName == "Maildir" })
    }

    @Test func anInboxThatIsItselfAMaildirHasNoFolderClue() throws {
        let items = try Inbox.collect(paths: [Fixtures.mail.appendingPathComponent("Maildir").path], limits: .default,
                                      utcOffsetSeconds: 25200)
        #expect(items.sources == ["cur/1733.M1P2.host:2,S#DS.xlsx", "new/1734.M3P4.host#NCC.xlsx"])
        #expect(items.allSatisfy { $0.folderName == nil })
    }
}
