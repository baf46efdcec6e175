import Sheets

/// Who a nomination is for: a collective (tập thể) or an individual (cá nhân).
public enum NomineeKind: String, Sendable, Hashable, CaseIterable, Codable {
    case collective, individual
}

/// One award form of the campaign (domain.md, III.2), e.g. `bang-khen-ubnd-tinh`.
public struct AwardForm: Sendable, Hashable {
    /// Stable id used in `report.json` (`bang-khen-ubnd-tinh`).
    public var id: String
    /// The printed name ("Bằng khen của Chủ tịch UBND tỉnh").
    public var name: String
    /// Other ways units write it ("Bằng khen UBND tỉnh", "Bằng khen", "BK").
    public var aliases: [String]
    /// Which kinds of nominee may receive it.
    public var recipients: Set<NomineeKind>
    /// Quota per award year; a year absent (or `nil`) has no quota.
    public var quotas: [Int: Int]

    public init(id: String, name: String, aliases: [String], recipients: Set<NomineeKind>, quotas: [Int: Int]) {
        self.id = id; self.name = name; self.aliases = aliases; self.recipients = recipients; self.quotas = quotas
    }
}

/// A unit of the registry (a division or affiliated unit of the Department).
public struct RegisteredUnit: Sendable, Hashable {
    /// Short code (`KHTC`), also used for feedback file names.
    public var code: String
    /// Full name ("Phòng Kế hoạch - Tài chính").
    public var name: String
    /// Other names it goes by ("Phòng KH-TC").
    public var aliases: [String]
    /// Email addresses it sends from, compared case-insensitively.
    public var senders: [String]

    public init(code: String, name: String, aliases: [String] = [], senders: [String] = []) {
        self.code = code; self.name = name; self.aliases = aliases; self.senders = senders
    }
}

/// The organisation lines printed on every workbook's header block.
public struct Organisation: Sendable, Hashable {
    /// "UBND TỈNH BÌNH PHƯỚC"
    public var superiorBody: String
    /// "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"
    public var agency: String
    /// "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG"
    public var council: String
    /// Place for the date line ("Bình Phước").
    public var place: String
    /// The movement's full name, printed under the title.
    public var movement: String

    public init(superiorBody: String, agency: String, council: String, place: String, movement: String) {
        self.superiorBody = superiorBody; self.agency = agency; self.council = council; self.place = place; self.movement = movement
    }
}

/// The submission deadline of an award year: a day of that year, in the campaign's time zone.
public struct Deadline: Sendable, Hashable {
    public var month: Int
    public var day: Int
    /// Whether a submission received on the deadline day itself is still on time ("trước ngày 15/12": no).
    public var dayIsOnTime: Bool
    public init(month: Int, day: Int, dayIsOnTime: Bool) { self.month = month; self.day = day; self.dayIsOnTime = dayIsOnTime }
}

/// Everything one campaign's pipeline file says: the data that the rules, consolidation and workbooks
/// read. Nothing of it is known from code.
public struct Campaign: Sendable {
    public var organisation: Organisation
    /// The award years the campaign covers (2024, 2025).
    public var years: [Int]
    /// The award year `run` consolidates when `--year` is not given.
    public var currentYear: Int
    /// The campaign's fixed UTC offset in seconds (+07:00 → 25,200).
    public var utcOffsetSeconds: Int
    public var deadline: Deadline
    /// Whether an initiative's recognition decision must be dated in the award year.
    public var initiativeDecisionInAwardYear: Bool
    /// Award forms, in the order the council list prints them.
    public var awards: [AwardForm]
    /// Units in registry order: the order of units in every list.
    public var units: [RegisteredUnit]
    public var limits: SafetyLimits
    /// Severities changed from the defaults (`RuleID.defaultSeverity`).
    public var severityOverrides: [RuleID: Severity]
    /// The code of the unit that runs the process (the Office, `VP`): a message it only forwards counts as the
    /// forwarded unit's message.
    public var officeUnit: String?

    public init(organisation: Organisation, years: [Int], currentYear: Int, utcOffsetSeconds: Int, deadline: Deadline,
                initiativeDecisionInAwardYear: Bool, awards: [AwardForm], units: [RegisteredUnit],
                limits: SafetyLimits = .default, severityOverrides: [RuleID: Severity] = [:], officeUnit: String? = nil) {
        self.organisation = organisation; self.years = years; self.currentYear = currentYear
        self.utcOffsetSeconds = utcOffsetSeconds; self.deadline = deadline
        self.initiativeDecisionInAwardYear = initiativeDecisionInAwardYear
        self.awards = awards; self.units = units; self.limits = limits; self.severityOverrides = severityOverrides
        self.officeUnit = officeUnit
    }

    /// The severity a rule has in this campaign.
    public func severity(of rule: RuleID) -> Severity { severityOverrides[rule] ?? rule.defaultSeverity }

    public func award(id: String) -> AwardForm? { awards.first { $0.id == id } }
    public func unit(code: String) -> RegisteredUnit? { units.first { $0.code == code } }
    /// Registry position of a unit code; unknown codes sort after every registered unit.
    public func registryIndex(of code: String?) -> Int {
        guard let code, let i = units.firstIndex(where: { $0.code == code }) else { return units.count }
        return i
    }
}
