import Foundation
import Campaign
import Sheets

/// The initiative's recognition decision as read: its number and its date, each possibly missing.
struct DecisionReading {
    var number: String?
    var date: FieldValue<DayDate>
}

/// Reads the recognition decision of the grassroots Initiative Council, from one cell ("Quyết định số
/// 12/QĐ-HĐSK ngày 05/11/2025", "12/QĐ-HĐSK, 05/11/2025") or from two (number, date).
enum DecisionValues {
    /// Splits one cell holding number and date. A date cell is a date without a number; a text without a
    /// date is a number without a date.
    static func readCombined(_ value: CellValue, text: String) -> DecisionReading {
        switch value {
        case .date, .number:
            if case .number(let n) = value { return DecisionReading(number: formatNumber(n), date: .blank) }
            return DecisionReading(number: nil, date: DateValues.read(value, text: text))
        default:
            break
        }
        guard !saysNothing(text) else { return DecisionReading(number: nil, date: .blank) }
        guard let found = DateValues.lastDate(inside: text) else {
            return DecisionReading(number: number(from: Substring(text)), date: .blank)
        }
        let date: FieldValue<DayDate> = found.date.map { .value($0) } ?? DateValues.unreadable(found.text)
        return DecisionReading(number: number(from: found.before), date: date)
    }

    /// The decision number left once the words around it are dropped ("Quyết định số", "QĐ số", "Số",
    /// "ngày", separators); nil when nothing is left.
    static func number(from text: Substring) -> String? {
        var rest = String(text).precomposedStringWithCanonicalMapping.trimmingCharacters(in: .whitespacesAndNewlines)
        // The words before the number, longest first; matched on folded text so that case and marks do not matter.
        let leads = ["quyet dinh so", "quyet dinh", "qd so", "so qd", "so"]
        for lead in leads {
            let folded = MatchKey.folded(rest)
            guard folded.hasPrefix(lead + " ") || folded.hasPrefix(lead + ":") || folded == lead else { continue }
            rest = String(rest.dropFirst(prefixLength(of: lead, in: rest)))
            break
        }
        var trimmed = rest.trimmingCharacters(in: .whitespacesAndNewlines.union(.init(charactersIn: ",;:-–")))
        let folded = MatchKey.folded(trimmed)
        if folded == "ngay" || folded.hasSuffix(" ngay") { trimmed = String(trimmed.dropLast(4)) }
        trimmed = trimmed.trimmingCharacters(in: .whitespacesAndNewlines.union(.init(charactersIn: ",;:-–")))
        return trimmed.isEmpty ? nil : trimmed
    }

    /// How many characters of `text` make up the folded words `lead` (folding keeps one letter per letter).
    private static func prefixLength(of lead: String, in text: String) -> Int {
        var count = 0
        var matched = ""
        for character in text {
            if MatchKey.folded(matched) == lead { break }
            matched.append(character)
            count += 1
        }
        return count
    }
}

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
        guard !MatchKey.exact(text).isEmpty else { return .value(false) }
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
