import Foundation
import Sheets

/// Where an item's received time came from (cli-contract.md, "Received time"; the first that applies).
public enum ReceivedTimeOrigin: String, Sendable, Hashable {
    /// The message's `Date` header, with its own offset.
    case mailDate
    /// The inbox's `received.yaml` manifest.
    case manifest
    /// The file's modification time (the run warns `F-NO-TIME`).
    case modificationTime
}

/// One input found in an inbox: a spreadsheet file or attachment (zip members included), a message that
/// carries no spreadsheet, or something that could not be opened. Intake knows nothing of units: it passes
/// the clues on (sender address, folder, file name).
public struct InboxItem: Sendable {
    /// The contract's source: path relative to its inbox, `#` for each step into a container.
    public var source: String
    /// The file's or attachment's bytes; empty for a message without a sheet or a failure.
    public var bytes: Data
    /// The name of the file, attachment or zip member as sent (a zip member without its folders, an attachment
    /// without its `~2`), used to tell its format; the message file's name for a message without a sheet.
    public var fileName: String
    /// What the item is.
    public var content: Content
    /// When it arrived (see `receivedOrigin`); nil only when not even a modification time could be read.
    public var received: Date?
    /// Where `received` came from.
    public var receivedOrigin: ReceivedTimeOrigin?
    /// The carrying message's sender address (the inner message's, for a forward from the Office), lowercased.
    public var senderAddress: String?
    /// The name of the folder that holds the file (never the inbox itself); for mail, the message file's
    /// folder (for a Maildir message, the Maildir folder's name: `cur`/`new` say nothing); for a zip member,
    /// the zip file's folder.
    public var folderName: String?
    /// The name of the file in the inbox that holds this item (`KHTC_de_nghi.xlsx`, `ho-so.zip`, `khtc.eml`,
    /// `office.mbox`, a Maildir message's file name): the file-name clue for unit recognition.
    public var containerFileName: String
    /// Items of one submission parcel share this key: for mail, the message's source (`mail/khtc.eml`,
    /// `office.mbox:3`); for the members of a bare zip, the zip's source (a zip is sent as one parcel);
    /// nil for a bare spreadsheet file.
    public var messageKey: String?
    /// Names of the carrying message's attachments that are not spreadsheets (PDF, Word …).
    public var otherAttachments: [String]
    /// For a message that only forwards another one (no spreadsheet of its own, exactly one message/rfc822
    /// part): the outer, forwarding message's sender, lowercased. `senderAddress` and `received` are then
    /// the inner message's. The pipeline keeps them when this address is the Office's (VP); otherwise it
    /// goes back to this address and `forwardedDate`. Nil for everything else.
    public var forwardedBy: String?
    /// The forwarding message's own `Date`, when `forwardedBy` is set (nil if it has none).
    public var forwardedDate: Date?

    /// What an item is: an input to read, a message with nothing to read, or a failure.
    public enum Content: Sendable {
        /// A spreadsheet by name or content.
        case spreadsheet(SpreadsheetFormat?)
        /// A message that carries no spreadsheet (nor a zip holding one): `F-NO-SHEET`.
        case messageWithoutSheet
        /// A message, zip or attachment that could not be opened or decoded, with the reason.
        case unreadable(UnreadableFile)
    }

    /// Builds an item; intake does, and tests of later stages do to feed them.
    public init(source: String, bytes: Data, fileName: String, content: Content, received: Date?, receivedOrigin: ReceivedTimeOrigin?,
                senderAddress: String?, folderName: String?, containerFileName: String, messageKey: String?, otherAttachments: [String] = [],
                forwardedBy: String? = nil, forwardedDate: Date? = nil) {
        self.source = source; self.bytes = bytes; self.fileName = fileName; self.content = content
        self.received = received; self.receivedOrigin = receivedOrigin; self.senderAddress = senderAddress
        self.folderName = folderName; self.containerFileName = containerFileName; self.messageKey = messageKey
        self.otherAttachments = otherAttachments; self.forwardedBy = forwardedBy; self.forwardedDate = forwardedDate
    }
}

/// Why an inbox could not be taken in at all (`run` exits 2): a missing path, a manifest that does not load,
/// two inboxes with the same name. One sentence in each language: what is wrong and what to do.
public struct InboxError: Error, Sendable, CustomStringConvertible {
    /// What is wrong and what to do, in Vietnamese.
    public var vi: String
    /// What is wrong and what to do, in English.
    public var en: String
    /// The English sentence.
    public var description: String { en }

    /// An error with its two sentences.
    public init(vi: String, en: String) { self.vi = vi; self.en = en }
    /// An error with one sentence used for both languages (kept for callers of the skeleton's initialiser).
    public init(_ description: String) { self.vi = description; self.en = description }
}

/// The intake stage: every input under each `--inbox` path.
public enum Inbox {
    /// Collects the items of the given inbox paths (folders or single files), inbox by inbox in the given
    /// order, each inbox's files in NFC UTF-8 byte order of their source. `utcOffsetSeconds` is the
    /// campaign's zone, for manifest times without an offset. Throws only for what stops a run: a path that
    /// does not exist, two inboxes with the same name, a manifest that does not load. A file that cannot be
    /// read is an item (`.unreadable`), and the walk goes on.
    public static func collect(paths: [String], limits: SafetyLimits, utcOffsetSeconds: Int) throws(InboxError) -> [InboxItem] {
        let roots = try InboxRoot.resolve(paths: paths)
        var items: [InboxItem] = []
        for root in roots {
            let manifest = try root.loadManifest(utcOffsetSeconds: utcOffsetSeconds)
            let intake = InboxIntake(root: root, manifest: manifest, limits: limits)
            items.append(contentsOf: intake.collect())
        }
        return items
    }
}
