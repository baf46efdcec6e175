import Campaign
import Foundation
import Sheets
import Testing
@testable import Nominations

@Suite struct ReaderPrecedenceTests {
    @Test func cellKindWinsOverSection() {
        var located = RowBuilder.individual()
        located.sectionKind = .collective
        #expect(RowBuilder.read(located).kind == .individual)
    }

    @Test func kindFromSectionThenSheetThenTitleThenHeader() {
        var located = RowBuilder.individual(removing: [.kind])
        located.sectionKind = .collective
        located.sheetKind = .individual
        located.titleKind = .individual
        located.headerKind = .individual
        #expect(RowBuilder.read(located).kind == .collective)
        located.sectionKind = nil
        located.sheetKind = .collective
        #expect(RowBuilder.read(located).kind == .collective)
        located.sheetKind = nil
        located.titleKind = .collective
        #expect(RowBuilder.read(located).kind == .collective)
        located.titleKind = nil
        located.headerKind = .collective
        #expect(RowBuilder.read(located).kind == .collective)
        located.headerKind = nil
        #expect(RowBuilder.read(located).kind == nil)
    }

    @Test func kindFromTheSheetsName() {
        let located = RowBuilder.row([(.name, .text("Nguyễn Văn An")), (.award, .text("GK"))], sheet: "Cá nhân")
        #expect(RowBuilder.read(located).kind == .individual)
    }

    @Test func unreadableKindCellDoesNotFallBack() {
        var located = RowBuilder.collective(replacing: [.kind: .text("Hộ gia đình")])
        located.sectionKind = .collective
        let row = RowBuilder.read(located)
        #expect(row.kind == nil)
        #expect(row.ruleFields == ["S-VALUE kind"])
    }

    @Test func awardFromCellThenSectionThenSheetThenTitle() {
        var located = RowBuilder.collective()
        located.sectionAward = "giay-khen-giam-doc-so"
        #expect(RowBuilder.read(located).award == "bang-khen-ubnd-tinh")
        located = RowBuilder.collective(removing: [.award])
        located.sectionAward = "giay-khen-giam-doc-so"
        located.titleAward = "bang-khen-ubnd-tinh"
        #expect(RowBuilder.read(located).award == "giay-khen-giam-doc-so")
        located.sectionAward = nil
        #expect(RowBuilder.read(located).award == "bang-khen-ubnd-tinh")
        let bySheet = RowBuilder.row([(.kind, .text("TT")), (.name, .text("Văn phòng Sở"))], sheet: "Giấy khen")
        #expect(RowBuilder.read(bySheet).award == "giay-khen-giam-doc-so")
    }

    @Test func yearFromColumnThenTitleThenRun() {
        var located = RowBuilder.collective(replacing: [.year: .cell(.number(2025))])
        located.titleYear = 2024
        #expect(RowBuilder.read(located).year == 2025)
        located = RowBuilder.collective()
        located.titleYear = 2024
        let fromTitle = RowBuilder.read(located)
        #expect(fromTitle.year == 2024)
        #expect(fromTitle.ruleFields == ["R-COL-INITIATIVE decision_date", "R-PERIOD year"])
        #expect(RowBuilder.read(RowBuilder.collective()).year == 2025)
    }

    @Test func otherFieldsAreRead() {
        let row = RowBuilder.read(RowBuilder.individual(replacing: [
            .priority: .cell(.number(2)), .note: .text("  Đề nghị lần đầu "), .birthDate: .text("05/11/1985"),
        ]))
        #expect(row.priority == 2)
        #expect(row.note == "Đề nghị lần đầu")
        #expect(row.birthDate == BirthDate(year: 1985, month: 11, day: 5))
        #expect(row.position == "Chuyên viên")
        #expect(row.unitText == "Văn phòng Sở")
        #expect(row.name == "Nguyễn Văn An")
        #expect(row.location == RowLocation(source: "khtc/de-nghi.xlsx", sheet: "DS", row: 7))
        #expect(row.cells.count == 14)
    }

    /// domain.md: a blank or unreadable priority sorts the row last for the quota; it is not an S-VALUE
    /// error, so an otherwise eligible row stays eligible.
    @Test(arguments: ["một", "1a", "cao", "1.5"])
    func unreadablePriorityIsNoFinding(text: String) {
        let eligible = RowBuilder.read(RowBuilder.individual())
        let row = RowBuilder.read(RowBuilder.individual(replacing: [.priority: .text(text)]))
        #expect(row.priority == nil)
        #expect(row.findings == eligible.findings)
    }

    @Test func nameSpacesAreTidied() {
        let row = RowBuilder.read(RowBuilder.individual(replacing: [.name: .text("  Nguyễn\u{00A0} Văn   An ")]))
        #expect(row.name == "Nguyễn Văn An")
    }

    @Test func errorCellIsValueError() throws {
        let row = RowBuilder.read(RowBuilder.individual(replacing: [.rating: .cell(.error("#N/A"))]))
        #expect(row.ruleFields == ["S-VALUE rating"])
        #expect(try #require(row.findings.first).message.vi.contains("#N/A"))
        #expect(row.findings.first?.column == 7)
    }

    @Test func repairedTextGivesOneEncodingFindingPerField() {
        let row = RowBuilder.read(RowBuilder.individual(replacing: [
            .name: .text("Nguye\u{302}\u{303}n Va\u{306}n An"), .position: .text("Chuye\u{302}n vie\u{302}n"),
        ]))
        #expect(row.name == "Nguyễn Văn An")
        #expect(row.ruleFields == ["S-ENCODING name", "S-ENCODING position"])
        #expect(row.findings.allSatisfy { $0.severity == .warning })
    }
}

@Suite struct ReaderGlueTests {
    @Test func readsEveryRowTheLayoutFinds() {
        let sheet = Sheet(name: "DS", cells: [
            Cell(row: 1, column: 1, value: .string("Họ và tên")), Cell(row: 1, column: 2, value: .string("Hình thức khen thưởng")),
            Cell(row: 2, column: 1, value: .string("Nguyễn Văn An")), Cell(row: 2, column: 2, value: .string("Giấy khen")),
        ])
        let workbook = Workbook(format: .xlsx, sheets: [sheet])
        let campaign = ExampleCampaign.make()
        let layout = LayoutFinder.find(workbook, source: "a.xlsx", repairer: TextRepairer(texts: []), campaign: campaign, year: 2025)
        let reading = NominationReader.read(workbook, source: "a.xlsx", campaign: campaign, year: 2025)
        #expect(reading.rows.count == layout.rows.count)
        #expect(reading.rows.map(\.location) == layout.rows.map(\.location))
        #expect(reading.tables.count == layout.tables.count)
        #expect(reading.unitClues == layout.unitClues)
        #expect(reading.findings == layout.findings)
    }
}
