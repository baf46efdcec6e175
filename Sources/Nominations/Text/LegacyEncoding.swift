import Foundation

/// The two legacy Vietnamese encodings units still type with: their text reaches us as Latin-1 characters
/// (the bytes read through Windows-1252, as Excel stores a `.VnTime` or `VNI-Times` cell), or through
/// Windows-1258 when a CSV was saved on a Vietnamese Windows.
enum LegacyEncoding: Sendable, Hashable, CaseIterable {
    case tcvn3
    case vni

    /// The repair this decoding counts as.
    var repairKind: TextRepairKind { self == .tcvn3 ? .tcvn3 : .vni }

    /// The encoding a font name stands for: `.VnTime`, `.VnArialH` … → TCVN3; `VNI-Times`, `VNI Helve` … → VNI.
    static func of(font: String?) -> LegacyEncoding? {
        guard let font else { return nil }
        // Every font name is asked about: one that starts with a printable ASCII character other than "." or
        // "v" is neither, decided without trimming and lower-casing.
        if let first = font.utf8.first, first > 0x20, first < 0x7F, first != 0x2E, first != 0x56, first != 0x76 { return nil }
        let name = font.trimmingCharacters(in: .whitespaces).lowercased()
        if name.hasPrefix(".vn") { return .tcvn3 }
        if name.hasPrefix("vni-") || name.hasPrefix("vni ") || name.hasPrefix("vni_") { return .vni }
        return nil
    }

    /// A TCVN3 all-caps font (`.VnTimeH`, `.VnArialH`): its lower-case codes are drawn as capitals.
    static func isAllCapsFont(_ font: String?) -> Bool {
        guard let font, of(font: font) == .tcvn3 else { return false }
        return font.trimmingCharacters(in: .whitespaces).hasSuffix("H")
    }

    /// Characters Windows-1258 gives to bytes where Windows-1252 has other letters, back to their byte: the
    /// view of legacy text that went through a Vietnamese Windows code page.
    static let windows1258Bytes: [Unicode.Scalar: UInt8] = [
        "\u{0102}": 0xC3, "\u{0103}": 0xE3, "\u{01A0}": 0xD5, "\u{01A1}": 0xF5, "\u{01AF}": 0xDD, "\u{01B0}": 0xFD,
        "\u{20AB}": 0xFE, "\u{0110}": 0xD0,
        "\u{0300}": 0xCC, "\u{0301}": 0xEC, "\u{0303}": 0xDE, "\u{0309}": 0xD2, "\u{0323}": 0xF2,
    ]

    /// The capitals among them. In TCVN3 their bytes are lower-case letters (0xD0 "é", 0xD5 "ế", 0xDD "í"), so
    /// they are read as legacy only after a lower-case letter: "phĐp" is "phép", but "QĐ" and "Đơn" are Unicode.
    private static let windows1258Capitals: Set<Unicode.Scalar> = ["\u{0102}", "\u{01A0}", "\u{01AF}", "\u{0110}"]

    /// Whether a character may be a legacy byte: Latin-1, or with `windows1258` one of the letters above.
    static func isLegacyByte(_ scalar: Unicode.Scalar, windows1258: Bool) -> Bool {
        scalar.value <= 0xFF || windows1258 && windows1258Bytes[scalar] != nil
    }

    /// Each character of `text` with the legacy byte it stands for, or nil (left as it is when decoding).
    ///
    /// With `windows1258`, the letters of that code page are taken back to their bytes. It also writes tone
    /// marks as bytes of their own, and NFC then joins a mark to the letter before it: legacy "vÞ" (TCVN3 "vị")
    /// read that way becomes "ṽ". Such letters beyond Latin-1 are split again into base and marks, so that each
    /// mark finds its byte. (A mark joined into a Latin-1 letter, "o" + grave → "ò", cannot be told from that
    /// letter typed as one byte, and is read as the one byte.)
    func legacyBytes(_ text: String, windows1258: Bool) -> [(scalar: Unicode.Scalar, byte: UInt8?)] {
        var result: [(scalar: Unicode.Scalar, byte: UInt8?)] = []
        func append(_ scalar: Unicode.Scalar) {
            if scalar.value <= 0xFF {
                result.append((scalar, UInt8(scalar.value)))
            } else if windows1258, let byte = Self.windows1258Bytes[scalar] {
                let afterLowercase = result.last.map { $0.scalar.properties.isLowercase } ?? false
                let usable = self != .tcvn3 || !Self.windows1258Capitals.contains(scalar) || afterLowercase
                result.append((scalar, usable ? byte : nil))
            } else {
                result.append((scalar, nil))
            }
        }
        for scalar in text.unicodeScalars {
            guard windows1258, scalar.value > 0xFF, Self.windows1258Bytes[scalar] == nil else {
                append(scalar)
                continue
            }
            let parts = Array(String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars)
            let marks = parts.drop { Self.windows1258Bytes[$0] == nil || $0.value < 0x0300 }
            let base = String(String.UnicodeScalarView(parts.prefix(parts.count - marks.count))).precomposedStringWithCanonicalMapping
            if !marks.isEmpty, marks.allSatisfy({ Self.windows1258Bytes[$0] != nil }),
               base.unicodeScalars.count == 1, let baseScalar = base.unicodeScalars.first,
               Self.isLegacyByte(baseScalar, windows1258: true) {
                append(baseScalar)
                marks.forEach(append)
            } else {
                append(scalar)
            }
        }
        return result
    }

    /// Decodes legacy text: only the letters of the table change (TCVN3: bytes 0xA1–0xFE of its 74 letters;
    /// VNI: the longest sequence first, base letter and mark before a single byte); every other character
    /// stays, so Windows-1252 punctuation ("–", "“", "…") is never turned into a letter.
    func decode(_ text: String, windows1258: Bool = false) -> String {
        var output = String.UnicodeScalarView()
        let characters = legacyBytes(text, windows1258: windows1258)
        var index = 0
        while index < characters.count {
            let (scalar, first) = characters[index]
            switch self {
            case .tcvn3:
                if let first, let letter = LegacyTables.tcvn3[first] { output.append(letter) } else { output.append(scalar) }
                index += 1
            case .vni:
                if let first, index + 1 < characters.count, let second = characters[index + 1].byte,
                   let letter = LegacyTables.vniPairs[UInt16(first) << 8 | UInt16(second)] {
                    output.append(letter)
                    index += 2
                } else {
                    if let first, let letter = LegacyTables.vniSingle[first] { output.append(letter) } else { output.append(scalar) }
                    index += 1
                }
            }
        }
        return String(output)
    }

    /// Encodes Unicode Vietnamese as the legacy text reads back (Latin-1 view): the inverse of `decode`, used to
    /// check the tables both ways. TCVN3 has no toned capitals, so they are written with the lower-case codes.
    func encode(_ text: String) -> String {
        var output = String.UnicodeScalarView()
        for scalar in text.precomposedStringWithCanonicalMapping.unicodeScalars {
            switch self {
            case .tcvn3:
                let lower = Character(scalar).lowercased().unicodeScalars.first ?? scalar
                if let byte = Self.tcvn3Reverse[scalar] ?? Self.tcvn3Reverse[lower], let latin = Unicode.Scalar(UInt32(byte)) {
                    output.append(latin)
                } else {
                    output.append(scalar)
                }
            case .vni:
                if let bytes = Self.vniReverse[scalar] {
                    output.append(contentsOf: bytes.compactMap { Unicode.Scalar(UInt32($0)) })
                } else {
                    output.append(scalar)
                }
            }
        }
        return String(output)
    }

    private static let tcvn3Reverse: [Unicode.Scalar: UInt8] = Dictionary(
        LegacyTables.tcvn3.map { ($0.value, $0.key) }, uniquingKeysWith: { first, _ in first })

    private static let vniReverse: [Unicode.Scalar: [UInt8]] = {
        var reverse: [Unicode.Scalar: [UInt8]] = [:]
        for (byte, letter) in LegacyTables.vniSingle { reverse[letter] = [byte] }
        for (pair, letter) in LegacyTables.vniPairs { reverse[letter] = [UInt8(pair >> 8), UInt8(pair & 0xFF)] }
        return reverse
    }()
}
