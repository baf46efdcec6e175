import Campaign

/// What a header can stand for: a field, or one of the columns that are known but carry no field.
enum HeaderTarget: Hashable, Sendable {
    /// A nomination field.
    case field(Field)
    /// The one-cell recognition decision: number and date together (read as `.decisionNumber`).
    case combinedDecision
    /// The row-number column ("STT"): remembered, never a field, never `S-HEADER`.
    case rowNumber
    /// A column the templates carry that is no field ("Phân loại đối tượng"): not read, not `S-HEADER`.
    case noField

    /// The field a column with this target fills, if any.
    var field: Field? {
        switch self {
        case .field(let field): return field
        case .combinedDecision: return .decisionNumber
        case .rowNumber, .noField: return nil
        }
    }
}

/// The header synonym table (domain.md, "Finding the table"), as data: add a line here to teach the reader a
/// new header. Headers and synonyms are compared as folded words (case and diacritics folded, đ → d,
/// punctuation as a space, a trailing year dropped), so a synonym written with marks also matches the same
/// header typed without them or in capitals; variants below are other wordings and abbreviations.
/// One-word synonyms match only a header that is exactly that word; longer ones also match a header that
/// contains their words in order, other words allowed between; a synonym written with a leading `~` matches
/// only with its words side by side.
enum HeaderSynonyms {
    static let table: [(target: HeaderTarget, synonyms: [String])] = [
        (.field(.kind), [
            "Loại", "Đối tượng", "Tập thể/Cá nhân", "Cá nhân/Tập thể", "Phân loại khen thưởng",
            "Đối tượng khen thưởng", "Loại khen thưởng", "Tập thể hay cá nhân", "Loại đối tượng khen thưởng",
        ]),
        (.field(.name), [
            "Họ và tên", "Họ tên", "Tên", "Tên tập thể", "Tên cá nhân", "Tên tập thể/cá nhân", "Tên cá nhân/tập thể",
            "Họ và tên (tên tập thể)", "Họ và tên / Tên tập thể", "Họ tên/Tên tập thể", "Họ và tên cá nhân",
            "Tên tập thể, họ và tên cá nhân", "Họ và tên/Tập thể",
        ]),
        (.field(.birthDate), [
            "Ngày sinh", "Ngày tháng năm sinh", "Năm sinh", "Sinh ngày", "NS", "Ngày, tháng, năm sinh",
        ]),
        (.field(.position), [
            "Chức vụ", "Chức danh", "Chức vụ/chức danh", "Chức vụ, đơn vị công tác", "Chức vụ, đơn vị",
            "Chức danh, đơn vị công tác", "Chức danh, đơn vị", "Chức vụ hoặc chức danh", "CV",
            "Chức vụ, chức danh, đơn vị công tác",
        ]),
        (.field(.unit), [
            "Đơn vị", "Đơn vị công tác", "Cơ quan/đơn vị", "Cơ quan, đơn vị công tác", "Cơ quan công tác",
            "Nơi công tác", "Phòng/đơn vị", "ĐV",
        ]),
        (.field(.rating), [
            "Xếp loại", "Xếp loại năm", "Xếp loại năm 2025", "Đánh giá xếp loại", "Kết quả đánh giá, xếp loại",
            "Kết quả xếp loại", "Xếp loại chất lượng", "Đánh giá, xếp loại chất lượng", "Kết quả đánh giá",
            "Mức xếp loại", "Xếp loại đánh giá", "Kết quả phân loại", "Xếp loại CBCCVC",
        ]),
        (.field(.initiative), [
            "Sáng kiến", "Tên sáng kiến", "Sáng kiến/giải pháp", "Giải pháp", "Tên sáng kiến, giải pháp",
            "Sáng kiến kinh nghiệm", "Đề tài, sáng kiến", "Sáng kiến, giải pháp, cách làm mới",
            "Tên sáng kiến/giải pháp/cách làm mới", "SK",
        ]),
        (.combinedDecision, [
            "Quyết định công nhận sáng kiến", "QĐ công nhận", "Quyết định công nhận", "QĐ công nhận sáng kiến",
            "Quyết định công nhận (số, ngày)", "QĐCN", "~Quyết định", "~Số, ngày",
            // "Số, ngày …" only with the words side by side: "cơ sở" in a parent header is no "Số".
            "~Số, ngày quyết định", "~Số, ngày QĐ", "~Số, ngày quyết định công nhận", "~Số, ngày QĐ công nhận",
            "~Số và ngày quyết định", "~Số và ngày QĐ", "~Số/ngày QĐ",
        ]),
        (.field(.decisionNumber), [
            "Số QĐ công nhận", "Số quyết định", "Số QĐ", "Số quyết định công nhận",
            "Số quyết định công nhận sáng kiến", "Số QĐ công nhận sáng kiến", "Số hiệu quyết định",
        ]),
        (.field(.decisionDate), [
            "Ngày QĐ công nhận", "Ngày quyết định", "Ngày QĐ", "Ngày quyết định công nhận",
            "Ngày quyết định công nhận sáng kiến", "Ngày QĐ công nhận sáng kiến", "Ngày ký quyết định",
            "Ngày ban hành quyết định",
        ]),
        (.field(.discipline), [
            "Kỷ luật", "Hình thức kỷ luật", "Kỷ luật (nếu có)", "Kỷ luật của lãnh đạo đơn vị",
            "Hình thức kỷ luật (nếu có)", "Bị kỷ luật", "Tình hình kỷ luật", "Kỷ luật lãnh đạo đơn vị",
            "Lãnh đạo bị kỷ luật", "KL",
        ]),
        (.field(.achievements), [
            "Thành tích", "Tóm tắt thành tích", "Thành tích đạt được", "Tóm tắt thành tích đạt được",
            "Thành tích nổi bật", "Nội dung thành tích", "Tóm tắt thành tích, đóng góp", "Đóng góp",
            "Tóm tắt đóng góp", "Thành tích, đóng góp", "Tóm tắt thành tích tham mưu cải cách hành chính",
        ]),
        (.field(.award), [
            "Hình thức khen thưởng", "Hình thức đề nghị", "Hình thức đề nghị khen thưởng",
            "Hình thức khen thưởng đề nghị", "Hình thức khen", "Danh hiệu/hình thức khen thưởng", "HTKT",
        ]),
        (.field(.report), [
            "Báo cáo thành tích", "Báo cáo thành tích (mẫu 08)", "BCTT", "Báo cáo", "Có báo cáo thành tích",
            "Mẫu 08", "Báo cáo thành tích mẫu số 08",
        ]),
        (.field(.priority), [
            "Thứ tự ưu tiên", "Ưu tiên", "TT ưu tiên", "Mức ưu tiên", "Thứ tự đề nghị",
        ]),
        (.field(.year), [
            "Năm", "Năm đề nghị", "Năm khen thưởng", "Năm đề nghị khen thưởng", "Năm xét", "Năm xét khen thưởng",
        ]),
        (.field(.note), [
            "Ghi chú", "GC",
        ]),
        (.rowNumber, [
            "STT", "Số TT", "TT", "Số thứ tự", "Thứ tự", "S/TT",
        ]),
        (.noField, [
            "Phân loại đối tượng",
        ]),
    ]
}
