import Campaign
import Sheets
import Testing
@testable import Nominations

/// Header texts → fields, one header at a time (domain.md, "Finding the table" and its synonym table).
@Suite struct HeaderMappingTests {
    @Test(arguments: [
        ("Họ và tên", Field.name), ("Họ tên", .name), ("Tên tập thể", .name), ("Họ và tên (tên tập thể)", .name),
        ("Họ và tên / Tên tập thể", .name), ("Loại", .kind), ("Đối tượng", .kind), ("Tập thể/Cá nhân", .kind),
        ("Phân loại khen thưởng", .kind), ("Ngày sinh", .birthDate), ("Ngày tháng năm sinh", .birthDate),
        ("Năm sinh", .birthDate), ("Chức vụ", .position), ("Chức danh", .position), ("Chức vụ/chức danh", .position),
        ("Chức vụ, đơn vị công tác", .position), ("Chức vụ, đơn vị", .position), ("Đơn vị", .unit),
        ("Đơn vị công tác", .unit), ("Cơ quan/đơn vị", .unit), ("Xếp loại", .rating), ("Xếp loại năm", .rating),
        ("Xếp loại năm 2025", .rating), ("Đánh giá xếp loại", .rating), ("Kết quả đánh giá, xếp loại", .rating),
        ("Sáng kiến", .initiative), ("Tên sáng kiến", .initiative), ("Sáng kiến/giải pháp", .initiative),
        ("Số QĐ công nhận", .decisionNumber), ("Số quyết định", .decisionNumber), ("Ngày QĐ công nhận", .decisionDate),
        ("Ngày quyết định", .decisionDate), ("Kỷ luật", .discipline), ("Hình thức kỷ luật", .discipline),
        ("Kỷ luật (nếu có)", .discipline), ("Kỷ luật của lãnh đạo đơn vị", .discipline), ("Thành tích", .achievements),
        ("Tóm tắt thành tích", .achievements), ("Thành tích đạt được", .achievements),
        ("Hình thức khen thưởng", .award), ("Hình thức đề nghị", .award), ("Hình thức đề nghị khen thưởng", .award),
        ("Báo cáo thành tích", .report), ("Báo cáo thành tích (mẫu 08)", .report), ("BCTT", .report),
        ("Thứ tự ưu tiên", .priority), ("Ưu tiên", .priority), ("Năm", .year), ("Năm đề nghị", .year), ("Ghi chú", .note),
    ])
    func domainSynonymsMap(header: String, field: Field) {
        #expect(LayoutFixture.field(header) == field, "\(header)")
    }

    @Test func domainExamplesPickTheLongestSynonym() {
        // "tên tập thể/cá nhân" (five words, name) over kind's "tập thể/cá nhân" (four).
        #expect(LayoutFixture.field("Tên tập thể/cá nhân/hộ gia đình") == .name)
        // "đơn vị công tác" (four words, unit) over "tên tập thể" (three), with "tập thể" between its words.
        #expect(LayoutFixture.field("Tên đơn vị/tập thể công tác") == .unit)
    }

    @Test func oneWordSynonymsMatchOnlyExactly() {
        #expect(LayoutFixture.field("Năm sinh") == .birthDate)
        #expect(LayoutFixture.field("Năm") == .year)
        #expect(LayoutFixture.field("Loại hình") == nil)
        #expect(LayoutFixture.field("Năm công tác") == nil)
    }

    @Test func noDiacriticsUpperCaseLineBreaksAndDoubleSpaces() {
        #expect(LayoutFixture.field("Ho va ten") == .name)
        #expect(LayoutFixture.field("HỌ VÀ TÊN") == .name)
        #expect(LayoutFixture.field("HO  VA\nTEN") == .name)
        #expect(LayoutFixture.field("XEP LOAI NAM 2024") == .rating)
        #expect(LayoutFixture.field("Hinh thuc\nkhen thuong") == .award)
        #expect(LayoutFixture.field("ĐƠN VỊ CÔNG TÁC") == .unit)
        // Ð U+00D0 (a look-alike of Đ) folds like Đ.
        #expect(LayoutFixture.field("\u{00D0}ơn vị") == .unit)
    }

    @Test func trailingYearIsDroppedAndKept() {
        let words = HeaderWords("Xếp loại năm 2024")
        #expect(words.words == ["xep", "loai", "nam"])
        #expect(words.year == 2024)
        #expect(HeaderWords("Kỷ luật năm 2024 (nếu có)").year == 2024)
        #expect(HeaderWords("Họ và tên").year == nil)
    }

    @Test func aTieBetweenTwoFieldsMapsNothing() {
        guard case .tie(let targets) = HeaderMatcher.match(HeaderWords("Đơn vị xếp loại")) else {
            Issue.record("expected a tie"); return
        }
        #expect(Set(targets) == [.field(.unit), .field(.rating)])
    }

    @Test func rowNumberAndKnownNoFieldColumns() {
        for header in ["STT", "Số TT", "TT", "Số thứ tự", "S.TT"] {
            #expect(HeaderMatcher.match(HeaderWords(header)).target == .rowNumber, "\(header)")
        }
        #expect(HeaderMatcher.match(HeaderWords("Phân loại đối tượng")).target == .noField)
    }

    @Test func oneCellRecognitionDecision() {
        #expect(HeaderMatcher.match(HeaderWords("Quyết định công nhận sáng kiến")).target == .combinedDecision)
        #expect(HeaderMatcher.match(HeaderWords("QĐ công nhận")).target == .combinedDecision)
        #expect(HeaderMatcher.match(HeaderWords("Số, ngày QĐ công nhận")).target == .combinedDecision)
        #expect(HeaderMatcher.match(HeaderWords("Số quyết định công nhận sáng kiến")).target == .field(.decisionNumber))
    }

    @Test func exactMatchesAreMarkedAndLeftoverWordsCounted() {
        #expect(HeaderMatcher.match(HeaderWords("Xếp loại")) == .matched(.field(.rating), exact: true, leftover: 0))
        #expect(HeaderMatcher.match(HeaderWords("Xếp loại cán bộ")) == .matched(.field(.rating), exact: false, leftover: 2))
    }

    @Test func childHeadersReadWithTheirParentFirst() {
        let parent = "Sáng kiến được Hội đồng sáng kiến cơ sở công nhận"
        func child(_ text: String, under parent: String) -> HeaderTarget? {
            let cell = { (text: String) in TextCell(cell: Cell(row: 1, column: 1, value: .string(text)), text: text,
                                                    words: TextFolding.tokens(text), repairs: []) }
            return HeaderFinder.readChild(cell(text), column: 1, parent: cell(parent)).match.target
        }
        #expect(child("Tên sáng kiến", under: parent) == .field(.initiative))
        #expect(child("Số QĐ công nhận", under: parent) == .field(.decisionNumber))
        #expect(child("Ngày QĐ công nhận", under: parent) == .field(.decisionDate))
        #expect(child("Số", under: "Quyết định công nhận sáng kiến") == .field(.decisionNumber))
        #expect(child("Ngày", under: "Quyết định công nhận sáng kiến") == .field(.decisionDate))
        #expect(child("Ngày", under: "Sáng kiến") == .field(.decisionDate))
        #expect(child("Số, ngày", under: "Quyết định công nhận") == .combinedDecision)
        // Alone only when the parent's words first map nothing.
        #expect(child("Xếp loại", under: "Thông tin khác") == .field(.rating))
        #expect(child("Số", under: "Thông tin khác") == nil)
    }
}
