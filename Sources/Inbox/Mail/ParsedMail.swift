import CGMime
import Foundation
import Sheets

/// Who sent a message and when (its `From` and `Date`).
struct MailEnvelope {
    /// The first mailbox of `From`, lowercased; nil when there is none.
    var sender: String?
    /// The `Date` header as an instant (its own offset applied); nil when missing or unparseable.
    var date: Date?
}

/// One leaf part of a message (multiparts and message/rfc822 wrappers are walked through, not listed).
struct MailPart {
    /// The decoded file name (RFC 2047/2231 by GMime), NFC; nil when the part has none.
    var name: String?
    /// `type/subtype`, lowercased.
    var mimeType: String
    /// The decoded bytes of an attachment, or why they could not be had; nil for body text.
    var content: Result<Data, UnreadableFile>?
    /// Index of the top-level forwarded message (message/rfc822) that holds the part; nil for the message's own.
    var forwardIndex: Int?

    /// Body text and inline pictures are not attachments; a part is one when it has a name, is marked
    /// `attachment`, or is of a type a file is sent as (`application/*`, CSV/TSV text).
    var isAttachment: Bool { content != nil }
}

/// A message taken apart: its envelope, its leaf parts in depth-first order (a part's 1-based position is
/// its `part<n>` number), and the envelopes of the messages it forwards as message/rfc822.
struct ParsedMail {
    var envelope: MailEnvelope
    var parts: [MailPart]
    var forwards: [MailEnvelope]
    /// Where the message's own bytes lie in its file (the whole file for `.eml`; from its "From " line to
    /// the next for an mbox): the input's bytes, hashed, when the message carries no spreadsheet.
    var byteRange: Range<Int64>?

    /// Reads a message GMime has built. `maxBytes` bounds each decoded attachment.
    init(message: UnsafeMutablePointer<GMimeMessage>, maxBytes: Int) {
        envelope = Self.envelope(of: message)
        parts = []
        forwards = []
        if let body = g_mime_message_get_mime_part(message) {
            walk(body, forwardIndex: nil, depth: 0, maxBytes: maxBytes)
        }
    }

    /// The deepest nesting of multiparts and forwards followed; GMime bounds its own parse as well.
    private static let maxDepth = 64

    private mutating func walk(_ object: UnsafeMutablePointer<GMimeObject>, forwardIndex: Int?, depth: Int, maxBytes: Int) {
        guard depth < Self.maxDepth else { return }
        if GMime.isInstance(object, of: g_mime_multipart_get_type()) {
            let multipart = GMime.cast(object, to: GMimeMultipart.self)
            for index in 0..<max(g_mime_multipart_get_count(multipart), 0) {
                if let child = g_mime_multipart_get_part(multipart, index) {
                    walk(child, forwardIndex: forwardIndex, depth: depth + 1, maxBytes: maxBytes)
                }
            }
        } else if GMime.isInstance(object, of: g_mime_message_part_get_type()) {
            let wrapper = GMime.cast(object, to: GMimeMessagePart.self)
            guard let inner = g_mime_message_part_get_message(wrapper) else { return }
            // A forward inside a forward stays under the outer one: only top-level forwards decide the sender.
            let index = forwardIndex ?? forwards.count
            if forwardIndex == nil { forwards.append(Self.envelope(of: inner)) }
            if let body = g_mime_message_get_mime_part(inner) {
                walk(body, forwardIndex: index, depth: depth + 1, maxBytes: maxBytes)
            }
        } else if GMime.isInstance(object, of: g_mime_part_get_type()) {
            parts.append(Self.leaf(GMime.cast(object, to: GMimePart.self), forwardIndex: forwardIndex, maxBytes: maxBytes))
        }
    }

    private static func leaf(_ part: UnsafeMutablePointer<GMimePart>, forwardIndex: Int?, maxBytes: Int) -> MailPart {
        let object = GMime.cast(part, to: GMimeObject.self)
        var mimeType = "application/octet-stream"
        if let type = g_mime_object_get_content_type(object) {
            let media = GMime.string(g_mime_content_type_get_media_type(type)) ?? "application"
            let sub = GMime.string(g_mime_content_type_get_media_subtype(type)) ?? "octet-stream"
            mimeType = "\(media)/\(sub)".lowercased()
        }
        let name = GMime.string(g_mime_part_get_filename(part)).map(SourceText.nfc).flatMap { $0.isEmpty ? nil : $0 }
        let disposition = GMime.string(g_mime_object_get_disposition(object))?.lowercased()
        let signature = ["application/pkcs7-signature", "application/x-pkcs7-signature", "application/pgp-signature"]
        let fileLike = mimeType.hasPrefix("application/")
            || ["text/csv", "text/comma-separated-values", "text/tab-separated-values"].contains(mimeType)
        let isAttachment = !signature.contains(mimeType) && (name != nil || disposition == "attachment" || fileLike)
        return MailPart(name: name, mimeType: mimeType,
                        content: isAttachment ? decode(part, maxBytes: maxBytes) : nil, forwardIndex: forwardIndex)
    }

    /// The part's bytes with its transfer encoding (base64, quoted-printable, uuencode) undone.
    private static func decode(_ part: UnsafeMutablePointer<GMimePart>, maxBytes: Int) -> Result<Data, UnreadableFile> {
        guard let wrapper = g_mime_part_get_content(part) else { return .success(Data()) }
        // Decoding never makes a part bigger than its encoded form (plus line breaks for base64), so an
        // encoded part far over the limit is refused before anything is decoded into memory.
        if let encoded = g_mime_data_wrapper_get_stream(wrapper) {
            let length = g_mime_stream_length(encoded)
            if length > Int64(maxBytes) * 7 / 5 + 65_536 { return .failure(SizeLimit.attachmentTooLarge(maxBytes)) }
        }
        guard let sink = g_mime_stream_mem_new() else {
            return .failure(UnreadableFile(vi: "Không giải mã được tệp đính kèm.", en: "The attachment could not be decoded."))
        }
        defer { GMime.unref(sink) }
        if g_mime_data_wrapper_write_to_stream(wrapper, sink) < 0 {
            return .failure(UnreadableFile(vi: "Không giải mã được tệp đính kèm (thư bị hỏng).",
                                           en: "The attachment could not be decoded (the message is damaged)."))
        }
        guard let array = g_mime_stream_mem_get_byte_array(GMime.cast(sink, to: GMimeStreamMem.self)) else { return .success(Data()) }
        let count = Int(array.pointee.len)
        if count > maxBytes { return .failure(SizeLimit.attachmentTooLarge(maxBytes)) }
        guard count > 0, let bytes = array.pointee.data else { return .success(Data()) }
        return .success(Data(bytes: bytes, count: count))
    }

    private static func envelope(of message: UnsafeMutablePointer<GMimeMessage>) -> MailEnvelope {
        var date: Date?
        if let dateTime = g_mime_message_get_date(message) {
            // GMime keeps the header's own offset in the GDateTime; the Unix time is the instant.
            let seconds = g_date_time_to_unix(dateTime)
            date = Date(timeIntervalSince1970: TimeInterval(seconds))
        }
        return MailEnvelope(sender: sender(of: message), date: date)
    }

    /// The first mailbox of `From` (looking into a group if need be), lowercased.
    private static func sender(of message: UnsafeMutablePointer<GMimeMessage>) -> String? {
        guard let list = g_mime_message_get_from(message) else { return nil }
        return firstMailbox(in: list, depth: 0)
    }

    private static func firstMailbox(in list: UnsafeMutablePointer<InternetAddressList>, depth: Int) -> String? {
        guard depth < 4 else { return nil }
        for index in 0..<max(internet_address_list_length(list), 0) {
            guard let address = internet_address_list_get_address(list, index) else { continue }
            if GMime.isInstance(address, of: internet_address_mailbox_get_type()) {
                let mailbox = GMime.cast(address, to: InternetAddressMailbox.self)
                if let addr = GMime.string(internet_address_mailbox_get_addr(mailbox))?
                    .trimmingCharacters(in: .whitespaces).lowercased(), !addr.isEmpty {
                    return addr
                }
            } else if GMime.isInstance(address, of: internet_address_group_get_type()) {
                let group = GMime.cast(address, to: InternetAddressGroup.self)
                if let members = internet_address_group_get_members(group),
                   let found = firstMailbox(in: members, depth: depth + 1) {
                    return found
                }
            }
        }
        return nil
    }
}
