import Foundation
import Campaign
import Consolidation

/// The feedback workbook's first sheet: in plain words, what the Office received and when, what became of
/// each input, how many rows are eligible, what to fix, and the deadline.
struct FeedbackSummarySheet {
    let feedback: FeedbackContent
    let unitName: String

    func write(into book: XlsxBook) throws {
        let words = feedback.words
        let context = feedback.context
        let sheet = try book.addSheet(words.t("Tóm tắt", "Summary"))
        sheet.activate()
        try sheet.setColumnWidths([4, 28, 18, 30, 8, 28])
        let last = 5
        let organisation = context.campaign.organisation
        let day = context.printDay
        var row = try HeaderBlock(leftLines: HeaderBlock.of(organisation, withCouncil: false),
                                  dateLine: Wording.placeAndDate(place: organisation.place, year: day.year, month: day.month, day: day.day))
            .write(into: sheet, row: 0, left: 0...2, right: 3...last)
        row += 1
        try sheet.merge(row, 0, row, last, words.t("KẾT QUẢ KIỂM TRA HỒ SƠ ĐỀ NGHỊ KHEN THƯỞNG NĂM \(context.year)",
                                                   "RESULT OF THE NOMINATION CHECK, \(context.year)"), .title)
        row += 1
        try sheet.merge(row, 0, row, last, organisation.movement, CellStyle(size: 13, italic: true, horizontal: .center))
        row += 1
        try sheet.merge(row, 0, row, last, words.t("Kính gửi: ", "To: ") + unitName, CellStyle(size: 13, bold: true, horizontal: .center))
        row += 2

        let heading = CellStyle(size: 13, bold: true, wrap: false)
        let paragraph = CellStyle(size: 13)
        try sheet.merge(row, 0, row, last, words.t("1. Hồ sơ đã nhận", "1. What was received"), heading)
        row += 1
        let headers = [words.t("STT", "No."), words.t("Tệp", "File"), words.t("Thời gian nhận", "Received"),
                       words.t("Tình trạng", "Status"), words.t("Số dòng", "Rows"), words.t("Kết quả", "Result")]
        for (column, header) in headers.enumerated() { try sheet.write(row, column, header, .tableHeader) }
        row += 1
        for (number, index) in feedback.inputIndices.enumerated() {
            let input = feedback.consolidation.inputs[index]
            let rows = feedback.rows(of: index)
            let eligible = rows.filter { $0.status == .eligible }.count
            try sheet.write(row, 0, number: Double(number + 1), .tableCentered)
            try sheet.write(row, 1, input.record.source, .tableText)
            try sheet.write(row, 2, Wording.localTime(input.record.received, offsetSeconds: context.campaign.utcOffsetSeconds), .tableCentered)
            try sheet.write(row, 3, words.status(input.status), .tableText)
            try sheet.write(row, 4, number: Double(rows.count), .tableCentered)
            try sheet.write(row, 5, rows.isEmpty ? "" : words.t("\(eligible) đủ, \(rows.count - eligible) không đủ", "\(eligible) eligible, \(rows.count - eligible) not"), .tableText)
            row += 1
        }
        row += 1

        let rows = feedback.allRows
        let current = rows.filter { $0.status != .superseded }
        let eligible = current.filter { $0.status == .eligible }.count
        try sheet.merge(row, 0, row, last, words.t("2. Kết quả", "2. Result"), heading)
        row += 1
        try sheet.merge(row, 0, row, last, words.t("Trong \(current.count) dòng đề nghị đang được xét, \(eligible) dòng đủ điều kiện và \(current.count - eligible) dòng không đủ điều kiện.",
                                                   "Of the \(current.count) nominations under consideration, \(eligible) are eligible and \(current.count - eligible) are not."), paragraph)
        row += 2

        try sheet.merge(row, 0, row, last, words.t("3. Những điểm cần sửa", "3. What to fix"), heading)
        row += 1
        row = try writeFixes(into: sheet, row: row, rows: current)
        row += 1

        try sheet.merge(row, 0, row, last, words.t("4. Thời hạn", "4. Deadline"), heading)
        row += 1
        let deadline = words.deadline(context.campaign.deadline, year: context.year)
        let text = feedback.deadlinePassed
            ? words.t("Đã hết hạn nhận hồ sơ (\(deadline)). Liên hệ Văn phòng Sở nếu cần.", "The deadline (\(deadline)) has passed. Contact the Office if needed.")
            : words.t("Hồ sơ sửa đổi, bổ sung gửi về Văn phòng Sở \(deadline). Lần gửi sau thay thế toàn bộ lần gửi trước: gửi lại đủ danh sách.",
                      "Send corrections to the Office \(deadline). A new submission replaces the previous one whole: send the full list again.")
        try sheet.merge(row, 0, row, last, text, paragraph)
        try sheet.setUpPrinting(footerLabel: words.t("Trang", "Page"))
    }

    /// One line per finding to act on: the input's own findings, then each row's, errors before warnings.
    private func writeFixes(into sheet: XlsxSheet, row start: Int, rows: [ConsolidatedRow]) throws -> Int {
        let words = feedback.words
        var row = start
        let headers = [words.t("STT", "No."), words.t("Ở đâu", "Where"), words.t("Tên", "Name"), words.t("Nội dung", "What"), words.t("Mức", "Level"), words.t("Cách sửa", "How to fix")]
        for (column, header) in headers.enumerated() { try sheet.write(row, column, header, .tableHeader) }
        row += 1
        var number = 0
        func line(_ place: String, _ name: String, _ finding: Finding) throws {
            number += 1
            let style = CellStyle.tableText.with { $0.fill = finding.severity == .error ? CellStyle.errorFill : nil }
            try sheet.write(row, 0, number: Double(number), .tableCentered)
            try sheet.write(row, 1, place, .tableText)
            try sheet.write(row, 2, name, .tableText)
            try sheet.write(row, 3, finding.message.text(words.language), .tableText)
            try sheet.write(row, 4, words.severity(finding.severity), style)
            try sheet.write(row, 5, words.fix(for: finding.rule), .tableText)
            row += 1
        }
        for index in feedback.inputIndices {
            for finding in feedback.consolidation.inputs[index].findings where finding.rule != .fNoTime {
                try line(feedback.consolidation.inputs[index].record.source, "", finding)
            }
        }
        let inputRules = Set(RuleID.allCases.filter { $0.rawValue.hasPrefix("F-") })
        for severity in [Severity.error, .warning] {
            for item in rows {
                var place: String?  // made for rows with a line to write only
                for finding in item.findings where finding.severity == severity && !inputRules.contains(finding.rule) {
                    if place == nil {
                        let location = item.row.location
                        place = location.source + (location.sheet.map { words.t(", trang ", ", sheet ") + $0 } ?? "")
                            + words.t(", dòng ", ", row ") + String(location.row)
                    }
                    try line(place ?? "", item.row.name ?? "", finding)
                }
            }
        }
        if number == 0 {
            try sheet.merge(row, 0, row, 5, words.t("Không có điểm nào cần sửa.", "Nothing to fix."), .tableText)
            row += 1
        }
        return row
    }
}
