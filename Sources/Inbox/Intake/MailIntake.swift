import Foundation
import Sheets

/// Turns one parsed message into items (cli-contract.md, "Source"): one per spreadsheet attachment or zip
/// member, `#`-named after the message; or one `.messageWithoutSheet` item when it carries none.
///
/// Naming: attachments keep their decoded names; a part without a name is `part<n>`, n its 1-based position
/// among the message's leaf parts in depth-first order (body text counted, multipart and message/rfc822
/// wrappers not); a forwarded message's parts are numbered and named as if the outer message carried them;
/// a repeated name gets `~2`, `~3` after the first.
///
/// Forwards: when the message has no input of its own (no spreadsheet, zip of them, or unreadable
/// attachment outside its forwarded messages) and forwards exactly one message (message/rfc822), it counts
/// as that inner message: the inner sender, the inner `Date` (the outer `Date` if the inner has none), and
/// `forwardedBy` / `forwardedDate` carry the outer message's, for the pipeline to check against the registry.
struct MailIntake {
    let context: FileContext
    let limits: SafetyLimits

    /// The items of a message whose source (without `#`) is `messageSource`.
    func items(of mail: ParsedMail, messageSource: String) -> [InboxItem] {
        var names = UniqueNames()
        var inputs: [(item: Pending, forwardIndex: Int?)] = []
        var others: [String] = []
        for (index, part) in mail.parts.enumerated() {
            guard let content = part.content else { continue }
            let ownName = part.name ?? "part\(index + 1)"
            let name = names.claim(ownName)
            for pending in classify(content, name: name, ownName: ownName, mimeType: part.mimeType, hasOwnName: part.name != nil) {
                switch pending {
                case .other(let other): others.append(other)
                default: inputs.append((pending, part.forwardIndex))
                }
            }
        }
        let forwardOnly = mail.forwards.count == 1 && !inputs.contains { $0.forwardIndex == nil }
        let sender = forwardOnly ? mail.forwards[0].sender : mail.envelope.sender
        let mailDate = forwardOnly ? (mail.forwards[0].date ?? mail.envelope.date) : mail.envelope.date
        let (received, origin): (Date?, ReceivedTimeOrigin?) = mailDate.map { ($0, .mailDate) }
            ?? context.fallbackTime(exactSources: [messageSource])
        func item(source: String, fileName: String, bytes: Data, content: InboxItem.Content) -> InboxItem {
            InboxItem(source: source, bytes: bytes, fileName: fileName, content: content, received: received, receivedOrigin: origin,
                      senderAddress: sender, folderName: context.folderName, containerFileName: context.containerFileName,
                      messageKey: messageSource, otherAttachments: others,
                      forwardedBy: forwardOnly ? mail.envelope.sender : nil, forwardedDate: forwardOnly ? mail.envelope.date : nil)
        }
        guard !inputs.isEmpty else {
            return [item(source: messageSource, fileName: context.containerFileName, bytes: messageBytes(mail), content: .messageWithoutSheet)]
        }
        return inputs.compactMap { input in
            guard case .input(let path, let fileName, let bytes, let content) = input.item else { return nil }
            return item(source: messageSource + "#" + path, fileName: fileName, bytes: bytes, content: content)
        }
    }

    /// The message's own bytes in its file (for its hash), read back by the range the parser reported.
    private func messageBytes(_ mail: ParsedMail) -> Data {
        guard let range = mail.byteRange, range.upperBound - range.lowerBound <= Int64(limits.maxFileBytes),
              let handle = try? FileHandle(forReadingFrom: context.url) else { return Data() }
        defer { try? handle.close() }
        guard (try? handle.seek(toOffset: UInt64(range.lowerBound))) != nil else { return Data() }
        return (try? handle.read(upToCount: Int(range.upperBound - range.lowerBound))) ?? Data()
    }

    /// What an attachment turns into: inputs (with the steps after the message), or a name for `otherAttachments`.
    private enum Pending {
        case input(path: String, fileName: String, bytes: Data, content: InboxItem.Content)
        case other(String)
    }

    private func classify(_ content: Result<Data, UnreadableFile>, name: String, ownName: String, mimeType: String,
                          hasOwnName: Bool) -> [Pending] {
        let fileExtension = hasOwnName ? SourceText.fileExtension(ownName) : ""
        let isZip = fileExtension == "zip"
            || (fileExtension.isEmpty && ["application/zip", "application/x-zip-compressed", "application/x-zip"].contains(mimeType))
        let bytes: Data
        switch content {
        case .failure(let reason):
            // Undecodable: an input failure unless its name says it is something else (a PDF, a picture).
            let byName = Spreadsheets.detectFormat(bytes: Data(), fileName: ownName)
            if byName == nil && !isZip && !fileExtension.isEmpty { return [.other(name)] }
            return [.input(path: name, fileName: ownName, bytes: Data(), content: .unreadable(reason))]
        case .success(let data):
            bytes = data
        }
        if bytes.count > limits.maxFileBytes {
            return [.input(path: name, fileName: ownName, bytes: Data(), content: .unreadable(SizeLimit.attachmentTooLarge(limits.maxFileBytes)))]
        }
        if let format = Spreadsheets.detectFormat(bytes: bytes, fileName: ownName)
            ?? (fileExtension.isEmpty ? Self.format(ofMimeType: mimeType) : nil) {
            return [.input(path: name, fileName: ownName, bytes: bytes, content: .spreadsheet(format))]
        }
        guard isZip else { return [.other(name)] }
        switch ZipIntake.members(of: bytes, limits: limits) {
        case .failure(let reason):
            return [.input(path: name, fileName: ownName, bytes: bytes, content: .unreadable(reason))]
        case .success(let members) where members.isEmpty:
            return [.other(name)]
        case .success(let members):
            return members.map { .input(path: name + "#" + $0.path, fileName: $0.fileName, bytes: $0.bytes, content: $0.content) }
        }
    }

    /// The spreadsheet format a MIME type announces, for attachments without a file name to tell it.
    static func format(ofMimeType mimeType: String) -> SpreadsheetFormat? {
        switch mimeType {
        case "text/csv", "text/comma-separated-values", "text/tab-separated-values": .csv
        case "application/vnd.ms-excel": .xls
        case "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/vnd.ms-excel.sheet.macroenabled.12": .xlsx
        default: nil
        }
    }
}
