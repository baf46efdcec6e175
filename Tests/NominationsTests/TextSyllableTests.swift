import Testing
@testable import Nominations

/// The syllable test behind the legacy decision, and the decisions it makes on words that look alike.
@Suite struct TextSyllableTests {
    @Test(arguments: [
        "Nguyễn", "người", "khuỷu", "quốc", "giữa", "gì", "hoà", "hòa", "thuở", "tuyển", "huỳnh", "nghĩa",
        "rượu", "khoẻ", "xoong", "thuế", "yến", "uống", "Đánh", "giá", "ý", "kỳ", "chính", "ĐƠN", "Ưu",
    ])
    func vietnameseSyllables(_ word: String) {
        #expect(VietnameseSyllable.isSyllable(word))
    }

    @Test(arguments: [
        // Legacy text as read, a spelling no Vietnamese word has (tone on the wrong vowel, letters of no syllable).
        "giaù", "Xaõ", "Hä", "tªn", "teân", "tých", "Bỡnh", "chýnh", "NGUYễNN", "UBND", "QĐ", "Müller", "ì̀",
    ])
    func notSyllables(_ word: String) {
        #expect(!VietnameseSyllable.isSyllable(word))
    }

    @Test func acronymsWithĐStayAndDecode() {
        let plain = TextRepairer(texts: [])
        // Unicode "Phòng LĐ": "Phòng" read as TCVN3 would be "Phũng", and a capital Đ is no TCVN3 "é".
        #expect(plain.repair("Phòng LĐ", font: nil).text == "Phòng LĐ")
        #expect(plain.repair("Phòng LĐ", font: nil).repairs.isEmpty)
        // "QĐ" typed in TCVN3 ("Q§") is an acronym once decoded, and does not stop the rest.
        let header = plain.repair("Ngµy Q§ c«ng nhËn", font: nil)
        #expect(header.text == "Ngày QĐ công nhận")
        #expect(header.repairs == [.tcvn3])
    }

    @Test func windows1258CapitalAfterALowerCaseLetter() {
        // TCVN3 "phép" saved as bytes and read as Windows-1258: 0xD0 ("é") shows as Đ.
        #expect(TextRepairer(texts: []).repair("Gi\u{00B8}m ®èc ph\u{0110}p", font: nil).text == "Giám đốc phép")
    }

    @Test func loneSymbolsDecideNothing() {
        let leaning = TextRepairer(texts: [("Hä vµ tªn", nil), ("Chøc vô", nil), ("NguyÔn V¨n An", nil)])
        #expect(leaning.repair("5 × 3 = 15 · ©", font: nil).text == "5 × 3 = 15 · ©")
        #expect(leaning.repair("5 × 3 = 15 · ©", font: nil).repairs.isEmpty)
    }
}
