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
    /// The name of the file or attachment (last step of the source), used to tell its format.
    public var fileName: String
    public var content: Content
    public var received: Date?
    public var receivedOrigin: ReceivedTimeOrigin?
    /// The carrying message's sender address (the inner message's, for a forward from the Office), lowercased.
    public var senderAddress: String?
    /// The name of the folder that holds the file (never the inbox itself); for mail, the message file's folder.
    public var folderName: String?
    /// The file name clue: the bare file's name, or the zip's or message file's name it came in? The name of
    /// the file in the inbox that holds this item (`KHTC_de_nghi.xlsx`, `ho-so.zip`, `khtc.eml`).
    public var containerFileName: String
    /// Items of one message share its key (the message's source); nil for bare files and zip members of bare zips.
    public var messageKey: String?
    /// Names of the carrying message's attachments that are not spreadsheets (PDF, Word …).
    public var otherAttachments: [String]

    public enum Content: Sendable {
        /// A spreadsheet by name or content.
        case spreadsheet(SpreadsheetFormat?)
        /// A message that carries no spreadsheet (nor a zip holding one): `F-NO-SHEET`.
        case messageWithoutSheet
        /// A message, zip or attachment that could not be opened or decoded, with the reason.
        case unreadable(UnreadableFile)
    }

    public init(source: String, bytes: Data, fileName: String, content: Content, received: Date?, receivedOrigin: ReceivedTimeOrigin?,
                senderAddress: String?, folderName: String?, containerFileName: String, messageKey: String?, otherAttachments: [String] = []) {
        self.source = source; self.bytes = bytes; self.fileName = fileName; self.content = content
        self.received = received; self.receivedOrigin = receivedOrigin; self.senderAddress = senderAddress
        self.folderName = folderName; self.containerFileName = containerFileName; self.messageKey = messageKey
        self.otherAttachments = otherAttachments
    }
}

/// Why an inbox could not be taken in at all (`run` exits 2): a missing path, a manifest that does not load,
/// two inboxes with the same name.
public struct InboxError: Error, Sendable, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}

/// The intake stage: every input under each `--inbox` path.
public enum Inbox {
    /// Collects the items of the given inbox paths (folders or single files). `utcOffsetSeconds` is the
    /// campaign's zone, for manifest times without an offset.
    public static func collect(paths: [String], limits: SafetyLimits, utcOffsetSeconds: Int) throws(InboxError) -> [InboxItem] {
        // STUB
        []
    }
}
