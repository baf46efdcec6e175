import Foundation
import Testing
import Campaign
import Consolidation
import Nominations

@Suite struct SubmissionTests {
    func one(_ name: String) -> (String) -> [NominationRow] { { source in [nomination(name, source: source, row: 2, birth: BirthDate(year: 1980))] } }

    @Test func deadlineIsTheStartOfTheFifteenthInVietnam() {
        let records = [
            record("a.xlsx", unit: "VP", at: vn(2025, 12, 14, 23, 59, 59), rows: one("A")),
            record("b.xlsx", unit: "TTRA", at: vn(2025, 12, 15, 0, 0, 0), rows: one("B")),
            // 14/12 17:30 UTC is 15/12 00:30 in Vietnam: late.
            record("c.xlsx", unit: "KHTC", at: Date(timeIntervalSince1970: 1_765_733_400), rows: one("C")),
        ]
        let c = Consolidator.consolidate(records, campaign: campaign, year: 2025, mode: .run)
        #expect(c.input("a.xlsx")?.status == .taken)
        #expect(c.input("b.xlsx")?.status == .late)
        #expect(c.input("c.xlsx")?.status == .late)
        #expect(c.row("b.xlsx", 2)?.status == .ineligible)
        #expect(c.row("b.xlsx", 2)?.findings.contains { $0.rule == .fLate } == true)
        #expect(c.row("a.xlsx", 2)?.status == .eligible)
    }

    @Test func aNewerSubmissionReplacesTheOlderWhole() {
        let records = [
            record("khtc/v2.xlsx", unit: "KHTC", at: vn(2025, 12, 5), rows: one("A")),
            record("khtc/v1.xlsx", unit: "KHTC", at: vn(2025, 12, 1), rows: one("A")),
        ]
        let c = Consolidator.consolidate(records, campaign: campaign, year: 2025, mode: .run)
        #expect(c.inputs.map(\.record.source) == ["khtc/v1.xlsx", "khtc/v2.xlsx"])
        #expect(c.input("khtc/v1.xlsx")?.status == .superseded)
        #expect(c.input("khtc/v1.xlsx")?.supersededBy == "khtc/v2.xlsx")
        #expect(c.input("khtc/v2.xlsx")?.status == .taken)
        let old = c.row("khtc/v1.xlsx", 2)
        #expect(old?.status == .superseded)
        #expect(old?.findings.contains { $0.rule == .fSuperseded } == true)
        // The superseded copy is not a duplicate of the new one: only taken rows take part in M-*.
        #expect(c.row("khtc/v2.xlsx", 2)?.status == .eligible)
    }

    @Test func theSameMailSentTwiceChangesNothing() {
        let records = [
            record("a1.eml#DS.xlsx", unit: "KHTC", at: vn(2025, 12, 1), sha: "same", message: "a1.eml", rows: one("A")),
            record("a2.eml#DS.xlsx", unit: "KHTC", at: vn(2025, 12, 2), sha: "same", message: "a2.eml", rows: one("A")),
        ]
        let c = Consolidator.consolidate(records, campaign: campaign, year: 2025, mode: .run)
        #expect(c.input("a1.eml#DS.xlsx")?.status == .taken)
        #expect(c.input("a2.eml#DS.xlsx")?.status == .duplicateFile)
        #expect(c.input("a2.eml#DS.xlsx")?.findings.contains { $0.rule == .fDuplicateFile } == true)
        #expect(c.rows(of: "a2.eml#DS.xlsx").isEmpty)
        #expect(c.rows.count == 1)
    }

    @Test func lateOrUnreadableResubmissionsChangeNothing() {
        let records = [
            record("v1.xlsx", unit: "KHTC", at: vn(2025, 12, 1), rows: one("A")),
            record("v2.xlsx", unit: "KHTC", at: vn(2025, 12, 2), failure: .unreadable),
            record("v3.xlsx", unit: "KHTC", at: vn(2025, 12, 16), rows: one("B")),
        ]
        let c = Consolidator.consolidate(records, campaign: campaign, year: 2025, mode: .run)
        #expect(c.input("v1.xlsx")?.status == .taken)
        #expect(c.input("v2.xlsx")?.status == .unreadable)
        #expect(c.input("v3.xlsx")?.status == .late)
        #expect(c.rows(of: "v2.xlsx").isEmpty)
        #expect(c.row("v3.xlsx", 2)?.status == .ineligible)
    }

    @Test func goingBackToAnEarlierVersionIsNewAgain() {
        let records = [
            record("m1", unit: "KHTC", at: vn(2025, 12, 1), sha: "x", message: "m1", rows: one("A")),
            record("m2", unit: "KHTC", at: vn(2025, 12, 2), sha: "y", message: "m2", rows: one("A")),
            record("m3", unit: "KHTC", at: vn(2025, 12, 3), sha: "x", message: "m3", rows: one("A")),
        ]
        let c = Consolidator.consolidate(records, campaign: campaign, year: 2025, mode: .run)
        #expect(c.input("m1")?.status == .superseded)
        #expect(c.input("m2")?.status == .superseded)
        #expect(c.input("m3")?.status == .taken)
    }

    @Test func bareFilesWithOneTimeFormOneSubmission() {
        let t = vn(2025, 12, 1)
        let records = [
            record("khtc/tap-the.xlsx", unit: "KHTC", at: t, rows: one("A")),
            record("khtc/ca-nhan.xlsx", unit: "KHTC", at: t, rows: one("B")),
        ]
        let c = Consolidator.consolidate(records, campaign: campaign, year: 2025, mode: .run)
        #expect(c.inputs.allSatisfy { $0.status == .taken })
    }

    @Test func unknownUnitRowsCarryTheError() {
        let records = [record("khac/x.xlsx", unit: nil, at: vn(2025, 12, 1), rows: one("A"))]
        let c = Consolidator.consolidate(records, campaign: campaign, year: 2025, mode: .run)
        #expect(c.input("khac/x.xlsx")?.status == .unknownUnit)
        #expect(c.row("khac/x.xlsx", 2)?.status == .ineligible)
        #expect(c.row("khac/x.xlsx", 2)?.findings.contains { $0.rule == .fUnknownUnit } == true)
    }

    @Test func inputsAreOrderedByTimeThenSourceBytes() {
        let records = [
            record("b.xlsx", unit: "VP", at: vn(2025, 12, 1)),
            record("a.xlsx", unit: "VP", at: vn(2025, 12, 1)),
            record("z.xlsx", unit: "VP", at: nil),
            record("c.xlsx", unit: "VP", at: vn(2025, 11, 1)),
        ]
        let c = Consolidator.consolidate(records, campaign: campaign, year: 2025, mode: .run)
        #expect(c.inputs.map(\.record.source) == ["c.xlsx", "a.xlsx", "b.xlsx", "z.xlsx"])
    }
}
