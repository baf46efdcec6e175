import Foundation
import Campaign
import Nominations

/// What consolidation applies: `run` applies everything; `check` only the duplicate rules within its files.
public enum ConsolidationMode: Sendable {
    /// The Office's run: deadline, resubmissions, duplicate files, unknown units, duplicates, quotas.
    case run
    /// A unit's self-check: `M-DUPLICATE` / `M-LIKELY-DUPLICATE` within the given files only.
    case check
}

/// Merges every input of a run into one list (domain.md, "Submissions" and "Consolidation rules").
public enum Consolidator {
    public static func consolidate(_ records: [InputRecord], campaign: Campaign, year: Int, mode: ConsolidationMode) -> Consolidation {
        // STUB
        Consolidation(inputs: [], rows: [], councilOrder: [], year: year)
    }
}
