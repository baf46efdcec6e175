import Foundation
import Campaign
import Nominations

/// One column of the submission template: its header (a synonym of domain.md's table, so the tool maps it),
/// its width, what a unit may type, and the input message shown when a cell is selected.
struct TemplateColumn {
    enum Entry {
        case text
        /// One of a list (the list's values); `strict`: other values are refused, else only warned about.
        case list([String], strict: Bool)
        /// A date, accepted between two years.
        case date(from: Int, to: Int)
        /// A whole number from 1 on.
        case positiveWhole
    }

    /// The header; with a parent, the second row's header under a parent spanning its siblings.
    var header: String
    var parent: String?
    var width: Double
    var entry: Entry
    var messageTitle: String
    var message: String

    /// Disciplinary forms of domain.md (civil servants, public employees, workers), mildest first, then an
    /// open case; "Không" first for the many who have none.
    static let disciplineValues = ["Không", "Khiển trách", "Cảnh cáo", "Hạ bậc lương", "Giáng chức", "Cách chức", "Buộc thôi việc",
                                   "Kéo dài thời hạn nâng lương", "Sa thải", "Đang xem xét kỷ luật"]

    /// The template's columns for `campaign` and award year `year`.
    static func all(campaign: Campaign, year: Int, words: Wording) -> [TemplateColumn] {
        // The values the tool reads, whatever the template's language.
        let kinds = ["Tập thể", "Cá nhân"]
        let ratings = [RatingLevel.excellent, .good, .completed, .notCompleted].map(\.rawValue)
        return [
            TemplateColumn(header: "STT", width: 5, entry: .positiveWhole, messageTitle: words.t("Số thứ tự", "Row number"),
                           message: words.t("Số thứ tự: 1, 2, 3 …", "Row number: 1, 2, 3 …")),
            TemplateColumn(header: "Họ và tên / Tên tập thể", width: 22, entry: .text, messageTitle: words.t("Tên người hoặc tập thể", "Name"),
                           message: words.t("Cá nhân: họ và tên đầy đủ, có dấu. Tập thể: tên phòng, đơn vị.", "Individual: full name with diacritics. Collective: the division's name.")),
            TemplateColumn(header: "Tập thể/Cá nhân", width: 10, entry: .list(kinds, strict: true), messageTitle: words.t("Loại đối tượng", "Kind"),
                           message: words.t("Chọn Tập thể hoặc Cá nhân.", "Choose Tập thể (collective) or Cá nhân (individual).")),
            TemplateColumn(header: "Ngày sinh", width: 11, entry: .date(from: 1940, to: year), messageTitle: words.t("Ngày sinh (cá nhân)", "Date of birth"),
                           message: words.t("Cá nhân: ngày sinh dạng ngày/tháng/năm (05/11/1985). Tập thể: để trống.", "Individuals: day/month/year (05/11/1985). Collectives: leave blank.")),
            TemplateColumn(header: "Chức vụ", width: 13, entry: .text, messageTitle: words.t("Chức vụ", "Position"),
                           message: words.t("Cá nhân: chức vụ hoặc chức danh.", "Individuals: position or title.")),
            TemplateColumn(header: "Đơn vị công tác", width: 15, entry: .text, messageTitle: words.t("Đơn vị công tác", "Unit"),
                           message: words.t("Cá nhân: phòng, đơn vị nơi công tác.", "Individuals: the division they work in.")),
            TemplateColumn(header: "Xếp loại năm \(year)", width: 15, entry: .list(ratings, strict: true), messageTitle: words.t("Xếp loại năm \(year)", "Rating \(year)"),
                           message: words.t("Cá nhân: kết quả đánh giá, xếp loại năm \(year). Chỉ người hoàn thành xuất sắc nhiệm vụ đủ tiêu chuẩn.",
                                            "Individuals: the rating for \(year). Only 'Hoàn thành xuất sắc nhiệm vụ' (excellent) qualifies.")),
            TemplateColumn(header: "Tên sáng kiến", width: 18, entry: .text, messageTitle: words.t("Sáng kiến", "Initiative"),
                           message: words.t("Tên sáng kiến, giải pháp được Hội đồng sáng kiến cơ sở công nhận.", "The initiative recognised by the grassroots Initiative Council.")),
            TemplateColumn(header: "Số", parent: "Quyết định công nhận sáng kiến", width: 11, entry: .text, messageTitle: words.t("Số quyết định", "Decision number"),
                           message: words.t("Số quyết định công nhận sáng kiến (12/QĐ-HĐSK).", "The recognition decision's number (12/QĐ-HĐSK).")),
            TemplateColumn(header: "Ngày", parent: "Quyết định công nhận sáng kiến", width: 11, entry: .date(from: 2000, to: year + 1),
                           messageTitle: words.t("Ngày quyết định", "Decision date"),
                           message: words.t("Ngày ký quyết định công nhận, dạng ngày/tháng/năm, trong năm \(year).", "The decision's date, day/month/year, in \(year).")),
            TemplateColumn(header: "Kỷ luật (nếu có)", width: 12, entry: .list(disciplineValues, strict: false), messageTitle: words.t("Kỷ luật", "Discipline"),
                           message: words.t("Hình thức kỷ luật trong năm (tập thể: của lãnh đạo đơn vị). Không bị kỷ luật: chọn Không.",
                                            "Disciplinary form this year (collectives: of the unit's leaders). None: choose Không.")),
            TemplateColumn(header: "Tóm tắt thành tích", width: 24, entry: .text, messageTitle: words.t("Thành tích", "Achievements"),
                           message: words.t("Tóm tắt thành tích trong cải cách hành chính theo các nội dung thi đua.", "Summary of the achievements in administrative reform.")),
            TemplateColumn(header: "Hình thức đề nghị khen thưởng", width: 18, entry: .list(campaign.awards.map(\.name), strict: true),
                           messageTitle: words.t("Hình thức khen thưởng", "Award form"),
                           message: words.t("Chọn hình thức khen thưởng đề nghị.", "Choose the award form proposed.")),
            TemplateColumn(header: "Báo cáo thành tích (mẫu 08)", width: 10, entry: .list(["Có", "Không"], strict: false),
                           messageTitle: words.t("Báo cáo thành tích", "Achievement report"),
                           message: words.t("Tập thể: đã gửi kèm báo cáo thành tích mẫu số 08 (Nghị định 98/2023/NĐ-CP) chưa?",
                                            "Collectives: is the achievement report (form 08, Decree 98/2023) attached? Có = yes.")),
            TemplateColumn(header: "Thứ tự ưu tiên", width: 8, entry: .positiveWhole, messageTitle: words.t("Thứ tự ưu tiên", "Priority"),
                           message: words.t("1 là ưu tiên cao nhất; dùng khi số đề nghị vượt chỉ tiêu.", "1 is the first choice; used when nominations exceed the quota.")),
            TemplateColumn(header: "Ghi chú", width: 12, entry: .text, messageTitle: words.t("Ghi chú", "Note"),
                           message: words.t("Ghi chú thêm (nếu có).", "Any remark.")),
        ]
    }
}
