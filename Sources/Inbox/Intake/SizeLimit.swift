import Sheets

/// The file-size limit (`maxFileBytes`) as an unreadable reason a clerk can read.
enum SizeLimit {
    /// A limit written the way it is set: in MiB when it is a whole number of them, else in bytes.
    static func describe(_ bytes: Int) -> String {
        bytes >= 1 << 20 && bytes % (1 << 20) == 0 ? "\(bytes >> 20) MiB" : "\(bytes) byte"
    }

    /// A file of the inbox, or a zip member, over the limit.
    static func fileTooLarge(_ maxBytes: Int) -> UnreadableFile {
        UnreadableFile(vi: "Tệp lớn hơn giới hạn \(describe(maxBytes)).",
                       en: "The file is larger than the \(describe(maxBytes)) limit.", limit: "maxFileBytes")
    }

    /// A message's attachment over the limit.
    static func attachmentTooLarge(_ maxBytes: Int) -> UnreadableFile {
        UnreadableFile(vi: "Tệp đính kèm lớn hơn giới hạn \(describe(maxBytes)).",
                       en: "The attachment is larger than the \(describe(maxBytes)) limit.", limit: "maxFileBytes")
    }
}
