import Foundation
import Campaign
import Consolidation
import Nominations

/// Builds `report.json` (cli-contract.md) and the `check --json` object from a consolidation.
public enum Report {
    /// Where the outputs of a run were written, relative to the output folder.
    public struct Outputs: Sendable {
        public var council: String
        public var feedback: [(unit: String, path: String)]
        public var unmatched: [(source: String, path: String)]
        public init(council: String, feedback: [(unit: String, path: String)], unmatched: [(source: String, path: String)]) {
            self.council = council; self.feedback = feedback; self.unmatched = unmatched
        }
    }

    /// The whole report of a run.
    public static func run(_ consolidation: Consolidation, pipeline: String, campaign: Campaign, language: Language, outputs: Outputs) -> JSONValue {
        .object([
            ("version", .int(1)),
            ("pipeline", .string(pipeline)),
            ("year", .int(consolidation.year)),
            ("inputs", .array(consolidation.inputs.map { input($0, campaign: campaign, language: language) })),
            ("rows", .generated(count: consolidation.rows.count) { row(consolidation.rows[$0], consolidation: consolidation, language: language) }),
            ("outputs", .object([
                ("council", .string(outputs.council)),
                ("feedback", .object(outputs.feedback.map { ($0.unit, .string($0.path)) })),
                ("feedback_unmatched", .object(outputs.unmatched.map { ($0.source, .string($0.path)) })),
            ])),
        ])
    }

    /// The `check --json` object.
    public static func check(_ consolidation: Consolidation, unit: String?, campaign: Campaign, language: Language) -> JSONValue {
        .object([
            ("version", .int(1)),
            ("unit", .optional(unit)),
            ("year", .int(consolidation.year)),
            ("inputs", .array(consolidation.inputs.map { input($0, campaign: campaign, language: language) })),
            ("rows", .array(consolidation.rows.map { row($0, consolidation: consolidation, language: language) })),
        ])
    }

    static func input(_ input: ConsolidatedInput, campaign: Campaign, language: Language) -> JSONValue {
        var pairs: [(String, JSONValue)] = [
            ("source", .string(input.record.source)),
            ("sha256", .string(input.record.sha256)),
            ("unit", .optional(input.record.unit)),
            ("received", input.record.received.map { .string(VietnamTime.iso($0, offsetSeconds: campaign.utcOffsetSeconds)) } ?? .null),
            ("status", .string(input.status.rawValue)),
            ("findings", .array(input.findings.map { finding($0, language: language, withField: false) })),
        ]
        if !input.record.attachments.isEmpty {
            pairs.append(("attachments", .array(input.record.attachments.map(JSONValue.string))))
        }
        if let by = input.supersededBy { pairs.append(("superseded_by", .string(by))) }
        if let of = input.duplicateOf { pairs.append(("duplicate_of", .string(of))) }
        return .object(pairs)
    }

    static func row(_ row: ConsolidatedRow, consolidation: Consolidation, language: Language) -> JSONValue {
        let r = row.row
        var pairs: [(String, JSONValue)] = [
            ("source", .string(r.location.source)),
            ("sheet", .optional(r.location.sheet)),
            ("row", .int(r.location.row)),
            ("kind", .optional(r.kind?.rawValue)),
            ("name", .optional(r.name)),
            ("unit", .optional(row.unit)),
            ("award", .optional(r.award)),
            ("year", .optional(r.year)),
            ("status", .string(row.status.rawValue)),
            ("findings", .array(row.findings.map { finding($0, language: language, withField: true) })),
        ]
        if row.pastQuota { pairs.append(("past_quota", .bool(true))) }
        return .object(pairs)
    }

    static func finding(_ finding: Finding, language: Language, withField: Bool) -> JSONValue {
        var pairs: [(String, JSONValue)] = [
            ("rule", .string(finding.rule.rawValue)),
            ("severity", .string(finding.severity.rawValue)),
        ]
        if withField { pairs.append(("field", .optional(finding.field?.rawValue))) }
        pairs.append(("message", .string(finding.message.text(language))))
        if let other = finding.other {
            pairs.append(("other", .object([("source", .string(other.source)), ("sheet", .optional(other.sheet)), ("row", .int(other.row))])))
        }
        if let column = finding.column, withField { pairs.append(("column", .int(column))) }
        return .object(pairs)
    }
}
