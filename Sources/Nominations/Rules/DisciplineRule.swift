import Campaign

/// `R-COL-DISCIPLINE` (III.1.a, 3rd bullet: the unit's leadership) and `R-IND-DISCIPLINE` (III.1.2, 4th
/// bullet): disciplined at reprimand or above, or a case still open (Decree 98/2023/NĐ-CP, Art. 4).
enum DisciplineRule {
    static func findings(in context: RuleContext) -> [Finding] {
        guard let kind = context.row.kind, let discipline = context.row.discipline, discipline.disqualifies else { return [] }
        let rule: RuleID = kind == .collective ? .rColDiscipline : .rIndDiscipline
        let whoVi = kind == .collective ? "Lãnh đạo đơn vị" : "Cá nhân"
        let whoEn = kind == .collective ? "A member of the unit's leadership" : "The individual"
        let criterionVi = kind == .collective ? "tiêu chuẩn III.1.a, ý 3" : "tiêu chuẩn III.1.2, ý 4"
        let criterionEn = kind == .collective ? "criterion III.1.a, 3rd bullet" : "criterion III.1.2, 4th bullet"
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
