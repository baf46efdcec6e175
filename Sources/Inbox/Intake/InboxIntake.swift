import Foundation
import Sheets

/// Where a file of the inbox sits, and when it arrived if nothing inside it says.
struct FileContext {
    let url: URL
    /// Path relative to the inbox (no multi-inbox prefix), `/`-separated, NFC.
    let relativePath: String
    let folderName: String?
    let containerFileName: String
    let manifest: ReceivedManifest

    /// The manifest's time for this file (or for one of `exactSources` inside it), else the file's
    /// modification time.
    func fallbackTime(exactSources: [String] = []) -> (Date?, ReceivedTimeOrigin?) {
        if let date = manifest.time(for: relativePath, exactSources: exactSources) { return (date, .manifest) }
        let modified = (try? url.resourceValues(forKeys: [.contentModificationDateKey]))?.contentModificationDate
        return (modified, modified == nil ? nil : .modificationTime)
    }
}

/// Takes in one `--inbox`: walks it, tells each file's kind (spreadsheet, zip, message, mbox, Maildir
/// message, or not an input), and names every item per the contract.
struct InboxIntake {
    let root: InboxRoot
    let manifest: ReceivedManifest
    let limits: SafetyLimits

    /// Every item of the inbox, sources prefixed with the inbox's name when there are several inboxes.
    func collect() -> [InboxItem] {
        let files: [FoundFile]
        if root.isFolder {
            files = FolderWalk.files(under: root.url)
        } else {
            files = [FoundFile(url: root.url, relativePath: root.name, folderName: nil, kind: .plain)]
        }
        var items: [InboxItem] = []
        for file in files {
            let context = FileContext(url: file.url, relativePath: file.relativePath, folderName: file.folderName,
                                      containerFileName: SourceText.baseName(file.relativePath), manifest: manifest)
            items.append(contentsOf: self.items(of: file, context: context))
        }
        guard !root.sourcePrefix.isEmpty else { return items }
        return items.map { item in
            var item = item
            item.source = root.sourcePrefix + item.source
            item.messageKey = item.messageKey.map { root.sourcePrefix + $0 }
            return item
        }
    }

    private func items(of file: FoundFile, context: FileContext) -> [InboxItem] {
        switch file.kind {
        case .unlistableFolder(let reason):
            return [bareItem(context, content: .unreadable(UnreadableFile(
                vi: "Không mở được thư mục (\(reason)).", en: "The folder cannot be opened (\(reason))."))) ]
        case .maildirMessage:
            return message(context)
        case .plain:
            return plainFile(context)
        }
    }

    /// A file of the inbox, classified by its name and its first bytes.
    private func plainFile(_ context: FileContext) -> [InboxItem] {
        let name = context.containerFileName
        let fileExtension = SourceText.fileExtension(name)
        if fileExtension == "eml" { return message(context) }
        let head = Self.firstBytes(of: context.url, count: 5)
        let startsLikeMbox = head == Data("From ".utf8)
        if fileExtension == "mbox" || (fileExtension.isEmpty && startsLikeMbox) {
            if startsLikeMbox { return mbox(context) }
            if head?.isEmpty == true { return [] }  // an empty mbox holds no message
            return [bareItem(context, content: .unreadable(MailReader.notAMessage))]
        }
        let byName = Spreadsheets.detectFormat(bytes: Data(), fileName: name)
        let isZip = fileExtension == "zip"
        let size = (try? context.url.resourceValues(forKeys: [.fileSizeKey]))?.fileSize ?? 0
        if size > limits.maxFileBytes {
            guard byName != nil || isZip else { return [] }
            return [bareItem(context, content: .unreadable(SizeLimit.fileTooLarge(limits.maxFileBytes)))]
        }
        let bytes: Data
        do {
            // An empty file is not read: Foundation's reader leaks its first buffer on one (AddressSanitizer).
            let isEmpty = (try? context.url.resourceValues(forKeys: [.fileSizeKey]))?.fileSize == 0
            bytes = isEmpty ? Data() : try Data(contentsOf: context.url)
        } catch {
            guard byName != nil || isZip else { return [] }
            return [bareItem(context, content: .unreadable(UnreadableFile(
                vi: "Không đọc được tệp (\(error.localizedDescription)).", en: "The file cannot be read (\(error.localizedDescription)).")))]
        }
        if let format = Spreadsheets.detectFormat(bytes: bytes, fileName: name) {
            return [bareItem(context, bytes: bytes, content: .spreadsheet(format))]
        }
        guard isZip else { return [] }
        return zip(context, bytes: bytes)
    }

    /// A spreadsheet or a failure standing for the whole file.
    private func bareItem(_ context: FileContext, bytes: Data = Data(), content: InboxItem.Content, messageKey: String? = nil) -> InboxItem {
        let (received, origin) = context.fallbackTime()
        return InboxItem(source: context.relativePath, bytes: bytes, fileName: context.containerFileName, content: content,
                         received: received, receivedOrigin: origin, senderAddress: nil, folderName: context.folderName,
                         containerFileName: context.containerFileName, messageKey: messageKey)
    }

    /// A bare zip's members. They share the zip's source as `messageKey`: a zip is sent as one parcel.
    private func zip(_ context: FileContext, bytes: Data) -> [InboxItem] {
        switch ZipIntake.members(of: bytes, limits: limits) {
        case .failure(let reason):
            return [bareItem(context, content: .unreadable(reason), messageKey: context.relativePath)]
        case .success(let members):
            return members.map { member in
                let source = context.relativePath + "#" + member.path
                let (received, origin) = context.fallbackTime(exactSources: [source])
                return InboxItem(source: source, bytes: member.bytes, fileName: member.fileName, content: member.content,
                                 received: received, receivedOrigin: origin, senderAddress: nil, folderName: context.folderName,
                                 containerFileName: context.containerFileName, messageKey: context.relativePath)
            }
        }
    }

    /// A file holding one message (`.eml`, a Maildir message).
    private func message(_ context: FileContext) -> [InboxItem] {
        switch MailReader.readMessage(path: context.url.path, maxBytes: limits.maxFileBytes) {
        case .success(let mail):
            return MailIntake(context: context, limits: limits).items(of: mail, messageSource: context.relativePath)
        case .failure(let reason):
            return [bareItem(context, content: .unreadable(reason), messageKey: context.relativePath)]
        }
    }

    /// An mbox: message n is `path:n`; the file's manifest entry covers every message.
    private func mbox(_ context: FileContext) -> [InboxItem] {
        var items: [InboxItem] = []
        let mail = MailIntake(context: context, limits: limits)
        let failure = MailReader.readMbox(path: context.url.path, maxBytes: limits.maxFileBytes) { ordinal, result in
            let source = "\(context.relativePath):\(ordinal)"
            switch result {
            case .success(let parsed):
                items.append(contentsOf: mail.items(of: parsed, messageSource: source))
            case .failure(let reason):
                var item = bareItem(context, content: .unreadable(reason), messageKey: source)
                item.source = source
                items.append(item)
            }
        }
        if let failure { items.append(bareItem(context, content: .unreadable(failure), messageKey: context.relativePath)) }
        return items
    }

    /// Up to `count` first bytes of a file; nil when it cannot be opened.
    static func firstBytes(of url: URL, count: Int) -> Data? {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return nil }
        defer { try? handle.close() }
        return (try? handle.read(upToCount: count)) ?? Data()
    }
}
