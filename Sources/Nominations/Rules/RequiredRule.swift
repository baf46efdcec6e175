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
