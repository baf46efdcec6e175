import Testing
@testable import Campaign

@Suite struct UnitRecognitionTests {
    let recognizer = UnitRecognizer(units: [
        RegisteredUnit(code: "BTXH", name: "Phòng Bảo trợ xã hội - Trẻ em - Bình đẳng giới", aliases: ["Phòng BTXH-TE-BĐG"], senders: ["btxh@x.vn"]),
        RegisteredUnit(code: "TTBTXH", name: "Trung tâm Bảo trợ xã hội tỉnh", aliases: ["TT BTXH"], senders: ["ttbtxh@x.vn"]),
        RegisteredUnit(code: "KHTC", name: "Phòng Kế hoạch - Tài chính", aliases: ["Phòng KH-TC", "Kế hoạch Tài chính"]),
    ])

    @Test func wholeTokensOnly() {
        #expect(recognizer.unit(in: "TTBTXH_de_nghi.xlsx")?.code == "TTBTXH")
        #expect(recognizer.unit(in: "BTXH.xlsx")?.code == "BTXH")
        #expect(recognizer.unit(in: "TT BTXH")?.code == "TTBTXH")
    }

    @Test func foldsCaseAndDiacritics() {
        #expect(recognizer.unit(in: "Phong Ke hoach Tai chinh.csv")?.code == "KHTC")
        #expect(recognizer.unit(in: "khtc")?.code == "KHTC")
        #expect(recognizer.unit(in: "ho-so.xlsx") == nil)
    }

    @Test func senderIsCaseInsensitive() {
        #expect(recognizer.unit(forSender: "BTXH@X.VN")?.code == "BTXH")
        #expect(recognizer.unit(forSender: "other@x.vn") == nil)
    }
}
