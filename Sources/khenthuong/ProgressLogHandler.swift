import Foundation
import Logging

/// Progress lines for a clerk on standard error: "khenthuong: …", without timestamps or levels.
struct ProgressLogHandler: LogHandler {
    var logLevel: Logger.Level = .info
    var metadata: Logger.Metadata = [:]

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let prefix = event.level >= .warning ? "khenthuong (\(event.level)): " : "khenthuong: "
        FileHandle.standardError.write(Data((prefix + "\(event.message)\n").utf8))
    }
}
