import Campaign

/// The layout stage's messages, in Vietnamese and English: each names the sheet, the header text and what
/// the unit should do.
enum LayoutMessages {
    /// A field's name as a clerk reads it.
    static func label(_ field: Field) -> (vi: String, en: String) {
        switch field {
        case .kind: return ("Tập thể/Cá nhân", "kind (collective/individual)")
        case .name: return ("Họ và tên / Tên tập thể", "name")
        case .birthDate: return ("Ngày sinh", "date of birth")
        case .position: return ("Chức vụ", "position")
        case .unit: return ("Đơn vị công tác", "unit")
        case .rating: return ("Xếp loại", "rating")
        case .initiative: return ("Sáng kiến", "initiative")
        case .decisionNumber: return ("Số quyết định công nhận sáng kiến", "recognition decision number")
        case .decisionDate: return ("Ngày quyết định công nhận sáng kiến", "recognition decision date")
        case .discipline: return ("Kỷ luật", "discipline")
        case .achievements: return ("Tóm tắt thành tích", "summary of achievements")
        case .award: return ("Hình thức khen thưởng", "award form")
        case .report: return ("Báo cáo thành tích", "achievement report")
        case .priority: return ("Thứ tự ưu tiên", "priority")
        case .year: return ("Năm đề nghị", "award year")
        case .note: return ("Ghi chú", "note")
        }
    }

    static func label(_ target: HeaderTarget) -> (vi: String, en: String) {
        switch target {
        case .field(let field): return label(field)
        case .combinedDecision: return ("Quyết định công nhận sáng kiến (số, ngày)", "recognition decision (number and date)")
        case .rowNumber: return ("STT", "row number")
        case .noField: return ("Phân loại đối tượng", "category")
        }
    }

    /// "trang tính “Tập thể”" / "sheet “Tập thể”"; a CSV file has no sheet.
    static func sheet(_ name: String?) -> (vi: String, en: String) {
        guard let name else { return ("tệp CSV", "the CSV file") }
        return ("trang tính “\(name)”", "sheet “\(name)”")
    }

    /// Spreadsheet column letters: 1 → A, 27 → AA.
    static func columnLetters(_ column: Int) -> String {
        var number = column, letters = ""
        while number > 0 {
            let remainder = (number - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + remainder))) + letters
            number = (number - 1) / 26
        }
        return letters.isEmpty ? "?" : letters
    }

    static func unmapped(sheet name: String?, column: Int, header: String) -> Message {
        let sheet = sheet(name), letter = columnLetters(column)
        return Message(
            vi: "Cột \(letter) của \(sheet.vi) có tiêu đề “\(header)” không ứng với thông tin nào của mẫu nên không được đọc. "
                + "Nếu cột này chỉ ghi thêm thông tin (giới tính, điện thoại…) thì có thể bỏ qua; nếu là thông tin cần xét, "
                + "hãy đặt lại tiêu đề theo mẫu (ví dụ “Họ và tên”, “Xếp loại”, “Hình thức khen thưởng”).",
            en: "Column \(letter) of \(sheet.en), headed “\(header)”, matches no field of the form and is not read. "
                + "If it only holds extra information (sex, telephone…) this can be ignored; otherwise rename the header "
                + "as in the template (e.g. “Họ và tên”, “Xếp loại”, “Hình thức khen thưởng”).")
    }

    static func tie(sheet name: String?, column: Int, header: String, targets: [HeaderTarget]) -> Message {
        let sheet = sheet(name), letter = columnLetters(column)
        let vi = targets.map { "“\(label($0).vi)”" }.joined(separator: " và ")
        let en = targets.map { "“\(label($0).en)”" }.joined(separator: " and ")
        return Message(
            vi: "Cột \(letter) của \(sheet.vi) có tiêu đề “\(header)” có thể hiểu là \(vi) nên không được đọc. "
                + "Hãy đặt lại tiêu đề rõ một thông tin, theo mẫu.",
            en: "Column \(letter) of \(sheet.en), headed “\(header)”, could mean \(en), so it is not read. "
                + "Rename the header so that it names one field, as in the template.")
    }

    static func duplicate(sheet name: String?, column: Int, header: String, field: Field, chosenColumn: Int, chosenHeader: String) -> Message {
        let sheet = sheet(name), letter = columnLetters(column), chosen = columnLetters(chosenColumn), label = label(field)
        return Message(
            vi: "Cột \(letter) (“\(header)”) và cột \(chosen) (“\(chosenHeader)”) của \(sheet.vi) cùng là “\(label.vi)”; "
                + "chương trình đọc cột \(chosen), bỏ qua cột \(letter). Hãy xóa cột thừa hoặc đặt lại tiêu đề.",
            en: "Columns \(letter) (“\(header)”) and \(chosen) (“\(chosenHeader)”) of \(sheet.en) both hold the \(label.en); "
                + "column \(chosen) is read and column \(letter) ignored. Delete the extra column or rename its header.")
    }

    static func encoding(sheets: [String?]) -> Message {
        let vi = sheets.map { sheet($0).vi }.joined(separator: ", ")
        let en = sheets.map { sheet($0).en }.joined(separator: ", ")
        return Message(
            vi: "Tiêu đề bảng hoặc dòng tiêu đề phía trên của \(vi) được gõ bằng bảng mã cũ (TCVN3/VNI) hoặc Unicode tổ hợp "
                + "và đã được chuyển đổi để đọc. Hãy gõ lại bằng Unicode dựng sẵn (phông Times New Roman).",
            en: "The table header or title rows of \(en) were typed in a legacy encoding (TCVN3/VNI) or decomposed "
                + "Unicode and were converted to be read. Retype them in precomposed Unicode (Times New Roman).")
    }

    static func noTable(sheetsRead: [String?], sheetsSkipped: Int) -> Message {
        let vi = sheetsRead.isEmpty ? "" : " (đã xem: " + sheetsRead.map { sheet($0).vi }.joined(separator: ", ") + ")"
        let en = sheetsRead.isEmpty ? "" : " (looked at: " + sheetsRead.map { sheet($0).en }.joined(separator: ", ") + ")"
        let skippedVi = sheetsSkipped > 0 ? " \(sheetsSkipped) trang tính ẩn hoặc hướng dẫn/danh mục không được đọc." : ""
        let skippedEn = sheetsSkipped > 0 ? " \(sheetsSkipped) hidden or instruction/list sheet(s) were not read." : ""
        return Message(
            vi: "Không tìm thấy bảng danh sách đề nghị khen thưởng\(vi): cần một dòng tiêu đề có cột “Họ và tên” "
                + "hoặc “Tên tập thể” và ít nhất một cột khác của mẫu (ví dụ “Hình thức khen thưởng”).\(skippedVi) "
                + "Hãy dùng biểu mẫu của Văn phòng Sở và gửi lại.",
            en: "No nomination table was found\(en): a header row needs a “Họ và tên” or “Tên tập thể” column and at "
                + "least one other column of the form (e.g. “Hình thức khen thưởng”).\(skippedEn) Use the Office's "
                + "template and send the file again.")
    }

    static let hiddenSheet = Message(
        vi: "Trang tính ẩn: không đọc danh sách đề nghị.",
        en: "Hidden sheet: not read for nominations.")

    static let instructionSheet = Message(
        vi: "Trang tính hướng dẫn hoặc danh mục: không đọc danh sách đề nghị.",
        en: "An instructions or lists sheet: not read for nominations.")

    static let noHeaderRow = Message(
        vi: "Không có dòng tiêu đề (cột “Họ và tên”/“Tên tập thể” và một cột khác của mẫu): không đọc.",
        en: "No header row (a “Họ và tên”/“Tên tập thể” column and one more column of the form): not read.")
}
