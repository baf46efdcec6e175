import Testing
import Campaign

/// Rule ids and fields hash, compare and sort by their case position: that position must be the case's
/// place in `allCases`, and the order must stay the order of their texts.
@Suite struct CaseOrderTests {
    @Test func ordinalsAreTheCasesPositions() {
        #expect(RuleID.allCases.map(\.ordinal) == Array(RuleID.allCases.indices))
        #expect(Field.allCases.map(\.ordinal) == Array(Field.allCases.indices))
    }

    @Test func orderIsTheOrderOfTheTexts() {
        #expect(RuleID.allCases.sorted().map(\.rawValue) == RuleID.allCases.map(\.rawValue).sorted())
        #expect(Field.allCases.sorted().map(\.rawValue) == Field.allCases.map(\.rawValue).sorted())
        for a in Field.allCases {
            for b in Field.allCases { #expect((a == b) == (a.rawValue == b.rawValue) && (a < b) == (a.rawValue < b.rawValue)) }
        }
        for a in RuleID.allCases {
            for b in RuleID.allCases { #expect((a == b) == (a.rawValue == b.rawValue) && (a < b) == (a.rawValue < b.rawValue)) }
        }
    }
}
