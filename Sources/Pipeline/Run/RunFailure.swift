import Campaign

/// Why a command could not run at all (exit status 2): one sentence saying what is wrong and what to do.
public struct RunFailure: Error, Sendable, CustomStringConvertible {
    public var message: Message
    public init(_ message: Message) { self.message = message }
    public init(vi: String, en: String) { self.message = Message(vi: vi, en: en) }
    public var description: String { message.en }
}
