import Foundation
import Campaign
import Consolidation

/// The sheet "Danh sách đề nghị": the eligible rows the council votes on, in sections by award form and
/// kind (from the campaign's award forms, in their order), numbered from 1 in each section, with a count per
/// section and a total, under the Decree 30 heading and above the signature block.
struct CouncilListSheet {
    let consolidation: Consolidation
    let context: WorkbookContext
    let words: Wording

    /// One section of the list: an award form and a kind, with the rows in council order.
    struct Section {
        var award: AwardForm?
        var kind: NomineeKind?
        var rows: [ConsolidatedRow]
    }

    static let columnCount = 8

    /// The sections: every award form of the campaign, each kind it may go to; rows that fit none (which
    /// consolidation should not produce) go to a last section so that no eligible row is left out.
    func sections() -> [[Section]] {
        let ordered = consolidation.councilOrder.compactMap { consolidation.rows.indices.contains($0) ? consolidation.rows[$0] : nil }
        var placed = Set<Int>()
        var groups: [[Section]] = []
        for award in context.campaign.awards {
            var group: [Section] = []
            for kind in NomineeKind.allCases where award.recipients.contains(kind) {
                var rows: [ConsolidatedRow] = []
                for (position, row) in ordered.enumerated() where row.row.award == award.id && row.row.kind == kind {
                    rows.append(row); placed.insert(position)
                }
                group.append(Section(award: award, kind: kind, rows: rows))
            }
            groups.append(group)
        }
        let others = ordered.enumerated().filter { !placed.contains($0.offset) }.map(\.element)
        if !others.isEmpty { groups.append([Section(award: nil, kind: nil, rows: others)]) }
        return groups
    }

    func write(into book: XlsxBook) throws {
        let sheet = try book.addSheet(words.t("Danh sách đề nghị", "Nominations"))
        sheet.activate()
        let texts = RowTexts(campaign: context.campaign, words: words)
        let groups = sections()
        let allRows = groups.flatMap { $0.flatMap(\.rows) }
        let nameWidth = TextMetrics.columnWidth(for: allRows.compactMap(\.row.name), size: 12, minimum: 16, maximum: 22)
        let unitWidth = TextMetrics.columnWidth(for: allRows.map { texts.unitName($0.unit) }, size: 12, minimum: 12, maximum: 16)
        try sheet.setColumnWidths([4, nameWidth, 16, 26, 18, unitWidth, 15, 9])
        let last = Self.columnCount - 1

        let organisation = context.campaign.organisation
        let day = context.printDay
        var row = try HeaderBlock(leftLines: HeaderBlock.of(organisation, withCouncil: true),
                                  dateLine: Wording.placeAndDate(place: organisation.place, year: day.year, month: day.month, day: day.day))
            .write(into: sheet, row: 0, left: 0...3, right: 4...last)
        row += 1
        try sheet.merge(row, 0, row, last, words.t("DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG", "LIST OF AWARD NOMINATIONS"), .title)
        row += 1
        try sheet.merge(row, 0, row, last, organisation.movement, CellStyle(size: 13, bold: true, horizontal: .center, vertical: .center))
        row += 1
        try sheet.merge(row, 0, row, last, words.t("Năm \(context.year)", "Year \(context.year)"), CellStyle(size: 13, bold: true, horizontal: .center, vertical: .center))
        row += 2

        let headerRow = row
        let headers = [words.t("STT", "No."), words.t("Tên tập thể / Họ và tên cá nhân", "Collective / individual"),
                       words.t("Chức vụ, đơn vị công tác", "Position, unit"), words.t("Tóm tắt thành tích", "Achievements"),
                       words.t("Sáng kiến; quyết định công nhận", "Initiative; recognition decision"), words.t("Đơn vị đề nghị", "Proposing unit"),
                       words.t("Ghi chú", "Notes"), words.t("Ý kiến Hội đồng", "Council's vote")]
        for (column, header) in headers.enumerated() { try sheet.write(row, column, header, .tableHeader) }
        row += 1
        for column in 0..<Self.columnCount { try sheet.write(row, column, "(\(column + 1))", CellStyle.tableCentered.with { $0.italic = true }) }
        try sheet.setUpPrinting(repeatRows: headerRow...row, footerLabel: words.t("Trang", "Page"))
        sheet.freeze(below: row + 1)
        row += 1

        var collectives = 0, individuals = 0, pastQuota = 0
        var headings = Set<Int>()  // rows that must not end a page
        for (groupIndex, group) in groups.enumerated() {
            let award = group.first?.award
            var heading = "\(Wording.roman(groupIndex + 1)). " + (award?.name ?? words.t("Đề nghị khác", "Other nominations")).uppercased()
            if let quota = award?.quotas[context.year] { heading += words.t(" (chỉ tiêu: \(quota))", " (quota: \(quota))") }
            try sheet.merge(row, 0, row, last, heading, CellStyle(size: 12, bold: true, vertical: .center, boxed: true, fill: CellStyle.sectionFill))
            headings.insert(row)
            row += 1
            for (sectionIndex, section) in group.enumerated() {
                if section.kind != nil {
                    let number = group.count > 1 ? "\(sectionIndex + 1). " : ""
                    try sheet.merge(row, 0, row, last, number + words.kind(section.kind), CellStyle(size: 12, bold: true, italic: true, vertical: .center, boxed: true))
                    headings.insert(row)
                    row += 1
                }
                for (index, nominee) in section.rows.enumerated() {
                    try writeNominee(nominee, number: index + 1, row: row, into: sheet, texts: texts)
                    row += 1
                }
                let count = section.rows.count
                let over = section.rows.filter(\.pastQuota).count
                pastQuota += over
                for nominee in section.rows { if nominee.row.kind == .individual { individuals += 1 } else { collectives += 1 } }
                var countText = words.t("Cộng: \(count) ", "Subtotal: \(count) ") + words.kind(section.kind).lowercased()
                if over > 0 { countText += words.t(" (\(over) vượt chỉ tiêu)", " (\(over) past the quota)") }
                try sheet.merge(row, 0, row, last, countText, CellStyle(size: 12, bold: true, vertical: .center, boxed: true))
                row += 1
            }
        }
        let total = collectives + individuals
        var totalText = words.t("Tổng cộng: \(total) (\(collectives) tập thể, \(individuals) cá nhân)",
                                "Total: \(total) (\(collectives) collectives, \(individuals) individuals)")
        if pastQuota > 0 { totalText += words.t("; \(pastQuota) vượt chỉ tiêu, đề nghị Hội đồng xem xét, quyết định", "; \(pastQuota) past the quota, for the council to decide") }
        // Before the total row: a streamed sheet takes a filter only over rows not yet written out.
        try sheet.autofilter(headerRow, 0, row - 1, last)
        try sheet.merge(row, 0, row, last, totalText, CellStyle(size: 12, bold: true, vertical: .center, boxed: true, fill: CellStyle.sectionFill))
        row += 2

        let council = context.campaign.organisation.council.uppercased()
        try SignatureBlock(left: [words.t("NGƯỜI LẬP BIỂU", "PREPARED BY")],
                           right: [words.t("TM. ", "ON BEHALF OF THE ") + council, words.t("CHỦ TỊCH", "CHAIR")])
            .write(into: sheet, row: row, left: 0...2, right: 4...last)
        // Room for the signatures: the print area reaches five blank rows under the signers' titles.
        try sheet.printArea(0, 0, row + 6, last)
        // The signature block stays on the page of the total; no heading ends a page.
        let totalRow = row - 2
        try sheet.keepHeadingsWithTheirRows(headings.union(totalRow..<(row + 6)), lastRow: row + 6, lastColumn: last, repeated: headerRow...(headerRow + 1))
    }

    private func writeNominee(_ nominee: ConsolidatedRow, number: Int, row: Int, into sheet: XlsxSheet, texts: RowTexts) throws {
        var notes: [String] = []
        if let note = nominee.row.note, !note.isEmpty { notes.append(note) }
        if nominee.pastQuota {
            notes.append(words.t("Vượt chỉ tiêu: đề nghị Hội đồng xem xét, quyết định.", "Past the quota: for the council to decide."))
        }
        notes += texts.reasons(nominee.findings, severities: [.warning], excluding: [.mQuota])
        let fill: UInt32? = nominee.pastQuota ? CellStyle.councilDecisionFill : nil
        let text = CellStyle.tableText.with { $0.fill = fill }
        let centred = CellStyle.tableCentered.with { $0.fill = fill }
        try sheet.write(row, 0, number: Double(number), centred)
        try sheet.write(row, 1, nominee.row.name ?? "", text)
        try sheet.write(row, 2, texts.positionAndUnit(nominee), text)
        try sheet.write(row, 3, nominee.row.achievements ?? "", text)
        try sheet.write(row, 4, texts.initiative(nominee), text)
        try sheet.write(row, 5, texts.unitName(nominee.unit), text)
        try sheet.write(row, 6, notes.joined(separator: "\n"), text)
        try sheet.blank(row, 7, text)
    }
}
