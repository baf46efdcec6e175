import Foundation
import Testing
@testable import Nominations

/// Every letter of both legacy tables and every phrase of `samples.json`, checked against the reference files
/// in `shared/spec/encodings/` (read here, not copied).
@Suite struct TextLegacyTablesTests {
    static let encodings = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/spec/encodings")

    /// (legacy bytes, Unicode letter) rows of a TSV, comments skipped.
    static func table(_ name: String) throws -> [(bytes: [UInt8], letter: String, asRead: String)] {
        let text = try String(contentsOf: encodings.appendingPathComponent(name), encoding: .utf8)
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap { line in
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard columns.count >= 4 else { return nil }
            let bytes = columns[0].split(separator: " ").compactMap { UInt8($0, radix: 16) }
            return (bytes, String(columns[1]), String(columns[3]))
        }
    }

    static func samples() throws -> [(unicode: String, tcvn3: String, vni: String)] {
        let data = try Data(contentsOf: encodings.appendingPathComponent("samples.json"))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: [String]])
        return object.sorted { $0.key < $1.key }.compactMap { key, value in
            value.count == 2 ? (key, value[0], value[1]) : nil
        }
    }

    /// Legacy bytes as a spreadsheet shows them: each byte as the Latin-1 character of the same code.
    func latin1(_ bytes: [UInt8]) -> String {
        String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) }))
    }

    @Test func everyTCVN3Letter() throws {
        let rows = try Self.table("tcvn3_map.tsv")
        #expect(rows.count == 74)
        #expect(LegacyTables.tcvn3.count == 74)
        for row in rows {
            let typed = latin1(row.bytes)
            #expect(row.asRead.hasPrefix(typed), "column 4 of \(row.letter)")
            #expect(LegacyEncoding.tcvn3.decode(typed) == row.letter, "byte \(row.bytes)")
            #expect(LegacyTables.tcvn3[row.bytes[0]].map { String($0) } == row.letter)
        }
    }

    @Test func everyVNILetter() throws {
        let rows = try Self.table("vni_map.tsv")
        #expect(rows.count == 134)
        #expect(LegacyTables.vniPairs.count + LegacyTables.vniSingle.count == 134)
        for row in rows {
            let typed = latin1(row.bytes)
            #expect(row.asRead == typed, "column 4 of \(row.letter)")
            #expect(LegacyEncoding.vni.decode(typed) == row.letter, "bytes \(row.bytes)")
            #expect(LegacyEncoding.vni.encode(row.letter) == typed)
        }
    }

    @Test func tcvn3LeavesEveryOtherCharacter() {
        // Windows-1252 punctuation sits where glibc's TCVN5712-1 puts capitals: it must stay punctuation.
        let punctuation = "– — “ ” ‘ ’ … • € ™ 0123 ABC xyz () ; :"
        #expect(LegacyEncoding.tcvn3.decode(punctuation) == punctuation)
        // Latin-1 bytes outside the 74 letters (0xA0, 0xAF–0xB4, 0xBA, 0xBF–0xC5 …) stay too.
        let others = "\u{00A0}\u{00AF}\u{00B0}\u{00B4}\u{00BA}\u{00BF}\u{00C0}\u{00C5}\u{00CD}\u{00DA}\u{00DB}\u{00E0}\u{00F0}\u{00FF}"
        #expect(LegacyEncoding.tcvn3.decode(others) == others)
    }

    @Test func everySampleBothWays() throws {
        let samples = try Self.samples()
        #expect(samples.count >= 14)
        for sample in samples {
            // VNI has capitals of its own: both ways exactly.
            #expect(LegacyEncoding.vni.decode(sample.vni) == sample.unicode)
            #expect(LegacyEncoding.vni.encode(sample.unicode) == sample.vni)
            // TCVN3 writes toned capitals with the lower-case codes.
            #expect(LegacyEncoding.tcvn3.encode(sample.unicode) == sample.tcvn3)
            let decoded = LegacyEncoding.tcvn3.decode(sample.tcvn3)
            #expect(decoded.uppercased() == sample.unicode.uppercased())
            if sample.unicode != sample.unicode.uppercased() {
                #expect(decoded == sample.unicode)
            }
        }
    }

    @Test func samplesRepairedByFont() throws {
        let samples = try Self.samples()
        let repairer = TextRepairer(texts: [])
        for sample in samples {
            let allCaps = sample.unicode == sample.unicode.uppercased()
            let tcvn3 = repairer.repair(sample.tcvn3, font: allCaps ? ".VnTimeH" : ".VnTime")
            #expect(tcvn3.text == sample.unicode)
            #expect(tcvn3.repairs == [.tcvn3])
            let vni = repairer.repair(sample.vni, font: "VNI-Times")
            #expect(vni.text == sample.unicode)
            #expect(vni.repairs == (sample.vni == sample.unicode ? [] : [.vni]))
        }
    }

    @Test func samplesRepairedWithoutFontsByTheFilesEvidence() throws {
        let samples = try Self.samples()
        let tcvn3File = TextRepairer(texts: samples.map { ($0.tcvn3, nil) })
        let vniFile = TextRepairer(texts: samples.map { ($0.vni, nil) })
        for sample in samples {
            let tcvn3 = tcvn3File.repair(sample.tcvn3, font: nil)
            // Without a font nothing says "all caps": the case stays as typed.
            #expect(tcvn3.text.uppercased() == sample.unicode.uppercased())
            #expect(tcvn3.text == LegacyEncoding.tcvn3.decode(sample.tcvn3))
            #expect(tcvn3.repairs == [.tcvn3])
            let vni = vniFile.repair(sample.vni, font: nil)
            #expect(vni.text == sample.unicode)
        }
    }
}
