import Foundation
import Campaign
import Nominations

/// What consolidation applies: `run` applies everything; `check` only the duplicate rules within its files.
public enum ConsolidationMode: Sendable {
    /// The Office's run: deadline, resubmissions, duplicate files, unknown units, duplicates, quotas.
    case run
    /// A unit's self-check: `M-DUPLICATE` / `M-LIKELY-DUPLICATE` within the given files, in the order given.
    case check
}

/// Merges every input of a run into one list (domain.md, "Submissions" and "Consolidation rules").
public enum Consolidator {
    public static func consolidate(_ records: [InputRecord], campaign: Campaign, year: Int, mode: ConsolidationMode) -> Consolidation {
        let ordered = mode == .run ? records.sorted(by: arrivalOrder) : records
        var inputs = ordered.map { record in
            ConsolidatedInput(record: record, status: .taken, findings: record.findings, supersededBy: nil, duplicateOf: nil)
        }
        if mode == .run {
            Submissions.resolve(&inputs, campaign: campaign, year: year)
        }
        for index in inputs.indices {
            inputs[index].status = status(of: inputs[index], mode: mode)
            inputs[index].findings = Finding.ordered(inputs[index].findings)
        }

        var rows: [ConsolidatedRow] = []
        for (index, input) in inputs.enumerated() where rowsAreReported(input.status) {
            let carried = input.findings.filter { carriedToRows($0) }
            for row in input.record.rows {
                rows.append(ConsolidatedRow(row: row, input: index, unit: input.record.unit, status: .eligible,
                                            findings: row.findings + carried, pastQuota: false))
            }
        }
        let context = MatchContext(campaign: campaign, inputs: inputs, year: year)
        Duplicates.mark(&rows, context: context)
        for index in rows.indices { rows[index].status = status(of: rows[index], input: inputs[rows[index].input]) }
        if mode == .run {
            Quotas.mark(&rows, context: context)
        }
        for index in rows.indices { rows[index].findings = Finding.ordered(rows[index].findings) }
        // Each row's place keys made once, not at every comparison of the sort.
        let eligible = rows.indices.filter { rows[$0].status == .eligible }
        let keys = eligible.map { councilKey(rows[$0], context: context) }
        let council = eligible.indices.sorted { a, b in
            keys[a] != keys[b] ? keys[a] < keys[b] : eligible[a] < eligible[b]
        }.map { eligible[$0] }
        return Consolidation(inputs: inputs, rows: rows, councilOrder: council, year: year)
    }

    /// Received time (unknown last), then source as NFC UTF-8 bytes.
    static func arrivalOrder(_ a: InputRecord, _ b: InputRecord) -> Bool {
        switch (a.received, b.received) {
        case let (x?, y?) where x != y: return x < y
        case (nil, _?): return false
        case (_?, nil): return true
        default: return sourceOrder(a.source, b.source)
        }
    }

    static func sourceOrder(_ a: String, _ b: String) -> Bool {
        Array(a.precomposedStringWithCanonicalMapping.utf8).lexicographicallyPrecedes(b.precomposedStringWithCanonicalMapping.utf8)
    }

    /// The input status, the first that applies (cli-contract.md).
    static func status(of input: ConsolidatedInput, mode: ConsolidationMode) -> InputStatus {
        switch input.record.failure {
        case .unreadable?: return .unreadable
        case .noTable?: return .noTable
        case .noSheet?: return .noSheet
        case nil: break
        }
        let rules = Set(input.findings.map(\.rule))
        if mode == .check { return .taken }
        if rules.contains(.fUnknownUnit) { return .unknownUnit }
        if rules.contains(.fLate) { return .late }
        if input.duplicateOf != nil { return .duplicateFile }
        if input.supersededBy != nil { return .superseded }
        return .taken
    }

    static func rowsAreReported(_ status: InputStatus) -> Bool {
        [.taken, .late, .unknownUnit, .superseded].contains(status)
    }

    /// An input's `F-*` errors go onto each of its rows, and so does `F-SUPERSEDED`.
    static func carriedToRows(_ finding: Finding) -> Bool {
        guard finding.rule.rawValue.hasPrefix("F-") else { return false }
        return finding.severity == .error || finding.rule == .fSuperseded
    }

    /// superseded › duplicate › ineligible › eligible.
    static func status(of row: ConsolidatedRow, input: ConsolidatedInput) -> RowStatus {
        if input.status == .superseded || row.findings.contains(where: { $0.rule == .fSuperseded }) { return .superseded }
        if row.findings.contains(where: { $0.rule == .mDuplicate }) { return .duplicate }
        if row.findings.contains(where: { $0.severity == .error }) { return .ineligible }
        return .eligible
    }

    /// Award form (campaign order), kind (collectives first), registry order, priority; rows with equal keys
    /// keep row order (input, sheet, row — the order of `rows`).
    static func councilKey(_ row: ConsolidatedRow, context: MatchContext) -> CouncilKey {
        CouncilKey(award: context.awardIndex(row.row.award), kind: row.row.kind == .collective ? 0 : 1,
                   unit: context.registryIndex(of: row.unit), priority: row.row.priority ?? Int.max)
    }

    struct CouncilKey: Equatable, Comparable {
        var award: Int, kind: Int, unit: Int, priority: Int
        static func < (a: CouncilKey, b: CouncilKey) -> Bool {
            (a.award, a.kind, a.unit, a.priority) < (b.award, b.kind, b.unit, b.priority)
        }
    }
}

/// What the duplicate and quota rules need to know about the run.
struct MatchContext {
    let campaign: Campaign
    let inputs: [ConsolidatedInput]
    let year: Int
    let recognizer: UnitRecognizer

    /// Positions in the registry and in the campaign's award forms, by code and id (the first of a repeated one).
    private let unitPositions: [String: Int]
    private let awardPositions: [String: Int]

    init(campaign: Campaign, inputs: [ConsolidatedInput], year: Int) {
        self.campaign = campaign; self.inputs = inputs; self.year = year
        self.recognizer = UnitRecognizer(units: campaign.units)
        unitPositions = Dictionary(campaign.units.enumerated().map { ($0.element.code, $0.offset) }, uniquingKeysWith: min)
        awardPositions = Dictionary(campaign.awards.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: min)
    }

    /// The award form's position in the campaign; after them all for none or an unknown id.
    func awardIndex(_ id: String?) -> Int { id.flatMap { awardPositions[$0] } ?? campaign.awards.count }

    /// `Campaign.registryIndex(of:)`, looked up rather than searched.
    func registryIndex(of code: String?) -> Int { code.flatMap { unitPositions[$0] } ?? campaign.units.count }
}
