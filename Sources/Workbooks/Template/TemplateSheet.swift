import Foundation
import CXlsxWriter
import Campaign

/// The template's sheet to fill: the unit's heading, the title naming the year, the two-row header units
/// know, and ready data rows with drop-downs, date checks and input messages; the header is locked.
struct TemplateSheet {
    let campaign: Campaign
    let unit: RegisteredUnit?
    let year: Int
    let words: Wording
    let columns: [TemplateColumn]
    let listRanges: [Int: TemplateWorkbook.ListSource]

    func write(into sheet: XlsxSheet) throws {
        let book = sheet.book
        try sheet.setColumnWidths(columns.map(\.width))
        let last = columns.count - 1
        let organisation = campaign.organisation
        let leftLines = [organisation.agency.uppercased(), unit?.name.uppercased() ?? ""]
        var row = try HeaderBlock(leftLines: leftLines,
                                  dateLine: "\(organisation.place), " + words.t("ngày …… tháng …… năm \(year)", "date …… / …… / \(year)"),
                                  lastLineIsInput: unit == nil)
            .write(into: sheet, row: 0, left: 0...4, right: 9...last)
        if unit == nil, case let source? = listRanges[-1] {
            // The unit's name: a drop-down of the registry, on the heading's second line.
            try sheet.validate(1, 0, 1, 0) { validation in
                configureList(&validation, source: source, strict: true, book: book)
                validation.input_title = book.cString(words.t("Tên đơn vị", "Unit"))
                validation.input_message = book.cString(words.t("Chọn tên đơn vị gửi đề nghị.", "Choose the unit sending the nominations."))
            }
        }
        row += 1
        let centred = CellStyle(size: 13, bold: true, horizontal: .center, vertical: .center)
        try sheet.merge(row, 0, row, last, "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG", .title)
        row += 1
        try sheet.merge(row, 0, row, last, organisation.movement, centred)
        row += 1
        try sheet.merge(row, 0, row, last, "Năm \(year)", centred)
        row += 2

        let header = row
        var index = 0
        while index < columns.count {
            let column = columns[index]
            if let parent = column.parent {
                var end = index
                while end + 1 < columns.count, columns[end + 1].parent == parent { end += 1 }
                try sheet.merge(header, index, header, end, parent, .tableHeader)
                for child in index...end { try sheet.write(header + 1, child, columns[child].header, .tableHeader) }
                index = end + 1
            } else {
                try sheet.merge(header, index, header + 1, index, column.header, .tableHeader)
                index += 1
            }
        }
        sheet.setMinimumHeight(header, 32)
        let first = header + 2, lastRow = header + 1 + TemplateWorkbook.dataRows
        let input = CellStyle.tableText.with { $0.unlocked = true }
        let dateInput = input.with { $0.numberFormat = "dd/mm/yyyy"; $0.horizontal = .center }
        for dataRow in first...lastRow {
            sheet.setMinimumHeight(dataRow, 20)  // room to write by hand on the printed form
            for (offset, column) in columns.enumerated() {
                if case .date = column.entry { try sheet.blank(dataRow, offset, dateInput) } else { try sheet.blank(dataRow, offset, input) }
            }
        }
        for (offset, column) in columns.enumerated() {
            try sheet.validate(first, offset, lastRow, offset) { validation in
                switch column.entry {
                case .text:
                    validation.validate = UInt8(LXW_VALIDATION_TYPE_ANY.rawValue)
                case .list(_, let strict):
                    if let source = listRanges[offset] { configureList(&validation, source: source, strict: strict, book: book) }
                case .date(let from, let to):
                    validation.validate = UInt8(LXW_VALIDATION_TYPE_DATE.rawValue)
                    validation.criteria = UInt8(LXW_VALIDATION_CRITERIA_BETWEEN.rawValue)
                    validation.minimum_datetime = lxw_datetime(year: Int32(from), month: 1, day: 1, hour: 0, min: 0, sec: 0)
                    validation.maximum_datetime = lxw_datetime(year: Int32(to), month: 12, day: 31, hour: 0, min: 0, sec: 0)
                    validation.error_type = UInt8(LXW_VALIDATION_ERROR_TYPE_WARNING.rawValue)
                    validation.error_title = book.cString(words.t("Ngày chưa đúng", "Not a date"))
                    validation.error_message = book.cString(words.t("Nhập ngày dạng ngày/tháng/năm, năm từ \(from) đến \(to).",
                                                                    "Type a date as day/month/year, between \(from) and \(to)."))
                case .positiveWhole:
                    validation.validate = UInt8(LXW_VALIDATION_TYPE_INTEGER.rawValue)
                    validation.criteria = UInt8(LXW_VALIDATION_CRITERIA_GREATER_THAN_OR_EQUAL_TO.rawValue)
                    validation.value_number = 1
                    validation.error_type = UInt8(LXW_VALIDATION_ERROR_TYPE_WARNING.rawValue)
                }
                validation.input_title = book.cString(String(column.messageTitle.prefix(32)))
                validation.input_message = book.cString(String(column.message.prefix(250)))
            }
        }
        try sheet.setUpPrinting(repeatRows: header...(header + 1), footerLabel: words.t("Trang", "Page"))
        sheet.freeze(below: first, rightOf: 2)
        // Print the heading and twenty ruled rows, for units that fill the form by hand.
        try sheet.printArea(0, 0, first + 19, last)
        sheet.protect()
    }

    /// A list drop-down, inline or from the list sheet.
    private func configureList(_ validation: inout lxw_data_validation, source: TemplateWorkbook.ListSource, strict: Bool, book: XlsxBook) {
        switch source {
        case .inline(let values):
            validation.validate = UInt8(LXW_VALIDATION_TYPE_LIST.rawValue)
            validation.value_list = book.cStringList(values)
        case .range(let formula):
            validation.validate = UInt8(LXW_VALIDATION_TYPE_LIST_FORMULA.rawValue)
            validation.value_formula = book.cString(formula)
        }
        validation.error_type = UInt8((strict ? LXW_VALIDATION_ERROR_TYPE_STOP : LXW_VALIDATION_ERROR_TYPE_WARNING).rawValue)
    }
}
