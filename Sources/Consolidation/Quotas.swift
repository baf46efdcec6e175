import Foundation
import Campaign
import Nominations

/// `M-QUOTA`: eligible nominations past an award form's quota for the year are flagged, never dropped.
enum Quotas {
    static func mark(_ rows: inout [ConsolidatedRow], context: MatchContext) {
        for award in context.campaign.awards {
            guard let quota = award.quotas[context.year] else { continue }
            let eligible = rows.indices.filter { index in
                rows[index].status == .eligible && rows[index].row.award == award.id
                    && context.inputs[rows[index].input].status == .taken
            }
            guard eligible.count > quota else { continue }
            // The unit's priority first (blank or unreadable last), then registry order, then input, sheet and row order:
            // each unit's first choices come before any unit's second.
            let keys = eligible.map { (rows[$0].row.priority ?? Int.max, context.registryIndex(of: rows[$0].unit), $0) }
            let ordered = keys.sorted { $0 < $1 }.map(\.2)
            for (place, index) in ordered.enumerated() where place >= quota {
                rows[index].pastQuota = true
                rows[index].findings.append(Finding(rule: .mQuota, severity: context.campaign.severity(of: .mQuota),
                    message: Message(
                        vi: "Vượt chỉ tiêu \(award.name) năm \(context.year) (\(quota) suất; đây là đề nghị thứ \(place + 1) theo thứ tự ưu tiên): Hội đồng xem xét.",
                        en: "Past the \(context.year) quota for \(award.name) (\(quota); this is nomination \(place + 1) in priority order): for the council to decide.")))
                if rows[index].findings.last?.severity == .error { rows[index].status = .ineligible }
            }
        }
    }
}
