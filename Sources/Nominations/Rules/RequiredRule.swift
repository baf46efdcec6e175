import Campaign

/// `S-REQUIRED`: name, kind and award form for every row; for individuals also the rating and the position
/// or unit. Only a blank value counts: an unreadable one already has its `S-VALUE`.
enum RequiredRule {
    static func findings(in context: RuleContext) -> [Finding] {
        let row = context.row
        var found: [Finding] = []
        func missing(_ field: Field, vi: String, en: String, column: Int? = nil) {
            let fill = context.fillIn(field)
            found.append(context.finding(.sRequired, field, vi: "\(vi): \(fill.vi)", en: "\(en): \(fill.en)", column: column))
        }
        if row.name == nil, context.wasRead(.name) {
            missing(.name, vi: "Thiếu họ và tên (hoặc tên tập thể) được đề nghị khen thưởng",
                    en: "The nominee's name is missing")
        }
        if row.kind == nil, context.wasRead(.kind) {
            missing(.kind, vi: "Không xác định được dòng này đề nghị cho tập thể hay cá nhân; ghi “Tập thể” hoặc “Cá nhân”",
                    en: "Whether this row is a collective or an individual cannot be told; write “Tập thể” or “Cá nhân”")
        }
        if row.award == nil, context.wasRead(.award) {
            let names = context.campaign.awards.map { quoted($0.name) }.joined(separator: ", ")
            missing(.award, vi: "Thiếu hình thức đề nghị khen thưởng (\(names))",
                    en: "The award form is missing (\(names))")
        }
        guard row.kind == .individual else { return found }
        if row.rating == nil, context.wasRead(.rating) {
            missing(.rating, vi: "Cá nhân thiếu kết quả xếp loại năm \(context.awardYear) (tiêu chuẩn III.1.2 cần “Hoàn thành xuất sắc nhiệm vụ”)",
                    en: "The individual's rating for \(context.awardYear) is missing (criterion III.1.2 needs “Hoàn thành xuất sắc nhiệm vụ”)")
        }
        if row.position == nil, row.unitText == nil, context.wasRead(.position), context.wasRead(.unit) {
            let field: Field = context.hasColumn(.position) || !context.hasColumn(.unit) ? .position : .unit
            missing(field, vi: "Cá nhân thiếu chức vụ hoặc đơn vị công tác",
                    en: "The individual's position or unit is missing")
        }
        return found
    }
}

/// `R-AWARD-SUBJECT` (plan III.2.a): the award form is not given to this kind of nominee — an individual
/// proposed for a collectives-only Bằng khen.
enum AwardSubjectRule {
    static func findings(in context: RuleContext) -> [Finding] {
        guard let kind = context.row.kind, let id = context.row.award, let award = context.campaign.award(id: id),
              !award.recipients.contains(kind) else { return [] }
        let allowedVi = award.recipients.sorted { $0.rawValue < $1.rawValue }.map(KindWords.vi).joined(separator: " và ")
        let allowedEn = award.recipients.sorted { $0.rawValue < $1.rawValue }.map(KindWords.en).joined(separator: " and ")
        let others = context.campaign.awards.filter { $0.recipients.contains(kind) }.map { quoted($0.name) }
        let otherVi = others.isEmpty ? "" : "; có thể đề nghị \(others.joined(separator: " hoặc "))"
        let otherEn = others.isEmpty ? "" : "; consider \(others.joined(separator: " or "))"
        return [context.finding(
            .rAwardSubject, .award,
            vi: "Hình thức \(quoted(award.name)) chỉ dành cho \(allowedVi) (Kế hoạch, mục III.2.a), không đề nghị cho \(KindWords.vi(kind))\(otherVi)",
            en: "\(quoted(award.name)) is given only to \(allowedEn) (plan, III.2.a), not to an \(KindWords.en(kind))\(otherEn)")]
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
