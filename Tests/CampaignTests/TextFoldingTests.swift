import Foundation
import Testing
import PropertyBased
@testable import Campaign

/// The fast folding against a plain reference: decompose, drop marks, đ → d, lower-case each scalar.
@Suite struct TextFoldingTests {
    static func reference(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark: continue
            default: break
            }
            switch scalar {
            case "đ", "Đ", "\u{00D0}": scalars.append("d")
            default: scalars.append(contentsOf: String(scalar).lowercased().unicodeScalars)
            }
        }
        return String(scalars)
    }

    @Test(arguments: ["Họ và tên", "HỌ VÀ TÊN", "Đơn vị công tác", "Phòng LĐ-VL-GDNN", "Xếp loại năm 2025", "STT", "",
                      "Nguyễn  Văn\u{00A0}An", "Ðặng", "İstanbul", "ΣΑΣ", "Ноа", "Trương Thị Thư", "e\u{0301}", "TT BTXH",
                      "“Đạt” – …", "ǅ ǈ ǋ Ǳ", "o\u{0323}\u{0302}", "ẞ ǰ ŉ", "\u{1EA0}\u{0300}"])
    func matchesTheReference(_ text: String) {
        #expect(Array(TextFolding.fold(text).unicodeScalars) == Array(Self.reference(text).unicodeScalars))
    }

    @Test func foldsVietnamese() {
        #expect(TextFolding.fold("Hoàn thành XUẤT SẮC nhiệm vụ") == "hoan thanh xuat sac nhiem vu")
        #expect(TextFolding.tokens("Tên tập thể/cá nhân") == ["ten", "tap", "the", "ca", "nhan"])
    }

    @Test func anyTextMatchesTheReference() async {
        let letters = Array("aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ 0123456789-/,.")
            + ["\u{00A0}", "“", "”", "–", "…", "Ð", "ß", "ǅ", "Ǆ", "ĳ", "ŉ", "Ω", "Ж", "ё", "\u{0301}", "\u{0323}", "\u{0345}", "\u{0BCA}", "ﬁ", "Ⓐ", "İ", "ẞ", "ǰ"]
        await propertyCheck(input: Gen.int(in: 0...(letters.count - 1)).array(of: 0...40)) { indices in
            let text = String(indices.map { letters[$0] })
            #expect(Array(TextFolding.fold(text).unicodeScalars) == Array(Self.reference(text).unicodeScalars))
        }
    }
}
