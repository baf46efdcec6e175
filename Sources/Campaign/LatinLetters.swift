/// The Latin letters with marks (Latin-1 letters, Latin Extended-A and -B, Latin Extended Additional: every
/// Vietnamese letter) as consecutive slots, for tables built once and looked up per character.
public enum LatinLetters {
    /// How many slots there are.
    public static let count = 0x0250 - 0x00C0 + 0x0100

    /// Every scalar value that has a slot.
    public static let values: [UInt32] = Array(0x00C0...0x024F) + Array(0x1E00...0x1EFF)

    /// The slot of a scalar value, or nil outside the ranges.
    public static func slot(_ value: UInt32) -> Int? {
        switch value {
        case 0x00C0...0x024F: return Int(value - 0x00C0)
        case 0x1E00...0x1EFF: return Int(value - 0x1E00) + (0x0250 - 0x00C0)
        default: return nil
        }
    }
}
