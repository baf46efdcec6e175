/// Bounds that every reader enforces before it allocates, so that a hostile or broken file costs bounded
/// time and memory. A file that breaks one is unreadable, with the limit named (domain.md, "Safety limits").
public struct SafetyLimits: Sendable, Hashable {
    /// Largest file or attachment, in bytes (64 MiB).
    public var maxFileBytes: Int = 64 << 20
    /// Largest uncompressed size of any zip part, in bytes (512 MiB).
    public var maxPartBytes: Int = 512 << 20
    /// Largest compression ratio allowed for a part over `ratioThresholdBytes` uncompressed (250 : 1).
    public var maxCompressionRatio: Double = 250
    /// Parts at or below this uncompressed size are exempt from the ratio check (16 MiB).
    public var ratioThresholdBytes: Int = 16 << 20
    /// Most sheets in one workbook (256).
    public var maxSheets: Int = 256
    /// Excel's own row limit (1,048,576); a sheet at the limit is still read.
    public var maxRows: Int = 1_048_576
    /// Excel's own column limit (16,384).
    public var maxColumns: Int = 16_384
    /// Excel's own limit on characters in a cell (32,767).
    public var maxCellCharacters: Int = 32_767
    /// Deepest XML element nesting accepted (64).
    public var maxXMLDepth: Int = 64

    public init() {}
    /// The defaults of domain.md.
    public static let `default` = SafetyLimits()
}

/// Why a file could not be read. The message is a plain sentence for a clerk (Vietnamese and English).
public struct UnreadableFile: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong, in Vietnamese.
    public var vi: String
    /// What went wrong, in English.
    public var en: String
    /// The safety limit that was broken, if any (`maxFileBytes`, `maxXMLDepth` …).
    public var limit: String?

    public init(vi: String, en: String, limit: String? = nil) { self.vi = vi; self.en = en; self.limit = limit }
    public var description: String { en }
}
