import CGMime
import Foundation
import Sheets

/// Reads message files through GMime: one message (`.eml`, a Maildir file) or every message of an mbox.
/// A message GMime cannot build, or that is plainly not a message, is an `UnreadableFile`; the caller goes on.
enum MailReader {
    /// Parses the single message in the file at `path`.
    static func readMessage(path: String, maxBytes: Int) -> Result<ParsedMail, UnreadableFile> {
        guard let stream = GMime.openFileStream(path: path) else { return .failure(cannotOpen) }
        defer { GMime.unref(stream) }
        guard let parser = g_mime_parser_new_with_stream(stream) else { return .failure(cannotOpen) }
        defer { GMime.unref(parser) }
        g_mime_parser_set_format(parser, GMIME_FORMAT_MESSAGE)
        let warnings = ParserWarnings()
        return withExtendedLifetime(warnings) {
            let options = warnings.makeOptions()
            defer { g_mime_parser_options_free(options) }
            return construct(parser: parser, options: options, warnings: warnings, maxBytes: maxBytes)
                ?? .failure(notAMessage)
        }
    }

    /// Parses every message of the mbox at `path`, calling `body` with each one's 1-based ordinal. Returns
    /// the reason when the file cannot be opened at all.
    static func readMbox(path: String, maxBytes: Int, _ body: (Int, Result<ParsedMail, UnreadableFile>) -> Void) -> UnreadableFile? {
        guard let stream = GMime.openFileStream(path: path) else { return cannotOpen }
        defer { GMime.unref(stream) }
        guard let parser = g_mime_parser_new_with_stream(stream) else { return cannotOpen }
        defer { GMime.unref(parser) }
        g_mime_parser_set_format(parser, GMIME_FORMAT_MBOX)
        let warnings = ParserWarnings()
        withExtendedLifetime(warnings) {
            let options = warnings.makeOptions()
            defer { g_mime_parser_options_free(options) }
            var ordinal = 0
            while g_mime_parser_eos(parser) == 0 {
                warnings.reset()
                guard let result = construct(parser: parser, options: options, warnings: warnings, maxBytes: maxBytes) else {
                    // GMime found no further "From " separator: the rest is not mail. Report it only when
                    // it is the whole file (an mbox that is not one); trailing junk after messages is dropped.
                    if ordinal == 0 { body(1, .failure(notAMessage)) }
                    break
                }
                ordinal += 1
                body(ordinal, result)
            }
        }
        return nil
    }

    /// Builds the next message; nil when the parser yields none.
    private static func construct(parser: UnsafeMutablePointer<GMimeParser>, options: OpaquePointer?, warnings: ParserWarnings,
                                  maxBytes: Int) -> Result<ParsedMail, UnreadableFile>? {
        guard let message = g_mime_parser_construct_message(parser, options) else { return nil }
        defer { GMime.unref(message) }
        let start = g_mime_parser_get_format(parser) == GMIME_FORMAT_MBOX ? g_mime_parser_get_mbox_marker_offset(parser) : 0
        let end = g_mime_parser_tell(parser)
        let headers = g_mime_object_get_header_list(GMime.cast(message, to: GMimeObject.self))
        let headerCount = headers.map { g_mime_header_list_get_count($0) } ?? 0
        var parsed = ParsedMail(message: message, maxBytes: maxBytes)
        if start >= 0, end > start { parsed.byteRange = Int64(start)..<Int64(end) }
        // Binary junk saved as .eml parses as a message with no header at all; a message needs at least
        // one of From and Date to be someone's mail.
        if headerCount == 0 || (parsed.envelope.sender == nil && parsed.envelope.date == nil) {
            return .failure(notAMessage)
        }
        if warnings.isTruncated, let last = parsed.parts.indices.last, parsed.parts[last].isAttachment {
            // The file ends inside its last part: that attachment is incomplete (a cut CSV would silently
            // lose rows), the parts before it are whole.
            parsed.parts[last].content = .failure(cutOff)
            return .success(parsed)
        }
        return .success(parsed)
    }

    static let cutOff = UnreadableFile(vi: "Thư bị cắt cụt (tải về hoặc sao chép chưa xong): tệp đính kèm cuối không đầy đủ.",
                                       en: "The message is cut off (an unfinished download or copy): its last attachment is incomplete.")
    static let cannotOpen = UnreadableFile(vi: "Không mở được tệp thư.", en: "The mail file cannot be opened.")
    static let notAMessage = UnreadableFile(vi: "Tệp không phải là một thư điện tử đọc được (không có tiêu đề From hay Date).",
                                            en: "The file is not a readable email message (it has no From or Date header).")
}
