import Campaign
import Consolidation
import Pipeline

/// Prints a check's findings row by row, in the unit's words.
enum CheckListing {
    static func text(_ result: Checker.Result, language: Language) -> String {
        let vi = language == .vi
        var out: [String] = []
        let c = result.consolidation
        for (index, input) in c.inputs.enumerated() {
            let rows = c.rows.filter { $0.input == index }
            let eligible = rows.filter { $0.status == .eligible }.count
            out.append((vi ? "Tệp " : "File ") + input.record.source + ": " + (rows.isEmpty
                ? (vi ? "không có dòng đề nghị nào được đọc." : "no nomination rows were read.")
                : (vi ? "\(rows.count) dòng đề nghị, \(eligible) đủ điều kiện." : "\(rows.count) nomination row(s), \(eligible) eligible.")))
            for finding in input.findings { out.append("  " + line(finding, language: language)) }
            for row in rows {
                let place = (row.row.location.sheet.map { "[\($0)] " } ?? "") + (vi ? "dòng \(row.row.location.row)" : "row \(row.row.location.row)")
                let status: String
                switch row.status {
                case .eligible: status = vi ? "đủ điều kiện" : "eligible"
                case .ineligible: status = vi ? "KHÔNG đủ điều kiện" : "NOT eligible"
                case .duplicate: status = vi ? "trùng" : "duplicate"
                case .superseded: status = vi ? "đã được thay thế" : "superseded"
                }
                out.append("  \(place) — \(row.row.name ?? (vi ? "(không có tên)" : "(no name)")): \(status)")
                for finding in row.findings { out.append("      " + line(finding, language: language)) }
            }
        }
        let errors = c.inputs.flatMap(\.findings).filter { $0.severity == .error }.count + c.rows.flatMap(\.findings).filter { $0.severity == .error }.count
        out.append(errors == 0
            ? (vi ? "Không có lỗi: có thể gửi." : "No errors: ready to send.")
            : (vi ? "Có \(errors) lỗi cần sửa trước khi gửi." : "\(errors) error(s) to fix before sending."))
        return out.joined(separator: "\n")
    }

    static func line(_ finding: Finding, language: Language) -> String {
        let mark = finding.severity == .error ? "✗" : "!"
        let field = finding.field.map { " (\($0.rawValue)" + (finding.column.map { ", " + Inspection.columnLetters($0) } ?? "") + ")" } ?? ""
        return "\(mark) \(finding.rule.rawValue)\(field): \(finding.message.text(language))"
    }
}
