import Campaign

/// `R-AWARD-SUBJECT` (plan III.2.a): the award form is not given to this kind of nominee — an individual
/// proposed for a collectives-only Bằng khen.
enum AwardSubjectRule {
    static func findings(in context: RuleContext) -> [Finding] {
        guard let kind = context.row.kind, let id = context.row.award, let award = context.campaign.award(id: id),
              !award.recipients.contains(kind) else { return [] }
        let allowedVi = award.recipients.sorted { $0.rawValue < $1.rawValue }.map(KindWords.vi).joined(separator: " và ")
        let allowedEn = award.recipients.sorted { $0.rawValue < $1.rawValue }.map(KindWords.enPlural).joined(separator: " and ")
        let others = context.campaign.awards.filter { $0.recipients.contains(kind) }.map { quoted($0.name) }
        let otherVi = others.isEmpty ? "" : "; có thể đề nghị \(others.joined(separator: " hoặc "))"
        let otherEn = others.isEmpty ? "" : "; consider \(others.joined(separator: " or "))"
        return [context.finding(
            .rAwardSubject, .award,
            vi: "Hình thức \(quoted(award.name)) chỉ dành cho \(allowedVi) (Kế hoạch, mục III.2.a), không đề nghị cho \(KindWords.vi(kind))\(otherVi)",
            en: "\(quoted(award.name)) is given only to \(allowedEn) (plan, III.2.a), not to \(KindWords.enPlural(kind))\(otherEn)")]
    }
}

/// `R-PERIOD` (plan II.3): the row's award year is outside the campaign, or is another campaign year than
/// the run's.
enum PeriodRule {
    static func findings(in context: RuleContext) -> [Finding] {
        guard let year = context.row.year, year != context.runYear else { return [] }
        let years = context.campaign.years.sorted()
        if !years.contains(year) {
            let span = years.count > 1 ? "\(years.first ?? year) – \(years.last ?? year)" : years.map(String.init).joined()
            return [context.finding(
                .rPeriod, .year,
                vi: "Năm đề nghị \(year) nằm ngoài thời gian phong trào thi đua (\(span), Kế hoạch mục II.3): sửa năm thành \(context.runYear)",
                en: "Award year \(year) is outside the emulation movement (\(span), plan II.3): correct it to \(context.runYear)")]
        }
        return [context.finding(
            .rPeriod, .year,
            vi: "Dòng này thuộc năm \(year), không thuộc đợt xét năm \(context.runYear) (Kế hoạch mục II.3): gửi trong đợt xét năm \(year) hoặc sửa năm",
            en: "This row is for \(year), not for the \(context.runYear) round (plan II.3): send it in the \(year) round or correct the year")]
    }
}
