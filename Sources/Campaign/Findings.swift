/// How much a finding weighs: an error makes a row (or input) ineligible, a warning is shown but keeps it.
public enum Severity: String, Sendable, Hashable, Codable, Comparable {
    case error, warning
    public static func < (a: Severity, b: Severity) -> Bool { a == .error && b == .warning }
}

/// Every rule of domain.md, by its stable id. Ids never change with the language.
public enum RuleID: String, Sendable, Hashable, CaseIterable, Codable, Comparable {
    case fUnreadable = "F-UNREADABLE"
    case fNoTable = "F-NO-TABLE"
    case fNoSheet = "F-NO-SHEET"
    case fUnknownUnit = "F-UNKNOWN-UNIT"
    case fUnitMismatch = "F-UNIT-MISMATCH"
    case fLate = "F-LATE"
    case fNoTime = "F-NO-TIME"
    case fDuplicateFile = "F-DUPLICATE-FILE"
    case fSuperseded = "F-SUPERSEDED"
    case sRequired = "S-REQUIRED"
    case sValue = "S-VALUE"
    case sEncoding = "S-ENCODING"
    case sHeader = "S-HEADER"
    case rAwardSubject = "R-AWARD-SUBJECT"
    case rPeriod = "R-PERIOD"
    case rColAchievement = "R-COL-ACHIEVEMENT"
    case rColInitiative = "R-COL-INITIATIVE"
    case rColDiscipline = "R-COL-DISCIPLINE"
    case rColReport = "R-COL-REPORT"
    case rIndRating = "R-IND-RATING"
    case rIndContribution = "R-IND-CONTRIBUTION"
    case rIndInitiative = "R-IND-INITIATIVE"
    case rIndDiscipline = "R-IND-DISCIPLINE"
    case mDuplicate = "M-DUPLICATE"
    case mLikelyDuplicate = "M-LIKELY-DUPLICATE"
    case mQuota = "M-QUOTA"

    /// The severity domain.md gives the rule.
    public var defaultSeverity: Severity {
        switch self {
        case .fNoSheet, .fUnitMismatch, .fNoTime, .fDuplicateFile, .fSuperseded, .sEncoding, .sHeader,
             .mLikelyDuplicate, .mQuota:
            return .warning
        default:
            return .error
        }
    }

    /// Rules whose severity a pipeline file may not lower.
    public var severityIsFixed: Bool { [.fUnreadable, .fNoTable, .fLate, .fUnknownUnit].contains(self) }

    /// Rule ids sort as strings: findings are listed by rule id, then field.
    public static func < (a: RuleID, b: RuleID) -> Bool { ranks[a.ordinal] < ranks[b.ordinal] }

    // Hashing, equality and order by the case's position, not its text: every finding of every row is
    // sorted and looked up by rule.
    @inlinable public static func == (a: RuleID, b: RuleID) -> Bool { a.ordinal == b.ordinal }
    @inlinable public func hash(into hasher: inout Hasher) { hasher.combine(ordinal) }
    /// The case's position in `allCases` (a case-only enum is stored as that number).
    @inlinable public var ordinal: Int { Int(unsafeBitCast(self, to: UInt8.self)) }
    private static let ranks: [Int] = caseRanks(allCases.map(\.rawValue))
}

/// Each case's rank when the cases are sorted by their text, indexed by position.
func caseRanks(_ texts: [String]) -> [Int] {
    var ranks = [Int](repeating: 0, count: texts.count)
    for (rank, position) in texts.indices.sorted(by: { texts[$0] < texts[$1] }).enumerated() { ranks[position] = rank }
    return ranks
}

/// The fields of a nomination row, by the names `report.json` uses.
public enum Field: String, Sendable, Hashable, CaseIterable, Codable, Comparable {
    case kind, name
    case birthDate = "birth_date"
    case position, unit, rating, initiative
    case decisionNumber = "decision_number"
    case decisionDate = "decision_date"
    case discipline, achievements, award, report, priority, year, note

    public static func < (a: Field, b: Field) -> Bool { ranks[a.ordinal] < ranks[b.ordinal] }

    // By position, not text, as for `RuleID`: rows are read through dictionaries keyed by field.
    @inlinable public static func == (a: Field, b: Field) -> Bool { a.ordinal == b.ordinal }
    @inlinable public func hash(into hasher: inout Hasher) { hasher.combine(ordinal) }
    /// The case's position in `allCases` (a case-only enum is stored as that number).
    @inlinable public var ordinal: Int { Int(unsafeBitCast(self, to: UInt8.self)) }
    /// How many fields there are (the last case's position, plus one), without building `allCases`.
    @inlinable public static var count: Int { Field.note.ordinal + 1 }
    private static let ranks: [Int] = caseRanks(allCases.map(\.rawValue))
}

/// A message in both of the tool's languages; the output picks one with `--lang`.
public struct Message: Sendable, Hashable {
    public var vi: String
    public var en: String
    public init(vi: String, en: String) { self.vi = vi; self.en = en }
    public func text(_ language: Language) -> String { language == .vi ? vi : en }
}

/// The languages of messages, workbooks and templates.
public enum Language: String, Sendable, Hashable, CaseIterable, Codable {
    case vi, en
}

/// Where a row is: the input's source, the sheet (nil for CSV) and the row a person sees.
public struct RowLocation: Sendable, Hashable, Comparable {
    public var source: String
    public var sheet: String?
    public var row: Int
    public init(source: String, sheet: String?, row: Int) { self.source = source; self.sheet = sheet; self.row = row }
    public static func < (a: RowLocation, b: RowLocation) -> Bool {
        (a.source, a.sheet ?? "", a.row) < (b.source, b.sheet ?? "", b.row)
    }
}

/// One finding of one rule: typed, located and explained (as frictionless does).
public struct Finding: Sendable, Hashable {
    public var rule: RuleID
    public var severity: Severity
    /// The field it is about; `nil` for the whole row or input.
    public var field: Field?
    public var message: Message
    /// The 1-based column of the cell it is about, when there is one (for highlighting in feedback).
    public var column: Int?
    /// For `M-DUPLICATE` / `M-LIKELY-DUPLICATE`: the copy kept, or the other look-alike.
    public var other: RowLocation?

    public init(rule: RuleID, severity: Severity, field: Field? = nil, message: Message, column: Int? = nil, other: RowLocation? = nil) {
        self.rule = rule; self.severity = severity; self.field = field; self.message = message; self.column = column; self.other = other
    }

    /// Findings are listed by rule id, then field (null first), then message.
    public static func ordered(_ findings: [Finding]) -> [Finding] {
        findings.sorted { a, b in
            if a.rule != b.rule { return a.rule < b.rule }
            if a.field != b.field { return (a.field?.rawValue ?? "") < (b.field?.rawValue ?? "") }
            return a.message.vi < b.message.vi
        }
    }
}
