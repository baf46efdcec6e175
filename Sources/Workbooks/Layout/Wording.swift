import Foundation
import Campaign
import Consolidation

/// The fixed words of the workbooks, in the run's language. The national heading stays Vietnamese in
/// both languages: it is part of the document's form, not a label.
struct Wording {
    let language: Language

    /// The text in the workbook's language; only that one is built (many texts interpolate a row's values).
    func t(_ vi: @autoclosure () -> String, _ en: @autoclosure () -> String) -> String { language == .vi ? vi() : en() }

    static let nation = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    static let motto = "Độc lập - Tự do - Hạnh phúc"

    /// "Bình Phước, ngày 05 tháng 12 năm 2025": a leading zero for days below 10 and months 1 and 2
    /// (Decree 30/2020, Appendix I).
    static func placeAndDate(place: String, year: Int, month: Int, day: Int) -> String {
        let dayText = day < 10 ? "0\(day)" : "\(day)"
        let monthText = month < 3 ? "0\(month)" : "\(month)"
        return "\(place), ngày \(dayText) tháng \(monthText) năm \(year)"
    }

    /// A received time in the campaign's time zone: dd/mm/yyyy HH:mm.
    static func localTime(_ date: Date?, offsetSeconds: Int) -> String {
        guard let date else { return "" }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: offsetSeconds) ?? .gmt
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        func two(_ n: Int?) -> String { let n = n ?? 0; return n < 10 ? "0\(n)" : "\(n)" }
        return "\(two(c.day))/\(two(c.month))/\(c.year ?? 0) \(two(c.hour)):\(two(c.minute))"
    }

    /// Roman numerals for the council list's sections (I, II, III …).
    static func roman(_ number: Int) -> String {
        let table: [(Int, String)] = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                                      (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var rest = number, text = ""
        for (value, letters) in table { while rest >= value { text += letters; rest -= value } }
        return text
    }

    func kind(_ kind: NomineeKind?) -> String {
        switch kind {
        case .collective: return t("Tập thể", "Collective")
        case .individual: return t("Cá nhân", "Individual")
        case nil: return ""
        }
    }

    func status(_ status: InputStatus) -> String {
        switch status {
        case .taken: return t("Đã tiếp nhận", "Taken")
        case .unreadable: return t("Không đọc được", "Unreadable")
        case .noTable: return t("Không tìm thấy bảng danh sách", "No table found")
        case .noSheet: return t("Thư không kèm bảng tính", "No spreadsheet attached")
        case .unknownUnit: return t("Không xác định được đơn vị", "Unknown unit")
        case .late: return t("Gửi sau hạn", "Late")
        case .duplicateFile: return t("Gửi trùng (đã có)", "Sent twice")
        case .superseded: return t("Đã được thay thế bằng lần gửi sau", "Replaced by a later submission")
        }
    }

    func status(_ status: RowStatus) -> String {
        switch status {
        case .eligible: return t("Đủ điều kiện", "Eligible")
        case .ineligible: return t("Không đủ điều kiện", "Not eligible")
        case .duplicate: return t("Trùng lặp", "Duplicate")
        case .superseded: return t("Đã được thay thế", "Replaced")
        }
    }

    func severity(_ severity: Severity) -> String {
        severity == .error ? t("Lỗi", "Error") : t("Lưu ý", "Warning")
    }

    /// The deadline as the plan words it: "trước ngày 15/12/2025" when the day itself is late.
    func deadline(_ deadline: Deadline, year: Int) -> String {
        let day = deadline.day < 10 ? "0\(deadline.day)" : "\(deadline.day)"
        let month = deadline.month < 10 ? "0\(deadline.month)" : "\(deadline.month)"
        return deadline.dayIsOnTime
            ? t("chậm nhất ngày \(day)/\(month)/\(year)", "on \(day)/\(month)/\(year) at the latest")
            : t("trước ngày \(day)/\(month)/\(year)", "before \(day)/\(month)/\(year)")
    }

    /// What the unit should do about a finding of `rule`.
    func fix(for rule: RuleID) -> String {
        switch rule {
        case .fUnreadable: return t("Lưu lại tệp dạng .xlsx (không đặt mật khẩu) rồi gửi lại.", "Save the file as .xlsx (without a password) and send it again.")
        case .fNoTable: return t("Dùng biểu mẫu của Văn phòng Sở, giữ nguyên dòng tiêu đề cột.", "Use the Office's template and keep its header row.")
        case .fNoSheet: return t("Gửi kèm tệp bảng tính danh sách đề nghị.", "Attach the nomination spreadsheet.")
        case .fUnknownUnit, .fUnitMismatch: return t("Gửi từ hộp thư của đơn vị và ghi đúng tên đơn vị trong tiêu đề.", "Send from the unit's mailbox and name the unit in the title.")
        case .fLate: return t("Liên hệ Văn phòng Sở: hồ sơ gửi sau hạn không được xét.", "Contact the Office: late submissions are not considered.")
        case .fNoTime: return t("Không cần sửa.", "Nothing to fix.")
        case .fDuplicateFile: return t("Không cần gửi lại tệp đã gửi.", "No need to resend a file already sent.")
        case .fSuperseded: return t("Không cần sửa: lần gửi sau được dùng.", "Nothing to fix: the later submission is used.")
        case .sRequired: return t("Điền đầy đủ ô này.", "Fill in this cell.")
        case .sValue: return t("Chọn một giá trị trong danh sách của biểu mẫu.", "Choose one of the template's values.")
        case .sEncoding: return t("Nên gõ bằng Unicode (phông Times New Roman).", "Type in Unicode (Times New Roman).")
        case .sHeader: return t("Dùng tiêu đề cột của biểu mẫu.", "Use the template's column headers.")
        case .rAwardSubject: return t("Cá nhân chỉ đề nghị Giấy khen của Giám đốc Sở.", "Propose individuals for the Director's certificate only.")
        case .rPeriod: return t("Ghi đúng năm xét khen thưởng.", "Write the award year under consideration.")
        case .rColAchievement, .rIndContribution: return t("Tóm tắt thành tích theo các nội dung thi đua.", "Summarise the achievements under the movement's contents.")
        case .rColInitiative, .rIndInitiative: return t("Ghi tên sáng kiến, số và ngày quyết định công nhận.", "Give the initiative and its recognition decision's number and date.")
        case .rColDiscipline, .rIndDiscipline: return t("Trường hợp này không đủ tiêu chuẩn khen thưởng.", "This nominee does not meet the criteria.")
        case .rColReport: return t("Gửi kèm báo cáo thành tích (mẫu số 08, Nghị định 98/2023/NĐ-CP).", "Attach the achievement report (form 08, Decree 98/2023).")
        case .rIndRating: return t("Chỉ đề nghị người được xếp loại Hoàn thành xuất sắc nhiệm vụ năm xét.", "Only propose staff rated excellent for the award year.")
        case .mDuplicate, .mLikelyDuplicate: return t("Kiểm tra lại: mỗi người, mỗi tập thể chỉ đề nghị một lần.", "Check: each nominee is proposed once.")
        case .mQuota: return t("Hội đồng sẽ xem xét theo chỉ tiêu.", "The council decides within the quota.")
        }
    }
}
