import Foundation
import Sheets
@testable import Inbox

/// Where the test data lives, found from this file (the repository's `fixtures/mail/`).
enum Fixtures {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let mail = repository.appendingPathComponent("fixtures/mail")

    /// The bytes of a fixture file.
    static func bytes(_ path: String) throws -> Data { try Data(contentsOf: mail.appendingPathComponent(path)) }
}

/// A scratch inbox folder in the temporary directory, removed when the test ends.
final class ScratchInbox {
    let url: URL

    init(name: String = "inbox") throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("inbox-tests-\(UUID().uuidString)")
            .appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }

    /// Copies a fixture (file or folder) to `path` inside the inbox.
    func copy(_ fixture: String, to path: String) throws {
        let target = url.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Fixtures.mail.appendingPathComponent(fixture), to: target)
    }

    /// Writes bytes or text to `path` inside the inbox.
    func write(_ data: Data, to path: String) throws {
        let target = url.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: target)
    }

    func write(_ text: String, to path: String) throws { try write(Data(text.utf8), to: path) }

    /// Collects this inbox alone with the campaign's +07:00.
    func collect(limits: SafetyLimits = .default) throws -> [InboxItem] {
        try Inbox.collect(paths: [url.path], limits: limits, utcOffsetSeconds: 7 * 3600)
    }
}

extension InboxItem {
    /// True for a spreadsheet item.
    var isSpreadsheet: Bool { if case .spreadsheet = content { true } else { false } }
    /// True for a message without a sheet.
    var isMessageWithoutSheet: Bool { if case .messageWithoutSheet = content { true } else { false } }
    /// The reason, for an unreadable item.
    var unreadableReason: UnreadableFile? { if case .unreadable(let reason) = content { reason } else { nil } }
}

extension Array where Element == InboxItem {
    /// The item with this source.
    func item(_ source: String) -> InboxItem? { first { $0.source == source } }
    /// Every source, in order.
    var sources: [String] { map(\.source) }
}

/// An instant written as ISO 8601 with its offset, parsed by Foundation (not by the code under test).
func instant(_ text: String) -> Date {
    (try? Date.ISO8601FormatStyle().parse(text)) ?? .distantPast
}
