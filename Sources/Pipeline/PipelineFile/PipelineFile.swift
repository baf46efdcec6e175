import Foundation
import Yams
import Campaign
import Sheets

/// The stages a pipeline runs, in the data's order.
public enum Stage: String, Sendable, CaseIterable {
    case intake, read, validate, consolidate, write
}

/// A loaded pipeline file (`pipelines/*.yaml`): the campaign it describes and the stages it runs.
/// The format is documented in `docs/pipeline-file.md`.
public struct PipelineDefinition: Sendable {
    /// The campaign's id (`cchc-2024-2025`).
    public var id: String
    public var campaign: Campaign
    public var stages: [Stage]
}

/// Loads and checks a pipeline file. Every problem is one sentence naming the file, the line and the key.
public enum PipelineFile {
    static let topKeys = ["id", "title", "organisation", "years", "current_year", "time_zone", "deadline",
                          "initiative_decision_in_award_year", "awards", "units", "office", "limits", "severities", "stages"]

    public static func load(path: String) throws(PipelineFileError) -> PipelineDefinition {
        let name = (path as NSString).lastPathComponent
        guard let data = FileManager.default.contents(atPath: path) else {
            throw PipelineFileError(file: path, line: nil, "không mở được tệp quy trình (không có tệp hoặc không đọc được).",
                                    "the pipeline file cannot be opened (it does not exist or cannot be read).")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw PipelineFileError(file: name, line: nil, "tệp không phải văn bản UTF-8.", "the file is not UTF-8 text.")
        }
        return try parse(text, file: name)
    }

    /// Parses the text of a pipeline file; `file` names it in messages.
    public static func parse(_ text: String, file: String) throws(PipelineFileError) -> PipelineDefinition {
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text) else {
                throw PipelineFileError(file: file, line: nil, "tệp rỗng.", "the file is empty.")
            }
            root = node
        } catch let error as PipelineFileError {
            throw error
        } catch let error as YamlError {
            throw yamlSyntax(error, file: file)
        } catch {
            throw PipelineFileError(file: file, line: nil, "không đọc được YAML (\(error)).", "the YAML does not parse (\(error)).")
        }
        let top = try YAMLMapping(root, file: file, path: "")
        try top.allowOnly(topKeys)
        let id = try top.string("id")
        let organisation = try readOrganisation(try top.mapping("organisation"))
        var years: [Int] = []
        for node in try top.sequence("years") { years.append(try top.intValue(node, key: "years")) }
        let currentYear = try top.int("current_year")
        if !years.contains(currentYear) {
            throw PipelineFileError(file: file, line: top.node("current_year")?.mark?.line,
                                    "năm hiện hành \(currentYear) không có trong ‘years’.", "current_year \(currentYear) is not listed in ‘years’.")
        }
        let offset = try readOffset(top)
        let deadline = try readDeadline(try top.mapping("deadline"))
        let inYear = try top.bool("initiative_decision_in_award_year", default: true)
        let awards = try readAwards(top)
        let units = try readUnits(top)
        let limits = try readLimits(try top.optionalMapping("limits"))
        let severities = try readSeverities(try top.optionalMapping("severities"))
        let stages = try readStages(top)
        let office = try top.optionalString("office")
        if let office, !units.contains(where: { $0.code == office }) {
            throw PipelineFileError(file: file, line: top.node("office")?.mark?.line,
                                    "‘office’ phải là mã một đơn vị trong ‘units’, không phải ‘\(office)’.",
                                    "‘office’ must be the code of a unit in ‘units’, not ‘\(office)’.")
        }
        let campaign = Campaign(organisation: organisation, years: years, currentYear: currentYear, utcOffsetSeconds: offset,
                                deadline: deadline, initiativeDecisionInAwardYear: inYear, awards: awards, units: units,
                                limits: limits, severityOverrides: severities, officeUnit: office)
        return PipelineDefinition(id: id, campaign: campaign, stages: stages)
    }

    static func yamlSyntax(_ error: YamlError, file: String) -> PipelineFileError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return PipelineFileError(file: file, line: mark.line, "lỗi cú pháp YAML (\(problem)).", "YAML syntax error (\(problem)).")
        default:
            return PipelineFileError(file: file, line: nil, "lỗi cú pháp YAML (\(error)).", "YAML syntax error (\(error)).")
        }
    }

    static func readOrganisation(_ map: YAMLMapping) throws(PipelineFileError) -> Organisation {
        try map.allowOnly(["superior_body", "agency", "council", "place", "movement"])
        return Organisation(superiorBody: try map.string("superior_body"), agency: try map.string("agency"),
                            council: try map.string("council"), place: try map.string("place"), movement: try map.string("movement"))
    }

    static func readOffset(_ top: YAMLMapping) throws(PipelineFileError) -> Int {
        let text = try top.optionalString("time_zone") ?? "+07:00"
        let pattern = /^([+-])(\d{2}):?(\d{2})$/
        guard let match = text.wholeMatch(of: pattern), let h = Int(match.2), let m = Int(match.3), h <= 14, m < 60 else {
            throw PipelineFileError(file: top.file, line: top.node("time_zone")?.mark?.line,
                                    "‘time_zone’ phải là độ lệch cố định như \"+07:00\".", "‘time_zone’ must be a fixed offset such as \"+07:00\".")
        }
        return (match.1 == "-" ? -1 : 1) * (h * 3600 + m * 60)
    }

    static func readDeadline(_ map: YAMLMapping) throws(PipelineFileError) -> Deadline {
        try map.allowOnly(["month", "day", "day_is_on_time"])
        let month = try map.int("month"), day = try map.int("day")
        guard (1...12).contains(month), (1...31).contains(day) else {
            throw PipelineFileError(file: map.file, line: map.line, "hạn nộp không phải ngày hợp lệ.", "the deadline is not a valid day.")
        }
        return Deadline(month: month, day: day, dayIsOnTime: try map.bool("day_is_on_time", default: false))
    }

    static func readAwards(_ top: YAMLMapping) throws(PipelineFileError) -> [AwardForm] {
        var awards: [AwardForm] = []
        for node in try top.sequence("awards") {
            let map = try YAMLMapping(node, file: top.file, path: "awards[]")
            try map.allowOnly(["id", "name", "aliases", "recipients", "quota"])
            var recipients = Set<NomineeKind>()
            for name in try map.stringList("recipients") {
                guard let kind = NomineeKind(rawValue: name) else {
                    throw PipelineFileError(file: map.file, line: map.node("recipients")?.mark?.line,
                                            "‘recipients’ chỉ nhận collective và individual, không nhận ‘\(name)’.",
                                            "‘recipients’ takes collective and individual, not ‘\(name)’.")
                }
                recipients.insert(kind)
            }
            awards.append(AwardForm(id: try map.string("id"), name: try map.string("name"), aliases: try map.stringList("aliases"),
                                    recipients: recipients, quotas: try readQuota(map)))
        }
        return awards
    }

    /// `quota:` a number (every year), a mapping year → number, or null/absent (no quota).
    static func readQuota(_ map: YAMLMapping) throws(PipelineFileError) -> [Int: Int] {
        guard let node = map.node("quota") else { return [:] }
        switch node {
        case .scalar(let scalar):
            if scalar.string.isEmpty || ["null", "~", "none"].contains(scalar.string.lowercased()) { return [:] }
            let all = try map.intValue(node, key: "quota")
            return Dictionary(uniqueKeysWithValues: (1900...2200).map { ($0, all) })
        case .mapping:
            let years = try YAMLMapping(node, file: map.file, path: map.qualified("quota"))
            var quotas: [Int: Int] = [:]
            for entry in years.entries {
                guard let year = Int(entry.key) else {
                    throw PipelineFileError(file: map.file, line: entry.line, "khoá của ‘quota’ phải là năm.", "keys of ‘quota’ must be years.")
                }
                quotas[year] = try years.intValue(entry.value, key: entry.key)
            }
            return quotas
        default:
            throw map.wrongType("quota", node, "một số hoặc bảng năm: số", "a number or a mapping year: number")
        }
    }

    static func readUnits(_ top: YAMLMapping) throws(PipelineFileError) -> [RegisteredUnit] {
        var units: [RegisteredUnit] = []
        for node in try top.sequence("units") {
            let map = try YAMLMapping(node, file: top.file, path: "units[]")
            try map.allowOnly(["code", "name", "aliases", "senders"])
            let unit = RegisteredUnit(code: try map.string("code"), name: try map.string("name"),
                                      aliases: try map.stringList("aliases"), senders: try map.stringList("senders").map { $0.lowercased() })
            if units.contains(where: { $0.code == unit.code }) {
                throw PipelineFileError(file: top.file, line: map.line, "mã đơn vị ‘\(unit.code)’ bị lặp.", "unit code ‘\(unit.code)’ is repeated.")
            }
            units.append(unit)
        }
        return units
    }

    static var limitKeys: [String: WritableKeyPath<SafetyLimits, Int>] { [
        "max_file_bytes": \.maxFileBytes, "max_part_bytes": \.maxPartBytes, "ratio_threshold_bytes": \.ratioThresholdBytes,
        "max_sheets": \.maxSheets, "max_rows": \.maxRows, "max_columns": \.maxColumns,
        "max_cell_characters": \.maxCellCharacters, "max_xml_depth": \.maxXMLDepth,
    ] }

    static func readLimits(_ map: YAMLMapping?) throws(PipelineFileError) -> SafetyLimits {
        var limits = SafetyLimits.default
        guard let map else { return limits }
        try map.allowOnly(limitKeys.keys.sorted() + ["max_compression_ratio"])
        for entry in map.entries {
            if entry.key == "max_compression_ratio" {
                guard case .scalar(let s) = entry.value, let ratio = Double(s.string), ratio > 1 else {
                    throw map.wrongType(entry.key, entry.value, "một số lớn hơn 1", "a number above 1")
                }
                limits.maxCompressionRatio = ratio
            } else if let path = limitKeys[entry.key] {
                let value = try map.intValue(entry.value, key: entry.key)
                guard value > 0 else { throw map.wrongType(entry.key, entry.value, "một số dương", "a positive number") }
                limits[keyPath: path] = value
            }
        }
        return limits
    }

    static func readSeverities(_ map: YAMLMapping?) throws(PipelineFileError) -> [RuleID: Severity] {
        guard let map else { return [:] }
        var result: [RuleID: Severity] = [:]
        for entry in map.entries {
            guard let rule = RuleID(rawValue: entry.key) else {
                throw PipelineFileError(file: map.file, line: entry.line, "‘\(entry.key)’ không phải mã quy tắc.", "‘\(entry.key)’ is not a rule id.")
            }
            guard let severity = Severity(rawValue: try map.scalarString(entry.value, key: entry.key)) else {
                throw map.wrongType(entry.key, entry.value, "error hoặc warning", "error or warning")
            }
            if rule.severityIsFixed && severity != rule.defaultSeverity {
                throw PipelineFileError(file: map.file, line: entry.line, "không được hạ mức của \(rule.rawValue).",
                                        "the severity of \(rule.rawValue) cannot be lowered.")
            }
            result[rule] = severity
        }
        return result
    }

    static func readStages(_ top: YAMLMapping) throws(PipelineFileError) -> [Stage] {
        let names = try top.stringList("stages")
        if names.isEmpty { return Stage.allCases }
        var stages: [Stage] = []
        for name in names {
            guard let stage = Stage(rawValue: name) else {
                throw PipelineFileError(file: top.file, line: top.node("stages")?.mark?.line,
                                        "bước ‘\(name)’ không có (các bước: \(Stage.allCases.map(\.rawValue).joined(separator: ", "))).",
                                        "unknown stage ‘\(name)’ (stages: \(Stage.allCases.map(\.rawValue).joined(separator: ", "))).")
            }
            stages.append(stage)
        }
        guard stages == Stage.allCases else {
            throw PipelineFileError(file: top.file, line: top.node("stages")?.mark?.line,
                                    "‘stages’ phải liệt kê đủ các bước theo thứ tự: intake, read, validate, consolidate, write.",
                                    "‘stages’ must list every stage in order: intake, read, validate, consolidate, write.")
        }
        return stages
    }
}
