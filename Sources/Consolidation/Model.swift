import Foundation
import Campaign
import Nominations

/// What an input turned out to be, the first that applies (cli-contract.md, "Input status").
public enum InputStatus: String, Sendable, Hashable, Codable {
    case taken, unreadable
    case noTable = "no-table"
    case noSheet = "no-sheet"
    case unknownUnit = "unknown-unit"
    case late
    case duplicateFile = "duplicate-file"
    case superseded
}

/// What a row turned out to be, the first that applies.
public enum RowStatus: String, Sendable, Hashable, Codable {
    case eligible, ineligible, duplicate, superseded
}

/// One input as the pipeline knows it before consolidation: where it came from, what it is, what was read.
public struct InputRecord: Sendable {
    public var source: String
    public var sha256: String
    /// The recognised unit's code, or nil when no clue named a registered unit.
    public var unit: String?
    /// The received time (an instant); nil when not known.
    public var received: Date?
    /// Inputs with the same key form one submission: a message's source, or for bare files nil
    /// (then a unit's bare files with the same received time form one).
    public var messageKey: String?
    /// What reading found wrong with the whole input: unreadable, no table, a message without a sheet.
    public var failure: InputFailure?
    /// Every `F-*` (and input-level `S-*`) finding known before consolidation: F-UNREADABLE, F-NO-TABLE,
    /// F-NO-SHEET, F-UNKNOWN-UNIT, F-UNIT-MISMATCH, F-NO-TIME, S-HEADER, S-ENCODING.
    public var findings: [Finding]
    /// The rows read, with their `S-*`/`R-*` findings.
    public var rows: [NominationRow]
    /// Names of the non-spreadsheet attachments the input's message carried.
    public var attachments: [String]

    public init(source: String, sha256: String, unit: String?, received: Date?, messageKey: String?,
                failure: InputFailure? = nil, findings: [Finding] = [], rows: [NominationRow] = [], attachments: [String] = []) {
        self.source = source; self.sha256 = sha256; self.unit = unit; self.received = received; self.messageKey = messageKey
        self.failure = failure; self.findings = findings; self.rows = rows; self.attachments = attachments
    }
}

/// Why an input has no rows.
public enum InputFailure: Sendable, Hashable {
    case unreadable, noTable, noSheet
}

/// An input after consolidation.
public struct ConsolidatedInput: Sendable {
    public var record: InputRecord
    public var status: InputStatus
    /// Every `F-*` and input-level finding, ordered (F-LATE, F-DUPLICATE-FILE, F-SUPERSEDED added here).
    public var findings: [Finding]
    /// For a superseded input: the source of the first input of the submission that replaced it.
    public var supersededBy: String?
    /// For a duplicate-file input: the source of the input it repeats.
    public var duplicateOf: String?

    public init(record: InputRecord, status: InputStatus, findings: [Finding], supersededBy: String? = nil, duplicateOf: String? = nil) {
        self.record = record; self.status = status; self.findings = findings; self.supersededBy = supersededBy; self.duplicateOf = duplicateOf
    }
}

/// A row after consolidation.
public struct ConsolidatedRow: Sendable {
    /// The row as read (a copy-on-write value: copying it between lists costs one retain).
    public var row: NominationRow
    /// Index of its input in `Consolidation.inputs`.
    public var input: Int
    /// The submitting unit's code (the input's).
    public var unit: String?
    public var status: RowStatus
    /// All findings: the row's `S-*`/`R-*`, its input's `F-*` errors, and `M-*`; ordered by rule then field.
    public var findings: [Finding]
    /// Whether it is past its award form's quota (an eligible row with `M-QUOTA`).
    public var pastQuota: Bool

    public init(row: NominationRow, input: Int, unit: String?, status: RowStatus, findings: [Finding], pastQuota: Bool = false) {
        self.row = row; self.input = input; self.unit = unit; self.status = status; self.findings = findings; self.pastQuota = pastQuota
    }
}

/// The consolidated result of one run (or one `check`).
public struct Consolidation: Sendable {
    /// Inputs by received time (nil last), then source as NFC UTF-8 bytes.
    public var inputs: [ConsolidatedInput]
    /// Rows in the order of their input, then sheet order, then row.
    public var rows: [ConsolidatedRow]
    /// Indices into `rows` of the eligible rows, in council-list order: award form, kind, registry order of
    /// units, priority, then row order.
    public var councilOrder: [Int]
    public var year: Int

    public init(inputs: [ConsolidatedInput], rows: [ConsolidatedRow], councilOrder: [Int], year: Int) {
        self.inputs = inputs; self.rows = rows; self.councilOrder = councilOrder; self.year = year
    }
}
