import Foundation
import Campaign

/// Resubmissions, duplicate files and the deadline (domain.md, "Submissions").
enum Submissions {
    /// One submission: a message with its spreadsheet inputs, or a unit's bare files with one received time.
    struct Submission {
        var inputs: [Int]
        var received: Date?
        var firstSource: String
    }

    /// Adds `F-LATE`, `F-DUPLICATE-FILE` and `F-SUPERSEDED` and links each replaced input to its replacement.
    /// `inputs` are in arrival order already.
    static func resolve(_ inputs: inout [ConsolidatedInput], campaign: Campaign, year: Int) {
        let deadline = deadlineInstant(campaign: campaign, year: year)
        for index in inputs.indices {
            guard let received = inputs[index].record.received, received >= deadline else { continue }
            inputs[index].findings.append(Finding(rule: .fLate, severity: campaign.severity(of: .fLate),
                                                  message: lateMessage(received: received, campaign: campaign, year: year)))
        }
        for unit in campaign.units.map(\.code) {
            let submissions = group(inputs, unit: unit)
            var current: Submission?
            for submission in submissions {
                if let kept = current, isRepeat(submission, of: kept, inputs) {
                    for index in submission.inputs {
                        let original = kept.inputs.first { inputs[$0].record.sha256 == inputs[index].record.sha256 }
                        inputs[index].duplicateOf = original.map { inputs[$0].record.source }
                        inputs[index].findings.append(Finding(rule: .fDuplicateFile, severity: campaign.severity(of: .fDuplicateFile),
                            message: Message(vi: "Tệp giống hệt tệp đã nhận \(inputs[index].duplicateOf ?? ""): không tính lại các dòng.",
                                             en: "Identical to the file already received \(inputs[index].duplicateOf ?? ""): its rows are not counted again.")))
                    }
                    continue
                }
                guard submission.inputs.contains(where: { canBecomeCurrent(inputs[$0]) }) else { continue }
                if let previous = current {
                    for index in previous.inputs {
                        inputs[index].supersededBy = submission.firstSource
                        inputs[index].findings.append(Finding(rule: .fSuperseded, severity: campaign.severity(of: .fSuperseded),
                            message: Message(vi: "Đơn vị đã gửi hồ sơ mới hơn (\(submission.firstSource)); hồ sơ này được thay thế toàn bộ.",
                                             en: "The unit sent a newer submission (\(submission.firstSource)); this one is replaced whole.")))
                    }
                }
                current = submission
            }
        }
    }

    /// The first instant that is late: 00:00 of the deadline day in the campaign's zone, or of the next day
    /// when the deadline day itself is on time.
    static func deadlineInstant(campaign: Campaign, year: Int) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: campaign.utcOffsetSeconds) ?? TimeZone(secondsFromGMT: 0)!
        let day = calendar.date(from: DateComponents(year: year, month: campaign.deadline.month, day: campaign.deadline.day)) ?? Date.distantFuture
        return campaign.deadline.dayIsOnTime ? day.addingTimeInterval(86_400) : day
    }

    static func lateMessage(received: Date, campaign: Campaign, year: Int) -> Message {
        let d = campaign.deadline
        let when = VietnamTime.format(received, offsetSeconds: campaign.utcOffsetSeconds)
        let day = String(format: "%02d/%02d/%d", d.day, d.month, year)
        let rule = d.dayIsOnTime ? "đến hết ngày \(day)" : "trước ngày \(day)"
        let ruleEn = d.dayIsOnTime ? "by the end of \(day)" : "before \(day)"
        return Message(vi: "Nhận lúc \(when), quá hạn: hồ sơ phải gửi \(rule) (Kế hoạch, mục III.4).",
                       en: "Received at \(when), past the deadline: submissions are due \(ruleEn) (plan, III.4).")
    }

    /// A unit's submissions in arrival order.
    static func group(_ inputs: [ConsolidatedInput], unit: String) -> [Submission] {
        var submissions: [Submission] = []
        var byKey: [String: Int] = [:]
        for (index, input) in inputs.enumerated() where input.record.unit == unit && !input.findings.contains(where: { $0.rule == .fUnknownUnit }) {
            guard input.record.failure != .noSheet else { continue }
            let key = input.record.messageKey.map { "m:" + $0 } ?? "t:\(input.record.received?.timeIntervalSince1970 ?? -1)"
            if let existing = byKey[key] {
                submissions[existing].inputs.append(index)
            } else {
                byKey[key] = submissions.count
                submissions.append(Submission(inputs: [index], received: input.record.received, firstSource: input.record.source))
            }
        }
        return submissions
    }

    /// Every input of the submission is byte-identical to an input of the current one.
    static func isRepeat(_ submission: Submission, of current: Submission, _ inputs: [ConsolidatedInput]) -> Bool {
        let hashes = Set(current.inputs.map { inputs[$0].record.sha256 })
        return submission.inputs.allSatisfy { hashes.contains(inputs[$0].record.sha256) }
    }

    /// Readable, with a table, on time.
    static func canBecomeCurrent(_ input: ConsolidatedInput) -> Bool {
        input.record.failure == nil && !input.findings.contains { $0.rule == .fLate }
    }
}

/// Formats instants in the campaign's fixed offset.
public enum VietnamTime {
    /// `dd/MM/yyyy HH:mm` in the given offset.
    public static func format(_ date: Date, offsetSeconds: Int) -> String {
        let c = components(date, offsetSeconds: offsetSeconds)
        return String(format: "%02d/%02d/%04d %02d:%02d", c.day ?? 0, c.month ?? 0, c.year ?? 0, c.hour ?? 0, c.minute ?? 0)
    }

    /// ISO 8601 with the offset: `2025-12-08T09:00:00+07:00` (report.json's form).
    public static func iso(_ date: Date, offsetSeconds: Int) -> String {
        let c = components(date, offsetSeconds: offsetSeconds)
        let off = abs(offsetSeconds)
        let zone = (offsetSeconds < 0 ? "-" : "+") + String(format: "%02d:%02d", off / 3600, (off % 3600) / 60)
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0,
                      c.hour ?? 0, c.minute ?? 0, c.second ?? 0) + zone
    }

    public static func components(_ date: Date, offsetSeconds: Int) -> DateComponents {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: offsetSeconds) ?? TimeZone(secondsFromGMT: 0)!
        return calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
    }
}
