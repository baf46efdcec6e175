import Testing
@testable import Nominations

/// Values a nomination sheet holds, typed here in Unicode: each file of them typed in TCVN3 or VNI is decoded
/// back, and a Unicode file of them is left alone.
@Suite struct TextRoundTripTests {
    static let phrases = [
        "Nguyễn Văn An", "Trần Thị Bích Ngọc", "Lê Hoàng Phúc", "Phạm Thị Thuỳ Dương", "Huỳnh Quốc Khánh",
        "Đặng Thị Thu Hà", "Võ Minh Tuấn", "Ngô Thị Yến", "Bùi Xuân Trường", "Đỗ Đức Thịnh",
        "Phòng Kế hoạch - Tài chính", "Trung tâm Bảo trợ xã hội tỉnh", "Văn phòng Sở", "Thanh tra Sở",
        "Phòng Lao động - Việc làm - Giáo dục nghề nghiệp", "Cơ sở cai nghiện ma túy", "Đắk Nông",
        "Hoàn thành xuất sắc nhiệm vụ", "Hoàn thành tốt nhiệm vụ", "Giấy khen của Giám đốc Sở",
        "Bằng khen của Chủ tịch UBND tỉnh", "Chuyên viên", "Trưởng phòng", "Phó Giám đốc", "Kế toán trưởng",
        "Đề xuất giải pháp cải cách thủ tục hành chính", "Sáng kiến số hóa hồ sơ người có công",
        "Tập thể", "Cá nhân", "Khiển trách", "Cảnh cáo", "Ghi chú", "Họ và tên", "Ngày sinh",
        "Chức vụ, đơn vị công tác", "Tóm tắt thành tích", "Số QĐ công nhận", "Ngày QĐ công nhận",
    ]

    @Test func tcvn3FileDecodesBack() {
        let typed = Self.phrases.map { LegacyEncoding.tcvn3.encode($0) }
        let repairer = TextRepairer(texts: typed.map { ($0, nil) })
        for (phrase, legacy) in zip(Self.phrases, typed) {
            let repaired = repairer.repair(legacy, font: nil)
            // TCVN3 has no toned capitals: compare without case.
            #expect(repaired.text.lowercased() == phrase.lowercased(), "\(legacy)")
            #expect(repaired.repairs == [.tcvn3], "\(legacy)")
        }
    }

    @Test func vniFileDecodesBack() {
        let typed = Self.phrases.map { LegacyEncoding.vni.encode($0) }
        let repairer = TextRepairer(texts: typed.map { ($0, nil) })
        for (phrase, legacy) in zip(Self.phrases, typed) {
            let repaired = repairer.repair(legacy, font: nil)
            #expect(repaired.text == phrase, "\(legacy)")
            #expect(repaired.repairs == (legacy == phrase ? [] : [.vni]), "\(legacy)")
        }
    }

    @Test func unicodeFileIsLeftAlone() {
        let unicodeFile = TextRepairer(texts: Self.phrases.map { ($0, nil) })
        for repairer in [unicodeFile, TextRepairer(texts: [])] {
            for phrase in Self.phrases {
                let repaired = repairer.repair(phrase, font: nil)
                #expect(repaired.text == phrase)
                #expect(repaired.repairs.isEmpty, "\(phrase)")
            }
        }
    }
}
