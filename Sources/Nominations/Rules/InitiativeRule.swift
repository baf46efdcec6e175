import Campaign

/// `R-COL-INITIATIVE` (III.1.a, 2nd bullet) and `R-IND-INITIATIVE` (III.1.2, 2nd bullet): an initiative,
/// solution or new way of working recognised by the grassroots Initiative Council — a named initiative and a
/// recognition decision with a number and a date, dated in the award year unless the campaign relaxes that.
/// Each missing part is its own finding, naming that part in `field`.
enum InitiativeRule {
    static func findings(in context: RuleContext) -> [Finding] {
        guard let kind = context.row.kind else { return [] }
        let rule: RuleID = kind == .collective ? .rColInitiative : .rIndInitiative
        let criterionVi = kind == .collective ? "tiêu chuẩn III.1.a, ý 2" : "tiêu chuẩn III.1.2, ý 2"
        let criterionEn = kind == .collective ? "criterion III.1.a, 2nd bullet" : "criterion III.1.2, 2nd bullet"
        let row = context.row
        let dateRead = context.wasRead(.decisionDate)
        let noDate = row.decisionDate == nil && dateRead
        let noName = row.initiative == nil && context.wasRead(.initiative)
        let noNumber = row.decisionNumber == nil && context.wasRead(.decisionNumber)

        if noName, noNumber, noDate {
            let fill = context.fillIn(.initiative)
            return [context.finding(
                rule, .initiative,
                vi: "Chưa có sáng kiến, giải pháp được Hội đồng sáng kiến cơ sở công nhận (\(criterionVi)): ghi tên sáng kiến và số, ngày quyết định công nhận — \(fill.vi)",
                en: "No initiative recognised by the grassroots Initiative Council (\(criterionEn)): give its name and the recognition decision's number and date — \(fill.en)")]
        }
        var found: [Finding] = []
        if noName {
            let fill = context.fillIn(.initiative)
            found.append(context.finding(
                rule, .initiative,
                vi: "Có quyết định công nhận nhưng chưa ghi tên sáng kiến, giải pháp (\(criterionVi)): \(fill.vi)",
                en: "A recognition decision is given but not the initiative's name (\(criterionEn)): \(fill.en)"))
        }
        if noNumber {
            let fill = context.fillIn(.decisionNumber)
            found.append(context.finding(
                rule, .decisionNumber,
                vi: "Thiếu số quyết định công nhận sáng kiến của Hội đồng sáng kiến cơ sở (\(criterionVi)): \(fill.vi)",
                en: "The number of the Initiative Council's recognition decision is missing (\(criterionEn)): \(fill.en)"))
        }
        if noDate {
            let fill = context.fillIn(.decisionDate)
            found.append(context.finding(
                rule, .decisionDate,
                vi: "Thiếu ngày quyết định công nhận sáng kiến (\(criterionVi)): \(fill.vi)",
                en: "The date of the recognition decision is missing (\(criterionEn)): \(fill.en)"))
        }
        if let date = row.decisionDate, context.campaign.initiativeDecisionInAwardYear, date.year != context.awardYear {
            let year = context.awardYear
            found.append(context.finding(
                rule, .decisionDate,
                vi: "Quyết định công nhận sáng kiến ngày \(date) không thuộc năm đề nghị \(year): \(criterionVi) tính thành tích của năm \(year), cần quyết định công nhận trong năm \(year)",
                en: "The recognition decision is dated \(date), not in the award year \(year): \(criterionEn) counts the year's achievements, so the decision must be dated in \(year)"))
        }
        return found
    }
}
