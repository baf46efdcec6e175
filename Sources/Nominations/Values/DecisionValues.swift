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
