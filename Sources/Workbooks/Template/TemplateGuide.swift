import Foundation
import Campaign

/// The template's "Hướng dẫn" sheet: how to fill the list, the plan's criteria (III.1) quoted, the award
/// forms and quotas of the campaign, and the deadline. In English when the template is.
struct TemplateGuide {
    let campaign: Campaign
    let year: Int
    let words: Wording

    func write(into sheet: XlsxSheet) throws {
        try sheet.setColumnWidths([76])
        try sheet.setUpPrinting(landscape: false, footerLabel: words.t("Trang", "Page"))
        let title = CellStyle(size: 14, bold: true, horizontal: .center)
        let heading = CellStyle(size: 13, bold: true)
        let text = CellStyle(size: 13)
        let quote = CellStyle(size: 13, italic: true)
        var row = 0
        func line(_ value: String, _ style: CellStyle) throws { try sheet.write(row, 0, value, style); row += 1 }

        try line(words.t("HƯỚNG DẪN LẬP DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG NĂM \(year)", "HOW TO FILL IN THE NOMINATION LIST, \(year)"), title)
        try line(campaign.organisation.movement, CellStyle(size: 13, italic: true, horizontal: .center))
        row += 1
        try line(words.t("1. Cách điền", "1. Filling in"), heading)
        let steps = words.language == .vi ? [
            "- Mỗi tập thể hoặc cá nhân đề nghị ghi trên một dòng của trang \"Danh sách đề nghị\"; không sửa các dòng tiêu đề cột.",
            "- Chọn giá trị trong danh sách thả xuống (loại đối tượng, xếp loại, kỷ luật, hình thức khen thưởng); ngày ghi dạng ngày/tháng/năm.",
            "- Gõ chữ Unicode (phông Times New Roman); không dùng phông .VnTime hoặc VNI.",
            "- Gửi tệp (.xlsx) về Văn phòng Sở " + words.deadline(campaign.deadline, year: year) + "; gửi lại thì lần gửi sau thay thế toàn bộ lần trước.",
        ] : [
            "- One nominee (collective or individual) per row of the sheet \"Nominations\"; do not change the header rows.",
            "- Pick values from the drop-downs (kind, rating, discipline, award form); write dates as day/month/year.",
            "- Type in Unicode (Times New Roman), not the legacy .VnTime or VNI fonts.",
            "- Send the file (.xlsx) to the Office " + words.deadline(campaign.deadline, year: year) + "; a new submission replaces the previous one whole.",
        ]
        for step in steps { try line(step, text) }
        row += 1
        try line(words.t("2. Tiêu chuẩn xét khen thưởng (Kế hoạch, mục III.1)", "2. Award criteria (the plan, III.1)"), heading)
        for (index, paragraph) in criteria.enumerated() { try line(paragraph, index == 0 || index == 4 ? heading : quote) }
        row += 1
        try line(words.t("3. Hình thức khen thưởng năm \(year)", "3. Award forms in \(year)"), heading)
        for award in campaign.awards {
            let who = NomineeKind.allCases.filter { award.recipients.contains($0) }.map { words.kind($0).lowercased() }.joined(separator: words.t(", ", ", "))
            let quota = award.quotas[year].map { words.t("chỉ tiêu \($0)", "quota \($0)") } ?? words.t("không giới hạn chỉ tiêu", "no quota")
            try line("- \(award.name): " + words.t("xét tặng ", "for ") + who + "; " + quota + ".", text)
        }
    }

    /// The plan's criteria, III.1: quoted in Vietnamese, translated in English.
    private var criteria: [String] {
        if words.language == .vi {
            return [
                "a) Đối với tập thể",
                "- Có thành tích xuất sắc, tiêu biểu trong phong trào thi đua trong thực hiện 04 nội dung thi đua về cải cách hành chính hằng năm được quy định tại mục 2 Phần II Kế hoạch này.",
                "- Có sáng kiến hoặc giải pháp, cách làm mới trong công tác cải cách hành chính mang tính mới, tính thực tế, có thể nhân rộng triển khai áp dụng trong thực tiễn quản lý, giải quyết công việc tạo đột phá trong công tác cải cách hành chính của cơ quan, đơn vị được Hội đồng sáng kiến cơ sở công nhận.",
                "- Thực hiện nghiêm kỷ luật, kỷ cương hành chính. Không xét khen thưởng đối với tập thể đơn vị có lãnh đạo đơn vị bị kỷ luật từ mức khiển trách trở lên.",
                "b) Đối với công chức, viên chức, người lao động",
                "- Được đánh giá hoàn thành xuất sắc nhiệm vụ.",
                "- Có thành tích, đóng góp xuất sắc trong tham mưu triển khai thực hiện công tác cải cách hành chính và có sáng kiến, giải pháp hiệu quả về cải cách hành chính được Hội đồng sáng kiến cơ sở công nhận.",
                "- Có phẩm chất đạo đức, đoàn kết, gương mẫu chấp hành tốt chủ trương, chính sách của Đảng, chính sách pháp luật của Nhà nước và nghĩa vụ công dân.",
                "- Không bị kỷ luật từ hình thức khiển trách trở lên.",
            ]
        }
        return [
            "a) Collectives",
            "- Outstanding, exemplary achievements in the movement, in the four annual contents of administrative reform set out in Part II, section 2 of the plan.",
            "- An initiative, solution or new way of working in administrative reform — new, practical, able to be replicated, making a breakthrough in the unit's reform — recognised by the grassroots Initiative Council.",
            "- Strict administrative discipline. A collective whose leaders were disciplined at reprimand or above is not considered.",
            "b) Civil servants, public employees and workers",
            "- Rated as having completed their tasks excellently.",
            "- Outstanding achievements and contributions in advising on administrative reform, with an effective initiative or solution recognised by the grassroots Initiative Council.",
            "- Good moral qualities, solidarity, exemplary observance of the Party's and the State's policies and laws and of civic duties.",
            "- Not disciplined at reprimand or above.",
        ]
    }
}
