import Campaign
import Sheets

/// What reading one field's cell gives: nothing, a value the field accepts, or a value it does not
/// (`S-VALUE`, with why in both languages).
enum FieldValue<T> {
    case blank
    case value(T)
    /// The reason names the value read; the caller adds the field and column.
    case unreadable(Message)

    /// The value, when one was read.
    var value: T? { if case .value(let v) = self { return v } else { return nil } }
    /// Whether the value was there but not one the field accepts.
    var isUnreadable: Bool { if case .unreadable = self { return true } else { return false } }
}

/// A value quoted for a message, as a clerk sees it in the cell.
func quoted(_ text: String) -> String { "“\(text)”" }

/// How fields are named in messages: the words of a usual header, in both languages.
enum FieldLabel {
    /// The Vietnamese name of a field, as a typical header says it.
    static func vi(_ field: Field) -> String {
        switch field {
        case .kind: return "Loại (Tập thể/Cá nhân)"
        case .name: return "Họ và tên / Tên tập thể"
        case .birthDate: return "Ngày sinh"
        case .position: return "Chức vụ"
        case .unit: return "Đơn vị công tác"
        case .rating: return "Xếp loại"
        case .initiative: return "Sáng kiến"
        case .decisionNumber: return "Số quyết định công nhận sáng kiến"
        case .decisionDate: return "Ngày quyết định công nhận sáng kiến"
        case .discipline: return "Kỷ luật"
        case .achievements: return "Tóm tắt thành tích"
        case .award: return "Hình thức khen thưởng"
        case .report: return "Báo cáo thành tích"
        case .priority: return "Thứ tự ưu tiên"
        case .year: return "Năm đề nghị"
        case .note: return "Ghi chú"
        }
    }

    /// The English name of a field.
    static func en(_ field: Field) -> String {
        switch field {
        case .kind: return "Kind (collective/individual)"
        case .name: return "Name"
        case .birthDate: return "Date of birth"
        case .position: return "Position"
        case .unit: return "Unit"
        case .rating: return "Rating"
        case .initiative: return "Initiative"
        case .decisionNumber: return "Recognition decision number"
        case .decisionDate: return "Recognition decision date"
        case .discipline: return "Discipline"
        case .achievements: return "Summary of achievements"
        case .award: return "Award form"
        case .report: return "Achievement report"
        case .priority: return "Priority"
        case .year: return "Award year"
        case .note: return "Note"
        }
    }
}
