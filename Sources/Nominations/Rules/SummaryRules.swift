import Campaign

/// `R-COL-ACHIEVEMENT` (III.1.a, 1st bullet), `R-IND-CONTRIBUTION` (III.1.2, 2nd bullet) and
/// `R-COL-REPORT` (III.3): the summaries and the report the plan asks for.
enum SummaryRules {
    static func findings(in context: RuleContext) -> [Finding] {
        var found: [Finding] = []
        let row = context.row
        switch row.kind {
        case .collective?:
            if row.achievements == nil, context.wasRead(.achievements) {
                let fill = context.fillIn(.achievements)
                found.append(context.finding(
                    .rColAchievement, .achievements,
                    vi: "Tập thể chưa có tóm tắt thành tích theo 4 nội dung của mục II.2 (tiêu chuẩn III.1.a, ý 1): \(fill.vi)",
                    en: "The collective has no summary of its achievements in the four contents of II.2 (criterion III.1.a, 1st bullet): \(fill.en)"))
            }
            if !row.hasReport, context.wasRead(.report) {
                let fill = context.fillIn(.report)
                found.append(context.finding(
                    .rColReport, .report,
                    vi: "Tập thể chưa có báo cáo thành tích (mẫu số 08, Nghị định 98/2023/NĐ-CP; Kế hoạch mục III.3): gửi kèm báo cáo và \(fill.vi)",
                    en: "The collective has no achievement report (form 08, Decree 98/2023/NĐ-CP; plan III.3): attach it and \(fill.en)"))
            }
        case .individual?:
            if row.achievements == nil, context.wasRead(.achievements) {
                let fill = context.fillIn(.achievements)
                found.append(context.finding(
                    .rIndContribution, .achievements,
                    vi: "Cá nhân chưa có tóm tắt thành tích tham mưu, đóng góp trong công tác cải cách hành chính (tiêu chuẩn III.1.2, ý 2): \(fill.vi)",
                    en: "The individual has no summary of their contribution in advising on administrative reform (criterion III.1.2, 2nd bullet): \(fill.en)"))
            }
        case nil:
            break
        }
        return found
    }
}
