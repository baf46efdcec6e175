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
        let council = rows.indices.filter { rows[$0].status == .eligible }.sorted { a, b in
            councilOrder(rows[a], rows[b], context: context) ?? (a < b)
        }
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

    /// Award form (campaign order), kind (collectives first), registry order, priority; nil when these tie
    /// (the caller then keeps row order: input, sheet, row — the order of `rows`).
    static func councilOrder(_ a: ConsolidatedRow, _ b: ConsolidatedRow, context: MatchContext) -> Bool? {
        let awardA = context.awardIndex(a.row.award), awardB = context.awardIndex(b.row.award)
        if awardA != awardB { return awardA < awardB }
        let kindA = a.row.kind == .collective ? 0 : 1, kindB = b.row.kind == .collective ? 0 : 1
        if kindA != kindB { return kindA < kindB }
        let unitA = context.campaign.registryIndex(of: a.unit), unitB = context.campaign.registryIndex(of: b.unit)
        if unitA != unitB { return unitA < unitB }
        let prioA = a.row.priority ?? Int.max, prioB = b.row.priority ?? Int.max
        if prioA != prioB { return prioA < prioB }
        return nil
    }
}

/// What the duplicate and quota rules need to know about the run.
struct MatchContext {
    let campaign: Campaign
    let inputs: [ConsolidatedInput]
    let year: Int
    let recognizer: UnitRecognizer

    init(campaign: Campaign, inputs: [ConsolidatedInput], year: Int) {
        self.campaign = campaign; self.inputs = inputs; self.year = year
        self.recognizer = UnitRecognizer(units: campaign.units)
    }

    func awardIndex(_ id: String?) -> Int {
        guard let id, let index = campaign.awards.firstIndex(where: { $0.id == id }) else { return campaign.awards.count }
        return index
    }
}
