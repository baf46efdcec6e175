import Foundation
import Testing
import PropertyBased
import Campaign
import Consolidation
import Nominations

/// Invariants over generated mixes of submissions: units, times around the deadline, unreadable files,
/// resends of identical files, duplicate names.
@Suite struct ConservationPropertyTests {
    /// One generated input: unit (4 = unknown), day of December, failure (0–2 none, 3 unreadable), content id, names.
    static let inputSpec = zip(Gen.int(in: 0...4), Gen.int(in: 1...18), Gen.int(in: 0...3), Gen.int(in: 0...2),
                                   Gen.int(in: 0...5).array(of: 0...4))

    static func records(_ specs: [(Int, Int, Int, Int, [Int])]) -> [InputRecord] {
        let codes = ["VP", "TTRA", "KHTC", "NCC"]
        return specs.enumerated().map { index, spec in
            let (unit, day, failure, content, names) = spec
            let source = "in/\(index).xlsx"
            return record(source, unit: unit < 4 ? codes[unit] : nil, at: vn(2025, 12, day), sha: "c\(unit)-\(content)",
                          failure: failure == 3 ? .unreadable : nil) { source in
                names.enumerated().map { row, name in nomination("Người \(name)", source: source, row: row + 2, birth: BirthDate(year: 1970 + name)) }
            }
        }
    }

    @Test func everyRowOfAReportedInputAppearsExactlyOnce() async {
        await propertyCheck(input: Self.inputSpec.array(of: 1...12)) { specs in
            let c = Consolidator.consolidate(Self.records(specs), campaign: campaign, year: 2025, mode: .run)
            var expected: [RowLocation] = []
            for input in c.inputs where [.taken, .late, .unknownUnit, .superseded].contains(input.status) {
                expected += input.record.rows.map(\.location)
            }
            #expect(c.rows.map(\.row.location) == expected)
            #expect(Set(c.rows.map(\.row.location)).count == c.rows.count)
            #expect(c.councilOrder.allSatisfy { c.rows[$0].status == .eligible })
            #expect(c.councilOrder.count == c.rows.filter { $0.status == .eligible }.count)
        }
    }

    @Test func eachUnitHasAtMostOneCurrentSubmissionOfOneTime() async {
        await propertyCheck(input: Self.inputSpec.array(of: 1...12)) { specs in
            let c = Consolidator.consolidate(Self.records(specs), campaign: campaign, year: 2025, mode: .run)
            for unit in campaign.units.map(\.code) {
                let taken = c.inputs.filter { $0.record.unit == unit && $0.status == .taken }
                #expect(Set(taken.map { $0.record.received }).count <= 1)
            }
        }
    }

    @Test func arrivalOrderOfTheFilesDoesNotChangeTheOutcome() async {
        await propertyCheck(input: Self.inputSpec.array(of: 1...10)) { specs in
            let records = Self.records(specs)
            let a = Consolidator.consolidate(records, campaign: campaign, year: 2025, mode: .run)
            let b = Consolidator.consolidate(records.reversed(), campaign: campaign, year: 2025, mode: .run)
            #expect(a.inputs.map { "\($0.record.source)=\($0.status)" } == b.inputs.map { "\($0.record.source)=\($0.status)" })
            #expect(a.rows.map { "\($0.row.location.source):\($0.row.location.row)=\($0.status)" }
                    == b.rows.map { "\($0.row.location.source):\($0.row.location.row)=\($0.status)" })
        }
    }

    @Test func whateverTheArrivalOrderTheLatestSubmissionIsTaken() async {
        // One unit's readable, on-time, distinct submissions arriving on distinct days, in any order of files.
        await propertyCheck(input: Gen.int(in: 1...14).set(ofAtMost: 1...8), Gen.int(in: 0...1000)) { days, seed in
            let ordered = days.sorted()
            var generator = SeededGenerator(seed: UInt64(seed))
            let records = ordered.map { day in
                record("khtc/\(day).xlsx", unit: "KHTC", at: vn(2025, 12, day), sha: "v\(day)") { source in
                    [nomination("Người \(day)", source: source, row: 2)]
                }
            }.shuffled(using: &generator)
            let c = Consolidator.consolidate(records, campaign: campaign, year: 2025, mode: .run)
            let taken = c.inputs.filter { $0.status == .taken }.map(\.record.source)
            #expect(taken == ["khtc/\(ordered.last!).xlsx"])
            #expect(c.inputs.filter { $0.status == .superseded }.count == ordered.count - 1)
            #expect(c.rows.count == ordered.count)
        }
    }
}

/// A small deterministic generator (SplitMix64) for shuffling inside a property.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }
}
