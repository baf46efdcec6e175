import Campaign

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
                vi: "Xếp loại đã ghi là của năm \(year) (\(level)), không phải năm đề nghị \(awardYear)\(alsoVi): theo tiêu chuẩn III.1.2, ý 1, cá nhân phải đạt \(required) năm \(awardYear); ghi kết quả xếp loại năm \(awardYear)",
                en: "The rating given is for \(year) (\(level)), not for the award year \(awardYear)\(alsoEn): criterion III.1.2, 1st bullet, needs \(required) for \(awardYear); give the \(awardYear) rating")]
        }
        guard rating.level != .excellent else { return [] }
        return [context.finding(
            .rIndRating, .rating,
            vi: "Cá nhân xếp loại \(level) năm \(awardYear), chưa đạt \(required) theo tiêu chuẩn III.1.2, ý 1",
            en: "The individual is rated \(level) for \(awardYear), not \(required) as criterion III.1.2, 1st bullet, requires")]
    }
}
