import Foundation
import Campaign
import Sheets

/// Reads the achievement report ("Có", "x", "✓", a file name, a document number → present; blank or
/// "Không" → missing) and yes/no fields ("Có", "x", "1", "Yes" / "Không", "0", "No").
enum PresenceValues {
    private static let yes = Vocabulary<Bool>([
        ("Có", true), ("x", true), ("✓", true), ("✔", true), ("√", true), ("☑", true), ("1", true), ("Yes", true),
        ("Đã có", true), ("Không", false), ("0", false), ("No", false), ("Chưa có", false), ("Không có", false),
    ])

    /// A yes/no value; blank is no.
    static func readYesNo(_ value: CellValue, text: String) -> FieldValue<Bool> {
        switch value {
        case .bool(let b): return .value(b)
        case .number(let n) where n == 0 || n == 1: return .value(n == 1)
        default: break
        }
        guard !MatchKey.isBlank(text) else { return .value(false) }
        if let answer = yes.match(text) { return .value(answer) }
        return .unreadable(Message(
            vi: "Giá trị \(quoted(text)) không phải có/không: ghi “Có” (hoặc “x”) hoặc “Không”",
            en: "Value \(quoted(text)) is not yes/no: write “Có” (or “x”) or “Không”"))
    }

    /// Whether the achievement report is present: a yes/no value, or a file name or document number.
    static func readReport(_ value: CellValue, text: String) -> FieldValue<Bool> {
        if case .value(let answer) = readYesNo(value, text: text) { return .value(answer) }
        let nfc = text.precomposedStringWithCanonicalMapping.trimmingCharacters(in: .whitespacesAndNewlines)
        let fileName = nfc.wholeMatch(of: #/(?i).+\.(pdf|docx?|xlsx?|odt|rtf|jpe?g|png|zip|rar)/#) != nil
        // A document number: digits then a slash and letters ("15/BC-VP", "Số 15/BC-UBND", "BC số 15").
        let documentNumber = nfc.firstMatch(of: #/\d+\s*/\s*[\p{L}\d]/#) != nil
            || MatchKey.folded(nfc).firstMatch(of: #/^(bao cao|bc|so)\b.*\d/#) != nil
        if fileName || documentNumber { return .value(true) }
        return .unreadable(Message(
            vi: "Báo cáo thành tích \(quoted(text)) không rõ có hay không: ghi “Có”, số văn bản hoặc tên tệp báo cáo (mẫu 08, Nghị định 98/2023/NĐ-CP), hoặc “Không”",
            en: "Achievement report \(quoted(text)) is unclear: write “Có”, the report's document number or file name (form 08, Decree 98/2023/NĐ-CP), or “Không”"))
    }
}
