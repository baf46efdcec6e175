import Campaign
import Sheets
import Testing
@testable import Nominations

@Suite struct RuleCriteriaTests {
    @Test func completeRowsHaveNoFindings() {
        let collective = RowBuilder.read(RowBuilder.collective())
        #expect(collective.ruleFields == [])
        #expect(collective.kind == .collective)
        #expect(collective.award == "bang-khen-ubnd-tinh")
        #expect(collective.hasReport)
        #expect(collective.decisionDate == DayDate(year: 2025, month: 11, day: 5))
        let individual = RowBuilder.read(RowBuilder.individual())
        #expect(individual.ruleFields == [])
        #expect(individual.birthDate == BirthDate(year: 1985))
        #expect(individual.rating == Rating(level: .excellent, year: nil))
        #expect(individual.year == 2025)
    }

    @Test func individualProposedForBangKhen() throws {
        let row = RowBuilder.read(RowBuilder.individual(replacing: [.award: .text("Bằng khen UBND tỉnh")]))
        #expect(row.ruleFields == ["R-AWARD-SUBJECT award"])
        let finding = try #require(row.findings.first)
        #expect(finding.severity == .error)
        #expect(finding.message.vi.contains("III.2.a"))
        #expect(finding.message.vi.contains("Giấy khen của Giám đốc Sở"))
        #expect(finding.column == 13)  // the award column: STT, then 11 fields before it
    }

    @Test func ratingOfAnotherYearDoesNotCount() throws {
        let row = RowBuilder.read(RowBuilder.individual(replacing: [.rating: .text("HTXSNV năm 2024")]))
        #expect(row.ruleFields == ["R-IND-RATING rating"])
        let message = try #require(row.findings.first?.message)
        #expect(message.vi.contains("2024") && message.vi.contains("2025"))
        #expect(message.en.contains("2024") && message.en.contains("2025"))
    }

    @Test func ratingHeaderNamingAnotherYear() {
        var located = RowBuilder.individual()
        located.headerYears[.rating] = 2024
        #expect(RowBuilder.read(located).ruleFields == ["R-IND-RATING rating"])
        located.headerYears[.rating] = 2025
        #expect(RowBuilder.read(located).ruleFields == [])
    }

    @Test func ratingBelowExcellent() throws {
        let row = RowBuilder.read(RowBuilder.individual(replacing: [.rating: .text("Hoàn thành tốt nhiệm vụ")]))
        #expect(row.ruleFields == ["R-IND-RATING rating"])
        #expect(try #require(row.findings.first).message.vi.contains("“Hoàn thành tốt nhiệm vụ”"))
    }

    @Test func ratingLetterIsValueErrorOnly() throws {
        let row = RowBuilder.read(RowBuilder.individual(replacing: [.rating: .text("A")]))
        #expect(row.ruleFields == ["S-VALUE rating"])
        #expect(try #require(row.findings.first).message.vi.contains("“A”"))
        #expect(row.rating == nil)
    }

    @Test func blankRatingIsRequiredOnly() {
        let row = RowBuilder.read(RowBuilder.individual(replacing: [.rating: nil]))
        #expect(row.ruleFields == ["S-REQUIRED rating"])
    }

    @Test func reminderDoesNotDisqualifyReprimandDoes() throws {
        #expect(RowBuilder.read(RowBuilder.individual(replacing: [.discipline: .text("Nhắc nhở")])).ruleFields == [])
        #expect(RowBuilder.read(RowBuilder.individual(replacing: [.discipline: .text("Phê bình")])).ruleFields == [])
        let reprimanded = RowBuilder.read(RowBuilder.individual(replacing: [.discipline: .text("Khiển trách")]))
        #expect(reprimanded.ruleFields == ["R-IND-DISCIPLINE discipline"])
        #expect(try #require(reprimanded.findings.first).message.vi.contains("III.1.2"))
        let leadership = RowBuilder.read(RowBuilder.collective(replacing: [.discipline: .text("Cảnh cáo năm 2024")]))
        #expect(leadership.ruleFields == ["R-COL-DISCIPLINE discipline"])
        #expect(try #require(leadership.findings.first).message.vi.contains("III.1.a"))
    }

    @Test func pendingCaseCitesDecree98() throws {
        let row = RowBuilder.read(RowBuilder.individual(replacing: [.discipline: .text("Đang xem xét kỷ luật")]))
        #expect(row.ruleFields == ["R-IND-DISCIPLINE discipline"])
        let message = try #require(row.findings.first?.message)
        #expect(message.vi.contains("Điều 4") && message.vi.contains("98/2023"))
        #expect(message.en.contains("Art. 4"))
    }

    @Test func unknownDisciplineIsValueErrorOnly() {
        let row = RowBuilder.read(RowBuilder.individual(replacing: [.discipline: .text("Bị xử lý")]))
        #expect(row.ruleFields == ["S-VALUE discipline"])
    }

    @Test func decisionDatedTheYearBefore() throws {
        let located = RowBuilder.collective(replacing: [.decisionDate: .text("31/12/2024")])
        let row = RowBuilder.read(located)
        #expect(row.ruleFields == ["R-COL-INITIATIVE decision_date"])
        #expect(try #require(row.findings.first).message.vi.contains("31/12/2024"))
        // The pipeline file may relax the year.
        #expect(RowBuilder.read(located, campaign: ExampleCampaign.make(initiativeDecisionInAwardYear: false)).ruleFields == [])
        // The first day of the award year is in it.
        #expect(RowBuilder.read(RowBuilder.collective(replacing: [.decisionDate: .text("01/01/2025")])).ruleFields == [])
    }

    @Test func dayComesFirst() {
        let row = RowBuilder.read(RowBuilder.collective(replacing: [.decisionDate: .text("03/04/2025")]))
        #expect(row.decisionDate == DayDate(year: 2025, month: 4, day: 3))
    }

    @Test func decisionMissingAPart() {
        let noDate = RowBuilder.read(RowBuilder.individual(replacing: [.decisionDate: nil]))
        #expect(noDate.ruleFields == ["R-IND-INITIATIVE decision_date"])
        let noNumber = RowBuilder.read(RowBuilder.individual(replacing: [.decisionNumber: nil]))
        #expect(noNumber.ruleFields == ["R-IND-INITIATIVE decision_number"])
        let noName = RowBuilder.read(RowBuilder.collective(replacing: [.initiative: .text("Không")]))
        #expect(noName.ruleFields == ["R-COL-INITIATIVE initiative"])
        let nothing = RowBuilder.read(RowBuilder.collective(removing: [.initiative, .decisionNumber, .decisionDate]))
        #expect(nothing.ruleFields == ["R-COL-INITIATIVE initiative"])
    }

    @Test func decisionInOneCell() {
        var located = RowBuilder.collective(
            replacing: [.decisionNumber: .text("Quyết định số 12/QĐ-HĐSK ngày 05/11/2025")], removing: [.decisionDate])
        located.combinedDecision = true
        let row = RowBuilder.read(located)
        #expect(row.ruleFields == [])
        #expect(row.decisionNumber == "12/QĐ-HĐSK")
        #expect(row.decisionDate == DayDate(year: 2025, month: 11, day: 5))

        located = RowBuilder.collective(replacing: [.decisionNumber: .text("12/QĐ-HĐSK")], removing: [.decisionDate])
        located.combinedDecision = true
        let missingDate = RowBuilder.read(located)
        #expect(missingDate.ruleFields == ["R-COL-INITIATIVE decision_date"])
        #expect(missingDate.findings.first?.column == located.fieldCells[.decisionNumber]?.column)
    }

    @Test func numberAndDateTogetherInTheNumberColumn() {
        let row = RowBuilder.read(RowBuilder.collective(replacing: [.decisionNumber: .text("12/QĐ-HĐSK ngày 05/11/2024"), .decisionDate: nil]))
        #expect(row.decisionNumber == "12/QĐ-HĐSK")
        #expect(row.ruleFields == ["R-COL-INITIATIVE decision_date"])
    }

    @Test func bareNumberInADateFieldIsValueErrorOnly() {
        let row = RowBuilder.read(RowBuilder.collective(replacing: [.decisionDate: .cell(.number(45_966))]))
        #expect(row.ruleFields == ["S-VALUE decision_date"])
    }

    @Test func collectiveSummaryAndReport() {
        #expect(RowBuilder.read(RowBuilder.collective(replacing: [.achievements: nil])).ruleFields == ["R-COL-ACHIEVEMENT achievements"])
        #expect(RowBuilder.read(RowBuilder.collective(replacing: [.report: .text("Không")])).ruleFields == ["R-COL-REPORT report"])
        let noColumn = RowBuilder.read(RowBuilder.collective(removing: [.report]))
        #expect(noColumn.ruleFields == ["R-COL-REPORT report"])
        #expect(noColumn.findings.first?.column == nil)
        #expect(RowBuilder.read(RowBuilder.collective(replacing: [.report: .text("Đang làm")])).ruleFields == ["S-VALUE report"])
        #expect(RowBuilder.read(RowBuilder.collective(replacing: [.report: .text("bctt-khtc.pdf")])).ruleFields == [])
    }

    @Test func individualContribution() {
        let row = RowBuilder.read(RowBuilder.individual(replacing: [.achievements: nil]))
        #expect(row.ruleFields == ["R-IND-CONTRIBUTION achievements"])
    }
}

@Suite struct RuleRequiredAndPeriodTests {
    @Test func requiredFields() {
        let row = RowBuilder.read(RowBuilder.individual(replacing: [.name: nil, .award: nil, .position: nil, .unit: nil]))
        #expect(row.ruleFields == ["S-REQUIRED award", "S-REQUIRED name", "S-REQUIRED position"])
        #expect(row.findings.allSatisfy { $0.severity == .error })
        #expect(row.findings.first?.column == 13)
        // Position or unit: one of them is enough.
        #expect(RowBuilder.read(RowBuilder.individual(replacing: [.position: nil])).ruleFields == [])
        #expect(RowBuilder.read(RowBuilder.individual(replacing: [.unit: nil])).ruleFields == [])
    }

    @Test func householdIsValueErrorAndRowStillChecked() {
        let row = RowBuilder.read(RowBuilder.collective(replacing: [.kind: .text("Hộ gia đình"), .year: .text("2024")]))
        #expect(row.kind == nil)
        #expect(row.ruleFields == ["R-PERIOD year", "S-VALUE kind"])
    }

    @Test func kindThatCannotBeTold() {
        let row = RowBuilder.read(RowBuilder.collective(replacing: [.kind: nil, .achievements: nil, .year: .cell(.number(2023))]))
        #expect(row.ruleFields == ["R-PERIOD year", "S-REQUIRED kind"])
    }

    @Test func yearOutsideTheCampaignOrAnotherRound() throws {
        let other = RowBuilder.read(RowBuilder.collective(replacing: [.year: .cell(.number(2024)), .decisionDate: .text("05/11/2024")]))
        #expect(other.ruleFields == ["R-PERIOD year"])
        let message = try #require(other.findings.first?.message.vi)
        #expect(message.contains("thuộc năm 2024, không thuộc đợt xét năm 2025"))
        let outside = RowBuilder.read(RowBuilder.collective(replacing: [.year: .text("2026"), .decisionDate: .text("05/11/2026")]))
        #expect(outside.ruleFields == ["R-PERIOD year"])
        #expect(try #require(outside.findings.first?.message.vi).contains("II.3"))
        #expect(RowBuilder.read(RowBuilder.collective(replacing: [.year: .text("năm nay")])).ruleFields == ["S-VALUE year"])
        // The run's year 2024 judges a 2024 row as in its round, and its 2024 decision as in the year.
        let round2024 = RowBuilder.read(RowBuilder.collective(replacing: [.year: .text("2024"), .decisionDate: .text("05/11/2024")]), year: 2024)
        #expect(round2024.ruleFields == [])
    }

    @Test func findingsAreOrderedByRuleThenField() {
        let row = RowBuilder.read(RowBuilder.individual(replacing: [
            .rating: .text("Tốt"), .discipline: .text("Khiển trách"), .name: nil, .award: .text("BK"), .decisionNumber: nil,
        ]))
        #expect(row.ruleFields == [
            "R-AWARD-SUBJECT award", "R-IND-DISCIPLINE discipline", "R-IND-INITIATIVE decision_number",
            "R-IND-RATING rating", "S-REQUIRED name",
        ])
    }

    @Test func severitiesComeFromTheCampaign() {
        var campaign = ExampleCampaign.make()
        campaign.severityOverrides[.rColReport] = .warning
        let row = RowBuilder.read(RowBuilder.collective(replacing: [.report: nil]), campaign: campaign)
        #expect(row.findings.map(\.severity) == [.warning])
    }
}

@Suite struct RuleMessageTests {
    /// Rows that break one thing each, so that together they raise every row rule.
    static let brokenRows: [LocatedRow] = [
        RowBuilder.individual(replacing: [.award: .text("BK"), .rating: .text("Tốt"), .discipline: .text("Cảnh cáo")]),
        RowBuilder.individual(replacing: [.achievements: nil, .decisionDate: .text("31/12/2024"), .name: nil, .position: nil, .unit: nil]),
        RowBuilder.individual(replacing: [.rating: .text("D"), .birthDate: .text("1985?"), .discipline: .text("Đang bị thanh tra")]),
        RowBuilder.collective(replacing: [.achievements: nil, .report: nil, .initiative: nil, .discipline: .text("Khiển trách"), .year: .text("2023")]),
        RowBuilder.collective(replacing: [.kind: nil, .award: .text("Huân chương"), .year: .text("năm nay")]),
        RowBuilder.collective(replacing: [.kind: .text("Hộ gia đình"), .award: nil, .decisionNumber: nil, .decisionDate: .cell(.number(45_000))]),
    ]

    @Test func everyFindingIsLocatedAndExplainedInBothLanguages() {
        var rules = Set<RuleID>()
        for located in Self.brokenRows {
            let row = RowBuilder.read(located)
            for finding in row.findings {
                rules.insert(finding.rule)
                #expect(!finding.message.vi.isEmpty && !finding.message.en.isEmpty)
                #expect(finding.message.vi != finding.message.en)
                if let field = finding.field, let column = located.table.column(of: field) {
                    #expect(finding.column == column, "\(finding.rule) \(field)")
                }
            }
            #expect(row.findings == Finding.ordered(row.findings))
        }
        let rowRules: Set<RuleID> = [.sRequired, .sValue, .rAwardSubject, .rPeriod, .rColAchievement, .rColInitiative,
                                     .rColDiscipline, .rColReport, .rIndRating, .rIndContribution, .rIndInitiative, .rIndDiscipline]
        #expect(rules == rowRules)
    }

    @Test func valueErrorsQuoteTheValue() {
        let row = RowBuilder.read(Self.brokenRows[4])
        let messages = row.findings.filter { $0.rule == .sValue }.map(\.message.vi)
        #expect(messages.contains { $0.contains("“Huân chương”") })
        #expect(messages.contains { $0.contains("“năm nay”") })
    }
}
