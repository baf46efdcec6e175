/// The reference tables of the legacy Vietnamese encodings, written from `shared/spec/encodings/*.tsv`
/// (byte → Unicode letter). The tests check every letter against those files.
enum LegacyTables {
    /// TCVN3 (VN3, "ABC", `.Vn*` fonts): the 74 letters, bytes 0xA1–0xFE. Toned letters exist only in lower
    /// case: the all-caps fonts (`.VnTimeH`) draw them as capitals.
    static let tcvn3: [UInt8: Unicode.Scalar] = [
        0xA1: "\u{0102}", 0xA2: "\u{00C2}", 0xA3: "\u{00CA}", 0xA4: "\u{00D4}", 0xA5: "\u{01A0}", 0xA6: "\u{01AF}",
        0xA7: "\u{0110}", 0xA8: "\u{0103}", 0xA9: "\u{00E2}", 0xAA: "\u{00EA}", 0xAB: "\u{00F4}", 0xAC: "\u{01A1}",
        0xAD: "\u{01B0}", 0xAE: "\u{0111}", 0xB5: "\u{00E0}", 0xB6: "\u{1EA3}", 0xB7: "\u{00E3}", 0xB8: "\u{00E1}",
        0xB9: "\u{1EA1}", 0xBB: "\u{1EB1}", 0xBC: "\u{1EB3}", 0xBD: "\u{1EB5}", 0xBE: "\u{1EAF}", 0xC6: "\u{1EB7}",
        0xC7: "\u{1EA7}", 0xC8: "\u{1EA9}", 0xC9: "\u{1EAB}", 0xCA: "\u{1EA5}", 0xCB: "\u{1EAD}", 0xCC: "\u{00E8}",
        0xCE: "\u{1EBB}", 0xCF: "\u{1EBD}", 0xD0: "\u{00E9}", 0xD1: "\u{1EB9}", 0xD2: "\u{1EC1}", 0xD3: "\u{1EC3}",
        0xD4: "\u{1EC5}", 0xD5: "\u{1EBF}", 0xD6: "\u{1EC7}", 0xD7: "\u{00EC}", 0xD8: "\u{1EC9}", 0xDC: "\u{0129}",
        0xDD: "\u{00ED}", 0xDE: "\u{1ECB}", 0xDF: "\u{00F2}", 0xE1: "\u{1ECF}", 0xE2: "\u{00F5}", 0xE3: "\u{00F3}",
        0xE4: "\u{1ECD}", 0xE5: "\u{1ED3}", 0xE6: "\u{1ED5}", 0xE7: "\u{1ED7}", 0xE8: "\u{1ED1}", 0xE9: "\u{1ED9}",
        0xEA: "\u{1EDD}", 0xEB: "\u{1EDF}", 0xEC: "\u{1EE1}", 0xED: "\u{1EDB}", 0xEE: "\u{1EE3}", 0xEF: "\u{00F9}",
        0xF1: "\u{1EE7}", 0xF2: "\u{0169}", 0xF3: "\u{00FA}", 0xF4: "\u{1EE5}", 0xF5: "\u{1EEB}", 0xF6: "\u{1EED}",
        0xF7: "\u{1EEF}", 0xF8: "\u{1EE9}", 0xF9: "\u{1EF1}", 0xFA: "\u{1EF3}", 0xFB: "\u{1EF7}", 0xFC: "\u{1EF9}",
        0xFD: "\u{00FD}", 0xFE: "\u{1EF5}",
    ]

    /// VNI-Windows letters of one byte (đ, ơ, ư, the i's and ỵ …).
    static let vniSingle: [UInt8: Unicode.Scalar] = [
        0xD1: "\u{0110}", 0xF1: "\u{0111}", 0xCD: "\u{00CD}", 0xED: "\u{00ED}", 0xCC: "\u{00CC}", 0xEC: "\u{00EC}",
        0xC6: "\u{1EC8}", 0xE6: "\u{1EC9}", 0xD3: "\u{0128}", 0xF3: "\u{0129}", 0xD2: "\u{1ECA}", 0xF2: "\u{1ECB}",
        0xD4: "\u{01A0}", 0xF4: "\u{01A1}", 0xD6: "\u{01AF}", 0xF6: "\u{01B0}", 0xCE: "\u{1EF4}", 0xEE: "\u{1EF5}",
    ]

    /// VNI-Windows letters of two bytes, a base letter then a mark byte, keyed `base << 8 | mark`.
    static let vniPairs: [UInt16: Unicode.Scalar] = [
        0x41D9: "\u{00C1}", 0x61F9: "\u{00E1}", 0x41D8: "\u{00C0}", 0x61F8: "\u{00E0}", 0x41DB: "\u{1EA2}", 0x61FB: "\u{1EA3}",
        0x41D5: "\u{00C3}", 0x61F5: "\u{00E3}", 0x41CF: "\u{1EA0}", 0x61EF: "\u{1EA1}", 0x41C2: "\u{00C2}", 0x61E2: "\u{00E2}",
        0x41C1: "\u{1EA4}", 0x61E1: "\u{1EA5}", 0x41C0: "\u{1EA6}", 0x61E0: "\u{1EA7}", 0x41C5: "\u{1EA8}", 0x61E5: "\u{1EA9}",
        0x41C3: "\u{1EAA}", 0x61E3: "\u{1EAB}", 0x41C4: "\u{1EAC}", 0x61E4: "\u{1EAD}", 0x41CA: "\u{0102}", 0x61EA: "\u{0103}",
        0x41C9: "\u{1EAE}", 0x61E9: "\u{1EAF}", 0x41C8: "\u{1EB0}", 0x61E8: "\u{1EB1}", 0x41DA: "\u{1EB2}", 0x61FA: "\u{1EB3}",
        0x41DC: "\u{1EB4}", 0x61FC: "\u{1EB5}", 0x41CB: "\u{1EB6}", 0x61EB: "\u{1EB7}", 0x45D9: "\u{00C9}", 0x65F9: "\u{00E9}",
        0x45D8: "\u{00C8}", 0x65F8: "\u{00E8}", 0x45DB: "\u{1EBA}", 0x65FB: "\u{1EBB}", 0x45D5: "\u{1EBC}", 0x65F5: "\u{1EBD}",
        0x45CF: "\u{1EB8}", 0x65EF: "\u{1EB9}", 0x45C2: "\u{00CA}", 0x65E2: "\u{00EA}", 0x45C1: "\u{1EBE}", 0x65E1: "\u{1EBF}",
        0x45C0: "\u{1EC0}", 0x65E0: "\u{1EC1}", 0x45C5: "\u{1EC2}", 0x65E5: "\u{1EC3}", 0x45C3: "\u{1EC4}", 0x65E3: "\u{1EC5}",
        0x45C4: "\u{1EC6}", 0x65E4: "\u{1EC7}", 0x4FD9: "\u{00D3}", 0x6FF9: "\u{00F3}", 0x4FD8: "\u{00D2}", 0x6FF8: "\u{00F2}",
        0x4FDB: "\u{1ECE}", 0x6FFB: "\u{1ECF}", 0x4FD5: "\u{00D5}", 0x6FF5: "\u{00F5}", 0x4FCF: "\u{1ECC}", 0x6FEF: "\u{1ECD}",
        0x4FC2: "\u{00D4}", 0x6FE2: "\u{00F4}", 0x4FC1: "\u{1ED0}", 0x6FE1: "\u{1ED1}", 0x4FC0: "\u{1ED2}", 0x6FE0: "\u{1ED3}",
        0x4FC5: "\u{1ED4}", 0x6FE5: "\u{1ED5}", 0x4FC3: "\u{1ED6}", 0x6FE3: "\u{1ED7}", 0x4FC4: "\u{1ED8}", 0x6FE4: "\u{1ED9}",
        0xD4D9: "\u{1EDA}", 0xF4F9: "\u{1EDB}", 0xD4D8: "\u{1EDC}", 0xF4F8: "\u{1EDD}", 0xD4DB: "\u{1EDE}", 0xF4FB: "\u{1EDF}",
        0xD4D5: "\u{1EE0}", 0xF4F5: "\u{1EE1}", 0xD4CF: "\u{1EE2}", 0xF4EF: "\u{1EE3}", 0x55D9: "\u{00DA}", 0x75F9: "\u{00FA}",
        0x55D8: "\u{00D9}", 0x75F8: "\u{00F9}", 0x55DB: "\u{1EE6}", 0x75FB: "\u{1EE7}", 0x55D5: "\u{0168}", 0x75F5: "\u{0169}",
        0x55CF: "\u{1EE4}", 0x75EF: "\u{1EE5}", 0xD6D9: "\u{1EE8}", 0xF6F9: "\u{1EE9}", 0xD6D8: "\u{1EEA}", 0xF6F8: "\u{1EEB}",
        0xD6DB: "\u{1EEC}", 0xF6FB: "\u{1EED}", 0xD6D5: "\u{1EEE}", 0xF6F5: "\u{1EEF}", 0xD6CF: "\u{1EF0}", 0xF6EF: "\u{1EF1}",
        0x59D9: "\u{00DD}", 0x79F9: "\u{00FD}", 0x59D8: "\u{1EF2}", 0x79F8: "\u{1EF3}", 0x59DB: "\u{1EF6}", 0x79FB: "\u{1EF7}",
        0x59D5: "\u{1EF8}", 0x79F5: "\u{1EF9}",
    ]
}
