import Foundation
import Sheets
import Testing
@testable import Inbox

/// cli-contract.md, "Source": relative paths, single-file inboxes, several inboxes, hidden files, order.
@Suite struct SourceNamingTests {
    @Test func bareFilesAreNamedByTheirPathRelativeToTheInbox() throws {
        let inbox = try ScratchInbox()
        try inbox.copy("sheets/DS.xlsx", to: "khtc/DS.xlsx")
        try inbox.copy("sheets/ldvl.csv", to: "ldvl.csv")
        try inbox.copy("sheets/NCC.xlsx", to: "don-vi/ncc/2025/NCC.xlsx")
        let items = try inbox.collect()
        #expect(items.sources == ["don-vi/ncc/2025/NCC.xlsx", "khtc/DS.xlsx", "ldvl.csv"])
        let khtc = try #require(items.item("khtc/DS.xlsx"))
        #expect(khtc.folderName == "khtc")
        #expect(khtc.containerFileName == "DS.xlsx")
        #expect(khtc.fileName == "DS.xlsx")
        #expect(khtc.messageKey == nil)
        #expect(khtc.senderAddress == nil)
        #expect(khtc.bytes == (try Fixtures.bytes("sheets/DS.xlsx")))
        // The folder that directly holds the file, never further up; never the inbox itself.
        #expect(items.item("don-vi/ncc/2025/NCC.xlsx")?.folderName == "2025")
        #expect(items.item("ldvl.csv")?.folderName == nil)
    }

    @Test func aSingleFileInboxIsNamedByItsFileName() throws {
        let inbox = try ScratchInbox()
        try inbox.copy("sheets/DS.xlsx", to: "khtc/KHTC_de_nghi.xlsx")
        let path = inbox.url.appendingPathComponent("khtc/KHTC_de_nghi.xlsx").path
        let items = try Inbox.collect(paths: [path], limits: .default, utcOffsetSeconds: 25200)
        #expect(items.sources == ["KHTC_de_nghi.xlsx"])
        #expect(items.first?.folderName == nil)
        #expect(items.first?.containerFileName == "KHTC_de_nghi.xlsx")
    }

    @Test func aSingleMessageFileInboxNamesItsAttachmentsAfterIt() throws {
        let path = Fixtures.mail.appendingPathComponent("eml/duplicates.eml").path
        let items = try Inbox.collect(paths: [path], limits: .default, utcOffsetSeconds: 25200)
        #expect(items.sources == ["duplicates.eml#DS.xlsx", "duplicates.eml#DS.xlsx~2", "duplicates.eml#part4"])
        #expect(items.allSatisfy { $0.messageKey == "duplicates.eml" })
    }

    @Test func severalInboxesPrefixEachSourceWithTheInboxName() throws {
        let first = try ScratchInbox(name: "thu-dien-tu")
        let second = try ScratchInbox(name: "nop-truc-tiep")
        try first.copy("eml/khtc.eml", to: "khtc.eml")
        try second.copy("sheets/NCC.xlsx", to: "ncc/NCC.xlsx")
        let items = try Inbox.collect(paths: [first.url.path, second.url.path], limits: .default, utcOffsetSeconds: 25200)
        #expect(items.count == 2)
        #expect(items[0].source.hasPrefix("thu-dien-tu/khtc.eml#Danh sách"))
        #expect(items[0].messageKey == "thu-dien-tu/khtc.eml")
        #expect(items[1].source == "nop-truc-tiep/ncc/NCC.xlsx")
        // The prefix is not a folder clue: the folder is still the one holding the file.
        #expect(items[1].folderName == "ncc")
        #expect(items[0].folderName == nil)
    }

    @Test func twoInboxesWithTheSameNameAreAnError() throws {
        let first = try ScratchInbox(name: "inbox")
        let second = try ScratchInbox(name: "inbox")
        #expect(first.url != second.url)
        let error = try #require(throws: InboxError.self) {
            try Inbox.collect(paths: [first.url.path, second.url.path], limits: .default, utcOffsetSeconds: 25200)
        }
        #expect(error.en.contains("same name \"inbox\""))
        #expect(error.en.contains("rename"))
        #expect(error.vi.contains("cùng tên"))
    }

    @Test func aMissingInboxIsAnErrorThatSaysWhatToDo() throws {
        let error = try #require(throws: InboxError.self) {
            try Inbox.collect(paths: ["/nonexistent/hop-thu"], limits: .default, utcOffsetSeconds: 25200)
        }
        #expect(error.en.contains("/nonexistent/hop-thu"))
        #expect(error.en.contains("does not exist"))
        #expect(error.en.contains("--inbox"))
        #expect(error.vi.contains("--inbox"))
    }

    @Test func hiddenFilesJunkAndNonSpreadsheetsAreNotInputs() throws {
        let inbox = try ScratchInbox()
        try inbox.copy("sheets/DS.xlsx", to: "khtc/DS.xlsx")
        try inbox.copy("sheets/DS.xlsx", to: ".hidden.xlsx")
        try inbox.copy("sheets/DS.xlsx", to: ".git/objects/DS.xlsx")
        try inbox.copy("sheets/DS.xlsx", to: "khtc/~$DS.xlsx")
        try inbox.write(Data([0, 1, 2]), to: "khtc/Thumbs.db")
        try inbox.write("[.ShellClassInfo]", to: "khtc/desktop.ini")
        try inbox.copy("sheets/to-trinh.pdf", to: "khtc/Tờ trình.pdf")
        try inbox.copy("zip/photos.zip", to: "khtc/anh.zip")
        try inbox.write("Không phải bảng tính", to: "khtc/ghi-chu")
        let items = try inbox.collect()
        #expect(items.sources == ["khtc/DS.xlsx"])
    }

    @Test func sourcesAreNFCAndSortedByTheirUTF8Bytes() throws {
        let inbox = try ScratchInbox()
        let decomposed = "Phòng Kế hoạch.csv".decomposedStringWithCanonicalMapping
        #expect(Array(decomposed.utf8) != Array("Phòng Kế hoạch.csv".utf8))
        try inbox.copy("sheets/ldvl.csv", to: decomposed)
        try inbox.copy("sheets/ldvl.csv", to: "a-b.csv")
        try inbox.copy("sheets/ldvl.csv", to: "a/b.csv")
        try inbox.copy("sheets/ldvl.csv", to: "Z.csv")
        let items = try inbox.collect()
        // Bytes: 'P' (0x50) < 'Z' (0x5A) < 'a' (0x61); '-' (0x2D) < '/' (0x2F).
        #expect(items.map { Array($0.source.utf8) } == ["Phòng Kế hoạch.csv", "Z.csv", "a-b.csv", "a/b.csv"].map { Array($0.utf8) })
        #expect(Array(items[0].fileName.utf8) == Array("Phòng Kế hoạch.csv".utf8))
    }
}
