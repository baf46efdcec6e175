import Foundation
import PropertyBased
import Testing
@testable import Nominations

/// The clean-ups of `cli-contract.md` ("name") and the traps of the legacy-text decision.
@Suite struct TextRepairTests {
    let plain = TextRepairer(texts: [])

    @Test func decomposedUnicodeIsComposed() {
        let repaired = plain.repair("Nguye\u{0302}\u{0303}n Va\u{0306}n An", font: "Times New Roman")
        #expect(repaired.text.unicodeScalars.elementsEqual("Nguy\u{1EC5}n V\u{0103}n An".unicodeScalars))
        #expect(repaired.repairs == [.composed])
    }

    @Test func lookAlikesReplaced() {
        let eth = plain.repair("\u{00D0}\u{1EB7}ng V\u{0103}n H\u{00F9}ng", font: nil)
        #expect(eth.text == "Đặng Văn Hùng")
        #expect(eth.text.unicodeScalars.first == "\u{0110}")
        #expect(eth.repairs == [.lookAlikes])
        // Cyrillic е (U+0435) with combining marks inside a Latin word: Latin e, then composed.
        let cyrillic = plain.repair("Nguy\u{0435}\u{0302}\u{0303}n T\u{0445}\u{1ECB}", font: nil)
        #expect(cyrillic.text.unicodeScalars.elementsEqual("Nguy\u{1EC5}n Txị".unicodeScalars))
        #expect(cyrillic.repairs.contains(.lookAlikes))
        // A word all in Cyrillic is someone's Cyrillic, not a look-alike.
        #expect(plain.repair("Москва", font: nil).text == "Москва")
        #expect(plain.repair("Москва", font: nil).repairs.isEmpty)
    }

    @Test func spacesTidiedWithoutCountingAsRepair() {
        let repaired = plain.repair("\u{00A0}Nguyễn\u{00A0}\u{00A0}Văn \u{2003} An\t\n", font: nil)
        #expect(repaired.text == "Nguyễn Văn An")
        #expect(repaired.repairs.isEmpty)
        #expect(VietnameseText.tidy("  a\u{202F}\u{3000}b  ") == "a b")
    }

    @Test func zeroWidthRemovedWithoutCountingAsRepair() {
        let repaired = plain.repair("Nguy\u{200B}ễn\u{FEFF} Văn\u{200D} An\u{00AD}", font: "Arial")
        #expect(repaired.text == "Nguyễn Văn An")
        #expect(repaired.repairs.isEmpty)
    }

    @Test func softHyphenIsTCVN3WhenTheTextIsLegacy() {
        // "Thương binh" in TCVN3: U+00AD is "ư", decided before zero-width characters are removed.
        let repaired = plain.repair("Th\u{00AD}\u{00AC}ng binh", font: ".VnTime")
        #expect(repaired.text == "Thương binh")
        let heuristic = plain.repair("Th\u{00AD}\u{00AC}ng binh liÖt sÜ", font: nil)
        #expect(heuristic.text == "Thương binh liệt sĩ")
        #expect(heuristic.repairs == [.tcvn3])
    }

    @Test func genuineUnicodeWithGuillemetsIsNotDecoded() {
        let legacyFile = TextRepairer(texts: [("Hä vµ tªn", nil), ("Chøc vô", nil), ("H×nh thøc khen th\u{00AD}ëng", nil)])
        for repairer in [plain, legacyFile] {
            let name = repairer.repair("Lê Thị «Bé» Na", font: nil)
            #expect(name.text == "Lê Thị «Bé» Na")
            #expect(name.repairs.isEmpty)
            #expect(repairer.repair("Trần Văn Bình", font: nil).text == "Trần Văn Bình")
            #expect(repairer.repair("Bình", font: nil).text == "Bình")
            #expect(repairer.repair("Mục tiêu: 100% × 2 · © 2025", font: nil).repairs.isEmpty)
        }
    }

    @Test func unicodeTextInALegacyFontCellStaysUnicode() {
        let repaired = plain.repair("Nguyễn Văn An", font: ".VnTime")
        #expect(repaired.text == "Nguyễn Văn An")
        #expect(repaired.repairs.isEmpty)
    }

    @Test func windows1252PunctuationSurvivesALegacyFont() {
        let repaired = plain.repair("Hä vµ tªn – “NguyÔn” …", font: ".VnTime")
        #expect(repaired.text == "Họ và tên – “Nguyễn” …")
    }

    @Test func allCapsFontIsUpperCased() {
        let typedLower = plain.repair("nguyÔn v¨n an", font: ".VnTimeH")
        #expect(typedLower.text == "NGUYỄN VĂN AN")
        #expect(typedLower.repairs == [.tcvn3])
        #expect(plain.repair("NGUYÔN V¡N AN", font: ".VnArialH").text == "NGUYỄN VĂN AN")
        // The same codes in a normal font keep the case as typed.
        #expect(plain.repair("NGUYÔN V¡N AN", font: ".VnTime").text == "NGUYễN VĂN AN")
        // A Unicode font ending in H is no all-caps legacy font.
        #expect(plain.repair("Nguyễn Văn An", font: "VnH").text == "Nguyễn Văn An")
    }

    @Test func unicodeFontNeedsOverwhelmingEvidence() {
        let clear = plain.repair("NguyÔn V¨n An", font: "Times New Roman")
        #expect(clear.text == "Nguyễn Văn An")
        #expect(clear.repairs == [.tcvn3])
        // One word that reads as Vietnamese both ways: left as typed.
        #expect(plain.repair("Ghi chó", font: "Times New Roman").text == "Ghi chó")
    }

    @Test func ambiguousCellsFollowTheFile() {
        let legacyFile = TextRepairer(texts: [("Hä vµ tªn", nil), ("Chøc vô", nil), ("Ghi chó", nil), ("NguyÔn V¨n An", nil)])
        #expect(legacyFile.repair("Ghi chó", font: nil).text == "Ghi chú")
        #expect(plain.repair("Ghi chó", font: nil).text == "Ghi chó")
        // A file that also holds Unicode-only Vietnamese keeps words that are Vietnamese as typed.
        let mixed = TextRepairer(texts: [("Hä vµ tªn", nil), ("Chøc vô", nil), ("Nguyễn Văn An", nil)])
        #expect(mixed.repair("Ghi chó", font: nil).text == "Ghi chó")
    }

    @Test func vniWithoutFont() {
        let repaired = plain.repair("Nguyeãn Vaên An", font: nil)
        #expect(repaired.text == "Nguyễn Văn An")
        #expect(repaired.repairs == [.vni])
    }

    @Test func tcvn3ReadThroughWindows1258() {
        // "Sáng kiến" typed in TCVN3, saved as CSV on a Vietnamese Windows: byte 0xD5 reads as Ơ there.
        let repaired = plain.repair("S¸ng ki\u{01A0}n", font: nil)
        #expect(repaired.text == "Sáng kiến")
        #expect(repaired.repairs == [.tcvn3])
    }
}

/// `isTidy`, the shortcut of `tidy`, against `tidy` itself.
@Suite struct TidyShortcutTests {
    @Test func zeroWidthAndWhiteSpaceAreNeverTidy() {
        for scalar in VietnameseText.zeroWidth { #expect(!VietnameseText.isTidy("a\(scalar)b")) }
        for value in 0...0x3000 {
            guard let scalar = Unicode.Scalar(value), scalar.properties.isWhitespace, scalar != " " else { continue }
            #expect(!VietnameseText.isTidy("a\(scalar)b"))
        }
    }

    @Test func whiteSpaceByValueIsUnicodesWhiteSpace() {
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(VietnameseText.isWhiteSpace(value) == scalar.properties.isWhitespace, "U+\(String(value, radix: 16))")
        }
    }

    @Test func anyTextIsTidyExactlyWhenTidyKeepsIt() async {
        let pieces: [String] = "aăĐơ1".map { String($0) } + [" ", "  ", "\u{00A0}", "\t", "\u{200B}", "\u{00AD}", "\u{3000}", "\u{0301}", "\n"]
        await propertyCheck(input: Gen.int(in: 0...(pieces.count - 1)).array(of: 0...12)) { indices in
            let text = indices.map { pieces[$0] }.joined()
            #expect(VietnameseText.isTidy(text) == Array(VietnameseText.tidy(text).unicodeScalars).elementsEqual(text.unicodeScalars))
        }
    }
}

/// The byte-wise trim against Foundation's.
@Suite struct ASCIITrimmingTests {
    @Test func anyTextTrimsAsFoundationDoes() async {
        let pieces: [String] = [" ", "\t", "(", ")", ".", "A", "1", "12", "ă", "\u{00A0}", "-", ":", "x y"]
        await propertyCheck(input: Gen.int(in: 0...(pieces.count - 1)).array(of: 0...8)) { indices in
            let text = indices.map { pieces[$0] }.joined()
            #expect(text.trimming(.whitespaces) == text.trimmingCharacters(in: .whitespaces))
            #expect(text.trimming(ASCIITrimSet(" ()")) == text.trimmingCharacters(in: CharacterSet(charactersIn: " ()")))
        }
    }
}
