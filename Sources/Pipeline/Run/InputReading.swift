import Foundation
import CGLib
import Campaign
import Consolidation
import Inbox
import Nominations
import Sheets

/// The stages "read sheets → map headers and values → validate" for one inbox item, and the unit it is from.
enum InputReading {
    static func record(for original: InboxItem, campaign: Campaign, year: Int, recognizer: UnitRecognizer) -> InputRecord {
        let item = resolvingForward(original, campaign: campaign)
        var record = InputRecord(source: item.source, sha256: sha256Hex(item.bytes), unit: nil, received: item.received,
                                 messageKey: item.messageKey, attachments: item.otherAttachments)
        var clues: [String] = []
        switch item.content {
        case .unreadable(let reason):
            record.failure = .unreadable
            record.findings.append(unreadable(reason, campaign: campaign))
        case .messageWithoutSheet:
            record.failure = .noSheet
            record.findings.append(Finding(rule: .fNoSheet, severity: campaign.severity(of: .fNoSheet),
                message: Message(vi: "Thư không kèm bảng tính nào (cũng không có tệp nén chứa bảng tính): hãy gửi lại kèm danh sách đề nghị.",
                                 en: "The message carries no spreadsheet (nor a zip holding one): send it again with the nomination list attached.")))
        case .spreadsheet(let format):
            do {
                // The format intake found (by content, name or a mail part's content type).
                let workbook = try Spreadsheets.read(bytes: item.bytes, fileName: item.fileName, limits: campaign.limits, formatHint: format)
                let reading = NominationReader.read(workbook, source: item.source, campaign: campaign, year: year)
                record.findings += reading.findings
                clues = reading.unitClues
                if reading.findings.contains(where: { $0.rule == .fNoTable }) {
                    record.failure = .noTable
                } else {
                    record.rows = reading.rows
                }
            } catch {
                record.failure = .unreadable
                record.findings.append(unreadable(error, campaign: campaign))
            }
        }
        let attribution = UnitAttribution.attribute(item: item, sheetClues: clues, recognizer: recognizer, campaign: campaign)
        record.unit = attribution.unit
        record.findings += attribution.findings
        if item.receivedOrigin == .modificationTime {
            record.findings.append(Finding(rule: .fNoTime, severity: campaign.severity(of: .fNoTime),
                message: Message(vi: "Không có ngày gửi thư hay mục trong received.yaml: dùng thời điểm sửa tệp, có thể không đúng ngày nhận.",
                                 en: "No Date header or received.yaml entry: the file's modification time was used, which may not be when it arrived.")))
        }
        return record
    }

    /// Intake reads a message that only forwards another as the inner one. That holds only when the Office
    /// forwarded it (example-campaign.md); from anyone else the outer sender and `Date` stand.
    static func resolvingForward(_ item: InboxItem, campaign: Campaign) -> InboxItem {
        guard let outer = item.forwardedBy else { return item }
        let officeSenders = campaign.officeUnit.flatMap { campaign.unit(code: $0) }?.senders ?? []
        if officeSenders.contains(outer.lowercased()) { return item }
        var item = item
        item.senderAddress = outer
        if let date = item.forwardedDate { item.received = date }
        return item
    }

    static func unreadable(_ reason: UnreadableFile, campaign: Campaign) -> Finding {
        Finding(rule: .fUnreadable, severity: campaign.severity(of: .fUnreadable),
                message: Message(vi: reason.vi + " Hãy mở tệp bằng Excel, lưu lại dạng .xlsx rồi gửi lại.",
                                 en: reason.en + " Open the file in Excel, save it as .xlsx and send it again."))
    }

    /// Lower-case hex SHA-256 of the bytes, by GLib's checksum.
    static func sha256Hex(_ data: Data) -> String {
        data.withUnsafeBytes { raw -> String in
            let pointer = raw.bindMemory(to: UInt8.self).baseAddress
            guard let hex = g_compute_checksum_for_data(G_CHECKSUM_SHA256, pointer, gsize(raw.count)) else { return "" }
            defer { g_free(hex) }
            return String(cString: hex)
        }
    }
}

/// Which registered unit an input is from, by the strongest clue (example-campaign.md): the sender address;
/// then the folder holding the file, then the file's name; then the sheet's title rows or unit column.
enum UnitAttribution {
    struct Result {
        var unit: String?
        var findings: [Finding]
    }

    static func attribute(item: InboxItem, sheetClues: [String], recognizer: UnitRecognizer, campaign: Campaign) -> Result {
        // Each weaker clue as the message quotes it: a folder or file name as is, the sheet's title in words of the language.
        var weaker: [(clue: Message, unit: RegisteredUnit)] = []
        let folderUnit = item.folderName.flatMap { recognizer.unit(in: $0) }
        let fileUnit = recognizer.unit(in: item.fileName) ?? (item.containerFileName != item.fileName ? recognizer.unit(in: item.containerFileName) : nil)
        let sheetUnit = sheetClues.lazy.compactMap { recognizer.unit(in: $0) }.first
        if let folderUnit { weaker.append((Message(vi: "‘\(item.folderName ?? "")’", en: "‘\(item.folderName ?? "")’"), folderUnit)) }
        if let fileUnit { weaker.append((Message(vi: "‘\(item.fileName)’", en: "‘\(item.fileName)’"), fileUnit)) }
        if let sheetUnit { weaker.append((Message(vi: "Tiêu đề bảng tính", en: "The sheet's title"), sheetUnit)) }

        var findings: [Finding] = []
        let chosen: RegisteredUnit?
        if let sender = item.senderAddress {
            chosen = recognizer.unit(forSender: sender)
            if chosen == nil {
                findings.append(Finding(rule: .fUnknownUnit, severity: campaign.severity(of: .fUnknownUnit),
                    message: Message(
                        vi: "Địa chỉ gửi \(sender) không thuộc đơn vị nào trong danh sách: đơn vị phải gửi từ địa chỉ đã đăng ký (một đơn vị không thể nộp thay đơn vị khác).",
                        en: "The sender \(sender) is not a registered unit's address: units must send from their registered address (a unit cannot submit for another).")))
                return Result(unit: nil, findings: findings)
            }
        } else {
            chosen = weaker.first?.unit
        }
        guard let unit = chosen else {
            findings.append(Finding(rule: .fUnknownUnit, severity: campaign.severity(of: .fUnknownUnit),
                message: Message(
                    vi: "Không xác định được đơn vị gửi: tên thư mục, tên tệp và tiêu đề bảng tính không nêu đơn vị nào trong danh sách. Hãy đặt tệp trong thư mục mang mã đơn vị (ví dụ KHTC/) hoặc ghi tên đơn vị trong tên tệp.",
                    en: "The submitting unit cannot be told: neither the folder, the file name nor the sheet's title names a registered unit. Put the file in a folder named by the unit's code (e.g. KHTC/) or name the unit in the file name.")))
            return Result(unit: nil, findings: findings)
        }
        var named = Set<String>()
        for clue in weaker where clue.unit.code != unit.code && named.insert(clue.unit.code).inserted {
            findings.append(Finding(rule: .fUnitMismatch, severity: campaign.severity(of: .fUnitMismatch),
                message: Message(
                    vi: "\(clue.clue.vi) nêu đơn vị \(clue.unit.name) (\(clue.unit.code)), nhưng hồ sơ được xác định là của \(unit.name) (\(unit.code)).",
                    en: "\(clue.clue.en) names \(clue.unit.name) (\(clue.unit.code)), but the submission is from \(unit.name) (\(unit.code)).")))
        }
        return Result(unit: unit.code, findings: findings)
    }
}
