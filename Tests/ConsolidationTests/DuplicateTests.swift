import Foundation
import Testing
import Campaign
import Consolidation
import Nominations

@Suite struct DuplicateTests {
    @Test func sameNameAndBirthAcrossUnitsKeepsTheEarliest() {
        let records = [
            record("ncc.xlsx", unit: "NCC", at: vn(2025, 12, 2)) { [nomination("NGUYỄN  VĂN AN", source: $0, row: 3, birth: BirthDate(year: 1980, month: 5, day: 2))] },
            record("vp.xlsx", unit: "VP", at: vn(2025, 12, 3)) { [nomination("Nguyễn Văn An", source: $0, row: 4, birth: BirthDate(year: 1980))] },
        ]
        let c = Consolidator.consolidate(records, campaign: campaign, year: 2025, mode: .run)
        #expect(c.row("ncc.xlsx", 3)?.status == .eligible)
        let copy = c.row("vp.xlsx", 4)
        #expect(copy?.status == .duplicate)
        let finding = copy?.findings.first { $0.rule == .mDuplicate }
        #expect(finding?.other == RowLocation(source: "ncc.xlsx", sheet: "DS", row: 3))
        // Each language names the place in its own words.
        #expect(finding?.message.en.contains("ncc.xlsx [DS], row 3") == true && finding?.message.en.contains("dòng") == false)
        #expect(finding?.message.vi.contains("ncc.xlsx [DS], dòng 3") == true)
    }

    @Test func aNomineeIsNeverLostToAnIneligibleCopy() {
        let records = [
            record("a.xlsx", unit: "VP", at: vn(2025, 12, 1)) { [nomination("Trần Thị Bình", source: $0, row: 2, birth: BirthDate(year: 1990), errors: 1)] },
            record("b.xlsx", unit: "TTRA", at: vn(2025, 12, 5)) { [nomination("Trần Thị Bình", source: $0, row: 2, birth: BirthDate(year: 1990))] },
        ]
        let c = Consolidator.consolidate(records, campaign: campaign, year: 2025, mode: .run)
        #expect(c.row("b.xlsx", 2)?.status == .eligible)
        #expect(c.row("a.xlsx", 2)?.status == .duplicate)
    }

    @Test func differentBirthDatesAreDifferentPeople() {
        let records = [
            record("a.xlsx", unit: "VP", at: vn(2025, 12, 1)) { [
                nomination("Lê Văn C", source: $0, row: 2, birth: BirthDate(year: 1980)),
                nomination("Lê Văn C", source: $0, row: 3, birth: BirthDate(year: 1985)),
            ] },
        ]
        let c = Consolidator.consolidate(records, campaign: campaign, year: 2025, mode: .run)
        #expect(c.rows.allSatisfy { $0.status == .eligible })
    }

    @Test func withoutADateTheSameUnitDecides() {
        let records = [
            record("a.xlsx", unit: "VP", at: vn(2025, 12, 1)) { [nomination("Lê Văn D", source: $0, row: 2), nomination("Lê Văn D", source: $0, row: 5)] },
            record("b.xlsx", unit: "TTRA", at: vn(2025, 12, 1)) { [nomination("Lê Văn D", source: $0, row: 2)] },
        ]
        let c = Consolidator.consolidate(records, campaign: campaign, year: 2025, mode: .run)
        #expect(c.row("a.xlsx", 2)?.status == .eligible)
        #expect(c.row("a.xlsx", 5)?.status == .duplicate)
        #expect(c.row("b.xlsx", 2)?.status == .eligible)
    }

    @Test func matchesChainIntoOneGroup() {
        // A = B by birth date; B = C by unit (C has no date): all three are one nominee.
        let records = [
            record("a.xlsx", unit: "VP", at: vn(2025, 12, 1)) { [nomination("Phạm E", source: $0, row: 2, birth: BirthDate(year: 1970))] },
            record("b.xlsx", unit: "TTRA", at: vn(2025, 12, 2)) { [nomination("Phạm E", source: $0, row: 2, birth: BirthDate(year: 1970)),
                                                                  nomination("Phạm E", source: $0, row: 3)] },
        ]
        let c = Consolidator.consolidate(records, campaign: campaign, year: 2025, mode: .run)
        #expect(c.rows.filter { $0.status == .eligible }.count == 1)
        #expect(c.rows.filter { $0.status == .duplicate }.count == 2)
    }

    @Test func collectivesMatchByRegistryAlias() {
        let records = [
            record("a.xlsx", unit: "VP", at: vn(2025, 12, 1)) { [nomination("Phòng Kế hoạch - Tài chính", source: $0, row: 2, kind: .collective)] },
            record("b.xlsx", unit: "KHTC", at: vn(2025, 12, 2)) { [nomination("Phòng KH-TC", source: $0, row: 2, kind: .collective)] },
        ]
        let c = Consolidator.consolidate(records, campaign: campaign, year: 2025, mode: .run)
        #expect(c.row("b.xlsx", 2)?.status == .duplicate)
    }

    @Test func namesDifferingInDiacriticsAreLikelyDuplicates() {
        let records = [
            record("a.xlsx", unit: "VP", at: vn(2025, 12, 1)) { [nomination("Nguyễn Văn An", source: $0, row: 2, birth: BirthDate(year: 1980, month: 1, day: 2))] },
            record("b.xlsx", unit: "TTRA", at: vn(2025, 12, 2)) { [nomination("Nguyen Van An", source: $0, row: 7, birth: BirthDate(year: 1980, month: 1, day: 2))] },
        ]
        let c = Consolidator.consolidate(records, campaign: campaign, year: 2025, mode: .run)
        let a = c.row("a.xlsx", 2), b = c.row("b.xlsx", 7)
        #expect(a?.status == .eligible && b?.status == .eligible)
        #expect(a?.findings.first { $0.rule == .mLikelyDuplicate }?.other?.row == 7)
        #expect(b?.findings.first { $0.rule == .mLikelyDuplicate }?.other?.row == 2)
    }

    @Test func otherYearsDoNotCount() {
        let records = [
            record("a.xlsx", unit: "VP", at: vn(2025, 12, 1)) { [nomination("X", source: $0, row: 2), nomination("X", source: $0, row: 3, year: 2024)] },
        ]
        let c = Consolidator.consolidate(records, campaign: campaign, year: 2025, mode: .run)
        #expect(c.rows.allSatisfy { $0.status == .eligible })
    }
}

@Suite struct QuotaAndOrderTests {
    @Test func quotaFollowsEachUnitsPriorityThenRegistry() {
        let records = [
            record("ncc.xlsx", unit: "NCC", at: vn(2025, 12, 1)) { [
                nomination("Đội NCC 1", source: $0, row: 2, kind: .collective, award: "bang-khen-ubnd-tinh", priority: 1),
                nomination("Đội NCC 2", source: $0, row: 3, kind: .collective, award: "bang-khen-ubnd-tinh", priority: 2),
            ] },
            record("vp.xlsx", unit: "VP", at: vn(2025, 12, 2)) { [
                nomination("Tổ VP 2", source: $0, row: 2, kind: .collective, award: "bang-khen-ubnd-tinh", priority: 2),
                nomination("Tổ VP 1", source: $0, row: 3, kind: .collective, award: "bang-khen-ubnd-tinh", priority: 1),
            ] },
        ]
        let c = Consolidator.consolidate(records, campaign: campaign, year: 2025, mode: .run)
        // Priority 1 of VP and NCC fit the quota of 2; both priority-2 rows are past it, still eligible.
        #expect(c.row("vp.xlsx", 3)?.pastQuota == false)
        #expect(c.row("ncc.xlsx", 2)?.pastQuota == false)
        #expect(c.row("vp.xlsx", 2)?.pastQuota == true)
        #expect(c.row("ncc.xlsx", 3)?.pastQuota == true)
        #expect(c.row("ncc.xlsx", 3)?.status == .eligible)
        #expect(c.row("ncc.xlsx", 3)?.findings.contains { $0.rule == .mQuota } == true)
        // Council order: registry order (VP before NCC), then priority.
        let names = c.councilOrder.map { c.rows[$0].row.name ?? "" }
        #expect(names == ["Tổ VP 1", "Tổ VP 2", "Đội NCC 1", "Đội NCC 2"])
    }

    @Test func councilListGroupsByAwardThenKind() {
        let records = [
            record("vp.xlsx", unit: "VP", at: vn(2025, 12, 1)) { [
                nomination("Cá nhân GK", source: $0, row: 2),
                nomination("Tập thể GK", source: $0, row: 3, kind: .collective),
                nomination("Tập thể BK", source: $0, row: 4, kind: .collective, award: "bang-khen-ubnd-tinh"),
            ] },
        ]
        let c = Consolidator.consolidate(records, campaign: campaign, year: 2025, mode: .run)
        #expect(c.councilOrder.map { c.rows[$0].row.name ?? "" } == ["Tập thể BK", "Tập thể GK", "Cá nhân GK"])
    }

    @Test func checkModeKeepsTheGivenOrderAndSkipsInboxRules() {
        let records = [
            record("z.xlsx", unit: nil, at: nil) { [nomination("Y", source: $0, row: 2)] },
            record("a.xlsx", unit: nil, at: nil) { [nomination("Y", source: $0, row: 2)] },
        ].map { r -> InputRecord in var r = r; r.findings.removeAll { $0.rule == .fUnknownUnit }; return r }
        let c = Consolidator.consolidate(records, campaign: campaign, year: 2025, mode: .check)
        #expect(c.inputs.map(\.record.source) == ["z.xlsx", "a.xlsx"])
        #expect(c.inputs.allSatisfy { $0.status == .taken })
        #expect(c.row("a.xlsx", 2)?.status == .eligible)  // no unit and no date: not the same nominee
    }
}
