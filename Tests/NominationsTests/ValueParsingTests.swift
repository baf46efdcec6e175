import PropertyBased
import Campaign
import Sheets
import Testing
@testable import Nominations

@Suite struct ValueMatchingTests {
    @Test(arguments: [
        ("Tập thể", NomineeKind.collective), ("TT", .collective), ("Khen thưởng tập thể", .collective),
        ("TAPTHE", .collective), ("tap the", .collective), ("  TẬP   THỂ ", .collective),
        ("Cá nhân", .individual), ("CN", .individual), ("Khen thưởng cá nhân", .individual), ("CANHAN", .individual),
        ("Ca nhan", .individual), ("Ca\u{301} nhân", .individual), ("Cá nhân (2025)", .individual),
    ])
    func kindForms(text: String, kind: NomineeKind) {
        #expect(KindValues.read(text).value == kind)
    }

    @Test func householdIsNotAKind() throws {
        guard case .unreadable(let why) = KindValues.read("Hộ gia đình") else {
            Issue.record("“Hộ gia đình” was accepted"); return
        }
        #expect(why.vi.contains("“Hộ gia đình”"))
        #expect(why.vi.contains("hộ gia đình"))
        #expect(KindValues.read("   ").value == nil)
        #expect(!KindValues.read("   ").isUnreadable)
    }

    @Test(arguments: [
        ("Bằng khen của Chủ tịch UBND tỉnh", "bang-khen-ubnd-tinh"), ("Bằng khen UBND tỉnh", "bang-khen-ubnd-tinh"),
        ("Bằng khen", "bang-khen-ubnd-tinh"), ("BK", "bang-khen-ubnd-tinh"), ("bang khen", "bang-khen-ubnd-tinh"),
        ("BẰNG KHEN CỦA CHỦ TỊCH UBND TỈNH NĂM 2025", "bang-khen-ubnd-tinh"),
        ("Giấy khen của Giám đốc Sở", "giay-khen-giam-doc-so"), ("Giấy khen", "giay-khen-giam-doc-so"),
        ("GK", "giay-khen-giam-doc-so"), ("Giay khen cua Giam doc So", "giay-khen-giam-doc-so"),
        ("Giấy khen (đề nghị lần đầu)", "giay-khen-giam-doc-so"),
    ])
    func awardForms(text: String, id: String) {
        #expect(AwardValues(campaign: ExampleCampaign.make()).read(text).value == id)
    }

    @Test func awardFormsComeFromTheCampaign() {
        var campaign = ExampleCampaign.make()
        campaign.awards[1].aliases.append("Khen Sở")
        #expect(AwardValues(campaign: campaign).read("Khen Sở").value == "giay-khen-giam-doc-so")
        #expect(AwardValues(campaign: ExampleCampaign.make()).read("Khen Sở").isUnreadable)
        #expect(AwardValues(campaign: ExampleCampaign.make()).read("Bằng khen của Thủ tướng").isUnreadable)
    }

    @Test(arguments: [
        ("Hoàn thành xuất sắc nhiệm vụ", RatingLevel.excellent, nil as Int?),
        ("Hoan thanh xuat sac nhiem vu", .excellent, nil), ("HTXSNV", .excellent, nil), ("htxsnv.", .excellent, nil),
        ("Hoàn thành xuất sắc", .excellent, nil), ("Xuất sắc", .excellent, nil),
        ("Hoàn thành xuất sắc nhiệm vụ năm 2025", .excellent, 2025), ("HTXSNV năm 2024", .excellent, 2024),
        ("HTXSNV (năm 2024)", .excellent, 2024), ("HOÀN THÀNH  XUẤT SẮC NHIỆM VỤ", .excellent, nil),
        ("Hoàn thành tốt nhiệm vụ", .good, nil), ("HTTNV", .good, nil), ("Tốt", .good, nil),
        ("Hoàn thành nhiệm vụ", .completed, nil), ("HTNV", .completed, nil),
        ("Không hoàn thành nhiệm vụ", .notCompleted, nil), ("KHTNV", .notCompleted, nil),
    ])
    func ratingForms(text: String, level: RatingLevel, year: Int?) {
        #expect(RatingValues.read(text, headerYear: nil).value == Rating(level: level, year: year))
    }

    @Test func ratingYearFromHeaderUnlessTheValueNamesOne() {
        #expect(RatingValues.read("HTXSNV", headerYear: 2024).value?.year == 2024)
        #expect(RatingValues.read("HTXSNV năm 2025", headerYear: 2024).value?.year == 2025)
    }

    @Test(arguments: ["A", "B", "c", "D", "Loại A"])
    func ratingLettersAreAmbiguous(text: String) {
        #expect(RatingValues.read(text, headerYear: nil).isUnreadable)
    }

    @Test func ratingLetterMessageQuotesTheValue() {
        guard case .unreadable(let why) = RatingValues.read("B", headerYear: nil) else { Issue.record("B accepted"); return }
        #expect(why.vi.contains("“B”"))
        #expect(why.en.contains("ambiguous"))
    }

    @Test(arguments: [
        ("Không", Discipline.none), ("Không bị kỷ luật", .none), ("Nhắc nhở", .none), ("Phê bình", .none),
        ("Khiển trách", .form("Khiển trách")), ("khien trach", .form("Khiển trách")),
        ("Khiển trách (QĐ số 15/QĐ-SLĐTBXH)", .form("Khiển trách")), ("Cảnh cáo", .form("Cảnh cáo")),
        ("Hạ bậc lương", .form("Hạ bậc lương")), ("Giáng chức", .form("Giáng chức")), ("Hạ ngạch", .form("Hạ ngạch")),
        ("Cách chức", .form("Cách chức")), ("Buộc thôi việc", .form("Buộc thôi việc")), ("Sa thải", .form("Sa thải")),
        ("Kéo dài thời hạn nâng lương không quá 06 tháng", .form("Kéo dài thời hạn nâng lương")),
        ("Cảnh cáo năm 2024", .form("Cảnh cáo")),
        ("Đang xem xét kỷ luật", .pending("Đang xem xét kỷ luật")), ("Đang bị điều tra", .pending("Đang bị điều tra")),
        ("Đang bị thanh tra", .pending("Đang bị thanh tra")), ("Đang bị xem xét kỷ luật", .pending("Đang xem xét kỷ luật")),
        ("Đang có đơn thư khiếu nại chưa giải quyết", .pending("Đang có đơn thư khiếu nại")),
        ("", .none),
    ])
    func disciplineForms(text: String, discipline: Discipline) {
        #expect(DisciplineValues.read(text).value == discipline)
    }

    @Test func reminderAndCriticismDoNotDisqualifyReprimandDoes() {
        #expect(DisciplineValues.read("Nhắc nhở").value?.disqualifies == false)
        #expect(DisciplineValues.read("Phê bình").value?.disqualifies == false)
        #expect(DisciplineValues.read("Khiển trách").value?.disqualifies == true)
        #expect(DisciplineValues.read("Bị xử lý").isUnreadable)
    }
}

@Suite struct ValueDateTests {
    @Test(arguments: [
        ("03/04/2025", DayDate(year: 2025, month: 4, day: 3)), ("3/4/2025", DayDate(year: 2025, month: 4, day: 3)),
        ("03-04-2025", DayDate(year: 2025, month: 4, day: 3)), ("03.04.2025", DayDate(year: 2025, month: 4, day: 3)),
        ("ngày 05 tháng 11 năm 2025", DayDate(year: 2025, month: 11, day: 5)),
        ("Ngày 5 tháng 11 năm 2025", DayDate(year: 2025, month: 11, day: 5)),
        ("2025-11-05", DayDate(year: 2025, month: 11, day: 5)), (" 31/12/2024 ", DayDate(year: 2024, month: 12, day: 31)),
        ("29/02/2024", DayDate(year: 2024, month: 2, day: 29)), ("ngày 05/11/2025", DayDate(year: 2025, month: 11, day: 5)),
    ])
    func acceptedForms(text: String, date: DayDate) {
        #expect(DateValues.read(.string(text), text: text).value == date)
    }

    @Test(arguments: ["31/02/2025", "29/02/2025", "13/13/2025", "05/11/25", "2025", "tháng 11", "05/11-2025"])
    func unreadableDates(text: String) {
        #expect(DateValues.read(.string(text), text: text).isUnreadable)
    }

    @Test func dateCellsAndBareNumbers() {
        let cell = CellValue.date(LocalDateTime(year: 2025, month: 4, day: 3, hour: 8, minute: 30, hasTime: true))
        #expect(DateValues.read(cell, text: "").value == DayDate(year: 2025, month: 4, day: 3))
        // A serial number without a date format is not a date.
        #expect(DateValues.read(.number(45_966), text: "45966").isUnreadable)
        #expect(DateValues.read(.string("45966"), text: "45966").isUnreadable)
        #expect(DateValues.read(.string("  "), text: "  ").value == nil)
        #expect(!DateValues.read(.string("  "), text: "  ").isUnreadable)
    }

    @Test func birthDates() {
        #expect(BirthDateValues.read(.number(1985), text: "1985").value == BirthDate(year: 1985))
        #expect(BirthDateValues.read(.string("1985"), text: "1985").value == BirthDate(year: 1985))
        #expect(BirthDateValues.read(.string("05/11/1985"), text: "05/11/1985").value == BirthDate(year: 1985, month: 11, day: 5))
        let cell = CellValue.date(LocalDateTime(year: 1990, month: 1, day: 2))
        #expect(BirthDateValues.read(cell, text: "").value == BirthDate(year: 1990, month: 1, day: 2))
        #expect(BirthDateValues.read(.number(31_000), text: "31000").isUnreadable)
        #expect(BirthDateValues.read(.string("khoảng 1985"), text: "khoảng 1985").isUnreadable)
    }

    @Test func yearsAndPriorities() {
        #expect(NumberValues.readYear(.number(2025), text: "2025").value == 2025)
        #expect(NumberValues.readYear(.string("Năm 2024"), text: "Năm 2024").value == 2024)
        #expect(NumberValues.readYear(.string("hai nghìn"), text: "hai nghìn").isUnreadable)
        #expect(NumberValues.readPriority(.number(2), text: "2").value == 2)
        #expect(NumberValues.readPriority(.string(" 3 "), text: " 3 ").value == 3)
        #expect(NumberValues.readPriority(.number(1.5), text: "1.5").isUnreadable)
        #expect(NumberValues.readPriority(.string("cao"), text: "cao").isUnreadable)
    }
}

@Suite struct ValueDecisionAndReportTests {
    @Test(arguments: [
        ("Quyết định số 12/QĐ-HĐSK ngày 05/11/2025", "12/QĐ-HĐSK", DayDate(year: 2025, month: 11, day: 5)),
        ("12/QĐ-HĐSK, 05/11/2025", "12/QĐ-HĐSK", DayDate(year: 2025, month: 11, day: 5)),
        ("QĐ số 7/QĐ-HĐSK ngày 5 tháng 11 năm 2025", "7/QĐ-HĐSK", DayDate(year: 2025, month: 11, day: 5)),
        ("Số 03/2025/QĐ-HĐSK ngày 03/04/2025", "03/2025/QĐ-HĐSK", DayDate(year: 2025, month: 4, day: 3)),
    ])
    func oneCellDecisions(text: String, number: String, date: DayDate) {
        let reading = DecisionValues.readCombined(.string(text), text: text)
        #expect(reading.number == number)
        #expect(reading.date.value == date)
    }

    @Test func oneCellDecisionWithAPartMissing() {
        let numberOnly = DecisionValues.readCombined(.string("12/QĐ-HĐSK"), text: "12/QĐ-HĐSK")
        #expect(numberOnly.number == "12/QĐ-HĐSK")
        #expect(numberOnly.date.value == nil && !numberOnly.date.isUnreadable)
        let dateOnly = DecisionValues.readCombined(.string("ngày 05/11/2025"), text: "ngày 05/11/2025")
        #expect(dateOnly.number == nil)
        #expect(dateOnly.date.value == DayDate(year: 2025, month: 11, day: 5))
        let badDate = DecisionValues.readCombined(.string("12/QĐ-HĐSK ngày 31/02/2025"), text: "12/QĐ-HĐSK ngày 31/02/2025")
        #expect(badDate.number == "12/QĐ-HĐSK")
        #expect(badDate.date.isUnreadable)
    }

    @Test(arguments: ["Có", "có", "x", "X", "✓", "bao-cao-thanh-tich.pdf", "BCTT Phong KHTC.docx", "Số 15/BC-VP", "15/BC-KHTC"])
    func reportPresent(text: String) {
        #expect(PresenceValues.readReport(.string(text), text: text).value == true)
    }

    @Test(arguments: ["Không", "", "  ", "khong"])
    func reportMissing(text: String) {
        #expect(PresenceValues.readReport(.string(text), text: text).value == false)
    }

    @Test func reportUnclear() {
        #expect(PresenceValues.readReport(.string("Đang hoàn thiện"), text: "Đang hoàn thiện").isUnreadable)
        #expect(PresenceValues.readYesNo(.string("Yes"), text: "Yes").value == true)
        #expect(PresenceValues.readYesNo(.string("0"), text: "0").value == false)
        #expect(PresenceValues.readYesNo(.bool(true), text: "TRUE").value == true)
    }
}

@Suite struct ValueVocabularyTests {
    @Test func markedFormsWinAndMarklessOnesMustBeUnambiguous() {
        // Two forms that differ only in marks: typed with marks each is itself; typed without, it is neither.
        let vocabulary = Vocabulary<Int>([("Cá nhân", 1), ("Ca nhàn", 2), ("Tập thể", 3)])
        #expect(vocabulary.match("cá nhân") == 1)
        #expect(vocabulary.match("CA NHÀN") == 2)
        #expect(vocabulary.match("ca nhan") == nil)
        #expect(vocabulary.match("TAPTHE") == 3)
        #expect(vocabulary.match("Tập thể khác") == nil)
    }

    @Test func prefixesMatchWholeWordsOrWithoutSpaces() {
        let vocabulary = Vocabulary<String>([("Khiển trách", "k"), ("Cách chức", "c")])
        #expect(vocabulary.matchPrefix("Khiển trách theo QĐ 15") == "k")
        #expect(vocabulary.matchPrefix("KHIENTRACH") == "k")
        #expect(vocabulary.matchPrefix("Khiển tráchx") == "k")  // no spaces: still the form
        #expect(vocabulary.matchPrefix("Cách") == nil)
    }

    @Test(arguments: [
        ("Có", true), ("x", true), ("X", true), ("✓", true), ("1", true), ("Yes", true),
        ("Không", false), ("", false), ("0", false), ("No", false),
    ])
    func yesNoForms(text: String, answer: Bool) {
        #expect(PresenceValues.readYesNo(.string(text), text: text).value == answer)
    }

    @Test func valuePartsSplitYearAndRemark() {
        #expect(ValueParts("Hoàn thành xuất sắc nhiệm vụ năm 2025") == ValueParts(core: "Hoàn thành xuất sắc nhiệm vụ", year: 2025, remark: nil))
        #expect(ValueParts("Khiển trách (QĐ số 15/QĐ-SLĐTBXH)").core == "Khiển trách")
        #expect(ValueParts("Khiển trách (QĐ số 15/QĐ-SLĐTBXH)").year == nil)
        #expect(ValueParts("HTXSNV, 2024").year == 2024)
        #expect(ValueParts("HTXSNV 12024").year == nil)
    }
}

@Suite struct ValueDateShapeTests {
    @Test(arguments: [
        ("2025-11-05T08:30:00", DayDate(year: 2025, month: 11, day: 5)), ("2025-11-05 00:00:00", DayDate(year: 2025, month: 11, day: 5)),
        ("05 / 11 / 2025", DayDate(year: 2025, month: 11, day: 5)), ("5.1.2025", DayDate(year: 2025, month: 1, day: 5)),
    ])
    func moreAcceptedShapes(text: String, date: DayDate) {
        #expect(DateValues.date(in: text) == date)
    }

    @Test(arguments: ["05/11/2025/1", "005/11/2025", "05/11/20255", "2025-11-05x", "2025-11-05T", "05/11.2025", "1/2", "05//2025"])
    func otherShapesAreNoDate(text: String) {
        #expect(DateValues.date(in: text) == nil)
    }
}

/// The byte-wise reading of plain "d/m/yyyy" dates against the general reading it short-cuts.
@Suite struct DateShortcutTests {
    @Test func anyShortTextReadsAsTheGeneralReading() async {
        let pieces: [String] = ["0", "1", "2", "3", "5", "9", "/", "-", ".", " ", "2025", "1900", "31", "29", "02", "T", "ngày ", "\u{00A0}"]
        await propertyCheck(input: Gen.int(in: 0...(pieces.count - 1)).array(of: 0...9)) { indices in
            let text = indices.map { pieces[$0] }.joined()
            #expect(DateValues.date(in: text) == DateValues.generalDate(in: text))
        }
    }

    @Test(arguments: ["05/11/2025", " 5-1-2025 ", "31.12.1999", "29/02/2024", "29/02/2025", "31/04/2025", "00/01/2025"])
    func plainDatesReadAsTheGeneralReading(_ text: String) {
        #expect(DateValues.date(in: text) == DateValues.generalDate(in: text))
    }
}
