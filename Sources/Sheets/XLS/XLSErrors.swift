/// The reasons a legacy .xls file cannot be read, each a plain sentence in Vietnamese and English.
enum XLSErrors {
    static let notCompoundFile = UnreadableFile(
        vi: "Tệp .xls bị hỏng hoặc không phải bảng tính Excel 97–2003: không mở được cấu trúc OLE2 của tệp.",
        en: "The .xls file is damaged or not an Excel 97–2003 workbook: its OLE2 container cannot be opened.")
    static let damagedContainer = UnreadableFile(
        vi: "Tệp .xls bị hỏng: cấu trúc OLE2 của tệp không đọc trọn được.",
        en: "The .xls file is damaged: its OLE2 container cannot be read in full.")
    static let noWorkbookStream = UnreadableFile(
        vi: "Tệp không chứa bảng tính Excel (không có luồng Workbook hay Book).",
        en: "The file holds no Excel workbook (no Workbook or Book stream).")
    static let encrypted = UnreadableFile(
        vi: "Tệp có mật khẩu (được mã hoá): hãy gỡ mật khẩu rồi gửi lại.",
        en: "The file is password-protected (encrypted): remove the password and send it again.")
    static let notBIFF = UnreadableFile(
        vi: "Tệp .xls bị hỏng: luồng Workbook không bắt đầu bằng bản ghi BOF.",
        en: "The .xls file is damaged: its Workbook stream does not start with a BOF record.")
    static let tooOld = UnreadableFile(
        vi: "Tệp được lưu bằng Excel 4.0 trở về trước, định dạng này không được hỗ trợ: hãy lưu lại thành .xlsx.",
        en: "The file was saved by Excel 4.0 or older, a format the tool does not read: save it again as .xlsx.")
    static let truncated = UnreadableFile(
        vi: "Tệp .xls bị hỏng hoặc bị cắt cụt: một bản ghi vượt quá cuối luồng dữ liệu.",
        en: "The .xls file is damaged or truncated: a record runs past the end of its stream.")
    static let noSheets = UnreadableFile(
        vi: "Tệp .xls không có trang tính nào đọc được.",
        en: "The .xls file has no worksheet that can be read.")

    /// A sheet whose record offset points outside the workbook stream or at something other than a BOF.
    static func badSheetOffset(_ name: String?) -> UnreadableFile {
        UnreadableFile(
            vi: "Tệp .xls bị hỏng: không tìm thấy dữ liệu của trang tính “\(name ?? "?")”.",
            en: "The .xls file is damaged: the data of sheet “\(name ?? "?")” cannot be found.")
    }

    /// A cell record shorter than its type requires.
    static func damagedRecord(_ type: UInt16, sheet: String?) -> UnreadableFile {
        let hex = String(type, radix: 16, uppercase: true)
        return UnreadableFile(
            vi: "Tệp .xls bị hỏng: bản ghi 0x\(hex) trong trang tính “\(sheet ?? "?")” ngắn hơn quy định.",
            en: "The .xls file is damaged: record 0x\(hex) in sheet “\(sheet ?? "?")” is shorter than its type requires.")
    }

    static func tooManySheets(_ count: Int, limits: SafetyLimits) -> UnreadableFile {
        UnreadableFile(
            vi: "Tệp có \(count) trang tính, vượt giới hạn \(limits.maxSheets).",
            en: "The file has \(count) sheets, more than the limit of \(limits.maxSheets).", limit: "maxSheets")
    }

    /// A sheet whose declared or actual size is beyond the row or column limit.
    static func tooManyRows(_ rows: Int, sheet: String?, limits: SafetyLimits) -> UnreadableFile {
        UnreadableFile(
            vi: "Trang tính “\(sheet ?? "?")” có \(rows) dòng, vượt giới hạn \(limits.maxRows) dòng.",
            en: "Sheet “\(sheet ?? "?")” has \(rows) rows, more than the limit of \(limits.maxRows).", limit: "maxRows")
    }

    static func tooManyColumns(_ columns: Int, sheet: String?, limits: SafetyLimits) -> UnreadableFile {
        UnreadableFile(
            vi: "Trang tính “\(sheet ?? "?")” có \(columns) cột, vượt giới hạn \(limits.maxColumns) cột.",
            en: "Sheet “\(sheet ?? "?")” has \(columns) columns, more than the limit of \(limits.maxColumns).",
            limit: "maxColumns")
    }

    static func cellTooLong(_ characters: Int, sheet: String?, limits: SafetyLimits) -> UnreadableFile {
        UnreadableFile(
            vi: "Một ô trong trang tính “\(sheet ?? "?")” có \(characters) ký tự, vượt giới hạn \(limits.maxCellCharacters).",
            en: "A cell in sheet “\(sheet ?? "?")” has \(characters) characters, more than the limit of \(limits.maxCellCharacters).",
            limit: "maxCellCharacters")
    }
}
