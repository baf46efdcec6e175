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

/// `R-IND-RATING` (III.1.2, 1st bullet): an individual must be rated "Hoàn thành xuất sắc nhiệm vụ" for the
/// award year; a rating of another year does not count.
enum RatingRule {
    static func findings(in context: RuleContext) -> [Finding] {
        guard context.row.kind == .individual, let rating = context.row.rating else { return [] }
        let awardYear = context.awardYear
        let level = quoted(rating.level.rawValue)
        let required = quoted(RatingLevel.excellent.rawValue)
        if let year = rating.year, year != awardYear {
            let alsoVi = rating.level == .excellent ? "" : ", và mức \(level) cũng chưa đạt \(required)"
            let alsoEn = rating.level == .excellent ? "" : ", and \(level) is below \(required) anyway"
            return [context.finding(
                .rIndRating, .rating,
                vi: "Xếp loại đã ghi là của năm \(year) (\(level)), không phải năm đề nghị \(awardYear)\(alsoVi): tiêu chuẩn III.1.2 (ý 1) cần \(required) năm \(awardYear); ghi kết quả xếp loại năm \(awardYear)",
                en: "The rating given is for \(year) (\(level)), not for the award year \(awardYear)\(alsoEn): criterion III.1.2 (1st bullet) needs \(required) for \(awardYear); give the \(awardYear) rating")]
        }
        guard rating.level != .excellent else { return [] }
        return [context.finding(
            .rIndRating, .rating,
            vi: "Cá nhân xếp loại \(level) năm \(awardYear), chưa đạt \(required) theo tiêu chuẩn III.1.2 (ý 1)",
            en: "The individual is rated \(level) for \(awardYear), not \(required) as criterion III.1.2 (1st bullet) requires")]
    }
}

/// `R-COL-DISCIPLINE` (III.1.a, 3rd bullet: the unit's leadership) and `R-IND-DISCIPLINE` (III.1.2, 4th
/// bullet): disciplined at reprimand or above, or a case still open (Decree 98/2023/NĐ-CP, Art. 4).
enum DisciplineRule {
    static func findings(in context: RuleContext) -> [Finding] {
        guard let kind = context.row.kind, let discipline = context.row.discipline, discipline.disqualifies else { return [] }
        let rule: RuleID = kind == .collective ? .rColDiscipline : .rIndDiscipline
        let whoVi = kind == .collective ? "Lãnh đạo đơn vị" : "Cá nhân"
        let whoEn = kind == .collective ? "A member of the unit's leadership" : "The individual"
        let criterionVi = kind == .collective ? "tiêu chuẩn III.1.a (ý 3)" : "tiêu chuẩn III.1.2 (ý 4)"
        let criterionEn = kind == .collective ? "criterion III.1.a (3rd bullet)" : "criterion III.1.2 (4th bullet)"
        switch discipline {
        case .form(let form):
            return [context.finding(
                rule, .discipline,
                vi: "\(whoVi) bị kỷ luật \(quoted(form)) (từ khiển trách trở lên): không đủ \(criterionVi)",
                en: "\(whoEn) was disciplined (\(quoted(form)), reprimand or above): \(criterionEn) is not met")]
        case .pending(let what):
            return [context.finding(
                rule, .discipline,
                vi: "\(whoVi): \(quoted(what)) — chưa được đề nghị khen thưởng khi đang xem xét kỷ luật, điều tra, thanh tra hoặc có đơn thư khiếu nại chưa giải quyết (Điều 4 Nghị định 98/2023/NĐ-CP; \(criterionVi))",
                en: "\(whoEn): \(quoted(what)) — no award may be proposed while a disciplinary review, investigation, inspection or complaint is pending (Decree 98/2023/NĐ-CP, Art. 4; \(criterionEn))")]
        case .none:
            return []
        }
    }
}
