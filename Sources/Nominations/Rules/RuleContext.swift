import Campaign

/// What every row rule looks at: the row's values as read, the campaign and the run's award year, and a
/// way to write a located finding with the campaign's severity.
struct RuleContext {
    let values: RowValues
    let campaign: Campaign
    /// The run's award year Y.
    let runYear: Int

    var row: NominationRow { values.row }
    /// The year the row is judged for: its own, else the run's.
    var awardYear: Int { values.awardYear }

    /// Whether a field's value was read (not `S-VALUE`): the `R-*` rules judge only such values.
    func wasRead(_ field: Field) -> Bool { !values.unreadable.contains(field) }

    /// Whether the sheet has a column for the field (to tell "blank" from "no such column" in messages).
    func hasColumn(_ field: Field) -> Bool { values.columns[field] != nil }

    /// A finding of `rule` about `field`, located at the field's column.
    func finding(_ rule: RuleID, _ field: Field?, vi: String, en: String, column: Int? = nil) -> Finding {
        Finding(rule: rule, severity: campaign.severity(of: rule), field: field, message: Message(vi: vi, en: en),
                column: column ?? field.flatMap { values.columns[$0] })
    }

    /// "điền vào cột “Tóm tắt thành tích”" or, when the sheet has no such column, "thêm cột … và điền".
    func fillIn(_ field: Field) -> (vi: String, en: String) {
        let place = ColumnPlace(table: row.table, column: values.columns[field], field: field)
        if hasColumn(field) { return ("điền vào \(place.vi)", "fill in \(place.en)") }
        return ("bảng chưa có cột \(quoted(FieldLabel.vi(field))): thêm cột này và điền",
                "the table has no \(quoted(FieldLabel.en(field))) column: add it and fill it in")
    }
}

/// How a kind of nominee is called in messages.
enum KindWords {
    static func vi(_ kind: NomineeKind) -> String { kind == .collective ? "tập thể" : "cá nhân" }
    static func en(_ kind: NomineeKind) -> String { kind == .collective ? "collective" : "individual" }
    /// The English plural ("collectives"), for sentences about a kind in general.
    static func enPlural(_ kind: NomineeKind) -> String { kind == .collective ? "collectives" : "individuals" }
}

/// Applies every `S-REQUIRED` and `R-*` rule to a row whose values were read.
enum RowRules {
    /// The findings of all row rules, unordered.
    static func findings(in context: RuleContext) -> [Finding] {
        RequiredRule.findings(in: context)
            + AwardSubjectRule.findings(in: context)
            + PeriodRule.findings(in: context)
            + SummaryRules.findings(in: context)
            + RatingRule.findings(in: context)
            + DisciplineRule.findings(in: context)
            + InitiativeRule.findings(in: context)
    }
}
