import Campaign
import Sheets
import Testing
@testable import Nominations

/// The rows around and inside a table: titles, column numbers, sections, totals, signatures, repeats, blanks.
@Suite struct LayoutTableTests {
    typealias F = LayoutFixture

    /// A collective's sheet as units send it: agency and national lines, a date line, a title, the header, a
    /// column-number row, data with a blank row between, a total and a signature block with signers' names.
    static let collectiveSheet = F.sheet([
        ["SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
        ["PHÒNG KẾ HOẠCH - TÀI CHÍNH", "", "", "Độc lập - Tự do - Hạnh phúc"],
        ["", "", "", "Bình Phước, ngày 05 tháng 12 năm 2024"],
        ["DANH SÁCH TẬP THỂ ĐỀ NGHỊ TẶNG GIẤY KHEN CỦA GIÁM ĐỐC SỞ"],
        ["năm 2025"],
        [],
        ["STT", "Tên tập thể", "Tóm tắt thành tích", "Sáng kiến", "Hình thức khen thưởng", "Ghi chú"],
        ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"],
        ["1", "Tổ Tổng hợp", "Hoàn thành tốt", "Số hóa hồ sơ", "Giấy khen", ""],
        ["", "  ", "", "", "", ""],
        ["2", "Tổ Kế toán", "Hoàn thành", "", "Giấy khen", ""],
        ["Tổng cộng: 2 tập thể"],
        ["", "Người lập biểu", "", "THỦ TRƯỞNG ĐƠN VỊ"],
        ["", "(Ký, ghi rõ họ tên)", "", "(Ký tên, đóng dấu)"],
        ["", "Nguyễn Văn Lập", "", "Trần Văn Trưởng"],
    ], name: "Sheet1", merges: [F.merge(4, 1, 6), F.merge(5, 1, 6), F.merge(12, 1, 2)])

    @Test func titleRowsAndTheirKindAwardAndYear() throws {
        let result = F.layout([Self.collectiveSheet])
        let table = try #require(result.tables.first)
        #expect(table.headerRows == [7])
        #expect(table.titleRows.map(\.row) == [1, 2, 3, 4, 5])
        #expect(table.titleRows[3].text == "DANH SÁCH TẬP THỂ ĐỀ NGHỊ TẶNG GIẤY KHEN CỦA GIÁM ĐỐC SỞ")
        let row = try #require(result.rows.first)
        #expect(row.titleKind == .collective)
        #expect(row.titleAward == "giay-khen-giam-doc-so")
        // "năm 2025" of the title, not the 2024 of the place-and-date line.
        #expect(row.titleYear == 2025)
        #expect(row.headerKind == .collective)
        // Each title cell is a clue: the unit's name apart from the national motto beside it.
        #expect(result.unitClues.contains("PHÒNG KẾ HOẠCH - TÀI CHÍNH"))
    }

    @Test func onlyDataRowsAreTakenAndTheTotalEndsTheTable() {
        let result = F.layout([Self.collectiveSheet])
        #expect(result.rowNumbers == [9, 11])
        #expect(result.skipReason(8) == .columnNumbers)
        #expect(result.skipReason(10) == .blank)
        #expect(result.skipReason(12) == .total)
        // Below the end: the signature block is still named as such, the signers' names are below the table.
        #expect(result.skipReason(13) == .signature)
        #expect(result.skipReason(14) == .signature)
        #expect(result.skipReason(15) == .belowTable)
        #expect(result.tables.first?.dataRows == [9, 11])
        #expect(result.text(.name, row: 0) == "Tổ Tổng hợp")
        #expect(result.text(.award, row: 1) == "Giấy khen")
        #expect(result.findings.isEmpty)
    }

    @Test func signatureBlockEndsTheTableAndSignersAreNeverData() {
        let result = F.layout([F.sheet([
            F.header,
            ["1", "Nguyễn Văn An", "Chuyên viên", "HTXSNV", "Giấy khen", ""],
            ["2", "Lê Thị Bình", "Thủ trưởng đơn vị", "HTXSNV", "Giấy khen", ""],
            ["3", "", "Q. Trưởng phòng", "HTXSNV", "Giấy khen", ""],
            [],
            ["", "Người lập", "", "KT. GIÁM ĐỐC"],
            ["", "", "", "PHÓ GIÁM ĐỐC"],
            ["", "Trần Văn Cường", "", "Phạm Văn Dũng"],
        ])])
        // A nominee whose position reads like a signature label stays a nominee.
        // So does one whose name was left blank.
        #expect(result.rowNumbers == [2, 3, 4])
        #expect(result.skipReason(6) == .signature)
        #expect(result.skipReason(7) == .belowTable)
        #expect(result.skipReason(8) == .belowTable)
    }

    @Test func placeAndDateLineEndsTheTable() {
        let result = F.layout([F.sheet([
            F.header,
            ["1", "Nguyễn Văn An", "Chuyên viên", "HTXSNV", "Giấy khen", ""],
            ["", "", "", "Bình Phước, ngày … tháng … năm 2025"],
            ["", "", "", "Nguyễn Văn Ký"],
        ])])
        #expect(result.rowNumbers == [2])
        #expect(result.skipReason(3) == .signature)
    }

    @Test func totalRowWithCongAndNumbersEndsTheTable() {
        let result = F.layout([F.sheet([
            F.header,
            ["1", "Nguyễn Văn An", "Chuyên viên", "HTXSNV", "Giấy khen", ""],
            ["", "Cộng: 5", "", "", "", ""],
            ["2", "Lê Văn Sau", "Chuyên viên", "HTXSNV", "Giấy khen", ""],
        ])])
        #expect(result.rowNumbers == [2])
        #expect(result.skipReason(3) == .total)
        #expect(result.skipReason(4) == .belowTable)
    }

    @Test func totalRowWithCountsOfEachKind() {
        let result = F.layout([F.sheet([
            F.header,
            ["1", "Nguyễn Văn An", "Chuyên viên", "HTXSNV", "Giấy khen", ""],
            ["Cộng: 03 tập thể, 04 cá nhân"],
            ["2", "Lê Văn Sau", "Chuyên viên", "HTXSNV", "Giấy khen", ""],
        ], merges: [F.merge(3, 1, 3)])])
        #expect(result.rowNumbers == [2])
        #expect(result.skipReason(3) == .total)
    }

    @Test func aNameBeginningWithCongIsNotATotal() {
        let result = F.layout([F.sheet([
            ["STT", "Tên tập thể", "Hình thức khen thưởng"],
            ["", "Công an phường", "Giấy khen"],
            ["", "Công đoàn Sở", "Giấy khen"],
        ])])
        #expect(result.rowNumbers == [2, 3])
    }

    @Test func sectionRowsSetKindAndAwardForTheRowsBelow() {
        let result = F.layout([F.sheet([
            ["STT", "Tên tập thể/cá nhân", "Chức vụ", "Hình thức khen thưởng"],
            ["I. TẬP THỂ"],
            ["A. Bằng khen của Chủ tịch UBND tỉnh"],
            ["1", "Phòng Kế hoạch - Tài chính", "", ""],
            ["B. Giấy khen của Giám đốc Sở"],
            ["2", "Văn phòng Sở", "", ""],
            ["II", "CÁ NHÂN", "", ""],
            ["1", "Nguyễn Văn An", "Chuyên viên", ""],
            ["2", "Tập thể Phòng Người có công", "", ""],
        ], merges: [F.merge(2, 1, 4), F.merge(3, 1, 4), F.merge(5, 1, 4)])])
        #expect(result.rowNumbers == [4, 6, 8, 9])
        #expect(result.rows.map(\.sectionKind) == [NomineeKind.collective, .collective, .individual, .individual])
        let awards: [String?] = ["bang-khen-ubnd-tinh", "giay-khen-giam-doc-so", "giay-khen-giam-doc-so", "giay-khen-giam-doc-so"]
        #expect(result.rows.map(\.sectionAward) == awards)
        #expect([2, 3, 5, 7].allSatisfy { result.skipReason($0) == .section })
        // "Tên tập thể/cá nhân" names both kinds: no kind from the header.
        #expect(result.rows.first?.headerKind == nil)
    }

    @Test func numberedSectionNamesAKindButANumberedNameStaysANominee() {
        let result = F.layout([F.sheet([
            ["STT", "Tên tập thể/cá nhân", "Hình thức khen thưởng"],
            ["", "1. Tập thể", ""],
            ["", "Tổ Văn thư", "Giấy khen"],
            ["", "2. Phòng Người có công", ""],
            ["", "3. Tập thể Phòng Kế hoạch - Tài chính", ""],
        ])])
        #expect(result.skipReason(2) == .section)
        #expect(result.rowNumbers == [3, 4, 5])
        #expect(result.rows.first?.sectionKind == .collective)
    }

    @Test func repeatedHeaderOnAPrintedPageIsSkipped() {
        let result = F.layout([F.sheet([
            F.header,
            ["1", "2", "3", "4", "5", "6"],
            ["1", "Nguyễn Văn An", "Chuyên viên", "HTXSNV", "Giấy khen", ""],
            F.header,
            ["1", "2", "3", "4", "5", "6"],
            ["2", "Lê Thị Bình", "Chuyên viên", "HTXSNV", "Giấy khen", ""],
        ])])
        #expect(result.rowNumbers == [3, 6])
        #expect(result.skipReason(2) == .columnNumbers)
        #expect(result.skipReason(4) == .repeatedHeader)
        #expect(result.skipReason(5) == .columnNumbers)
    }

    @Test func aRowNeedsAValueOtherThanRowNumberAndNote() {
        let result = F.layout([F.sheet([
            F.header,
            ["1", "", "", "", "", "Đã nghỉ hưu"],
            ["2", "", "Chuyên viên", "", "", ""],
            ["3"],
        ])])
        #expect(result.rowNumbers == [3])
        #expect(result.skipReason(2) == .blank)
        #expect(result.skipReason(4) == .blank)
    }

    @Test func unitColumnWithOneValueIsAClue() {
        let same = F.layout([F.sheet([
            ["STT", "Họ và tên", "Đơn vị", "Xếp loại"],
            ["1", "Nguyễn Văn An", "Phòng Người có công", "HTXSNV"],
            ["2", "Lê Thị Bình", "Phòng người có công", "HTXSNV"],
        ])])
        #expect(same.unitClues == ["Phòng Người có công"])
        #expect(same.rows.first?.headerKind == .individual)
        let different = F.layout([F.sheet([
            ["STT", "Họ và tên", "Đơn vị", "Xếp loại"],
            ["1", "Nguyễn Văn An", "Phòng Người có công", "HTXSNV"],
            ["2", "Lê Thị Bình", "Văn phòng Sở", "HTXSNV"],
        ])])
        #expect(different.unitClues.isEmpty)
    }

    @Test func aCellMergedDownFillsTheRowsItCovers() {
        let result = F.layout([F.sheet([
            ["STT", "Họ và tên", "Đơn vị", "Xếp loại"],
            ["1", "Nguyễn Văn An", "Văn phòng Sở", "HTXSNV"],
            ["2", "Lê Thị Bình", "", "HTXSNV"],
        ], merges: [F.merge(2, 3, 3, toRow: 3)])])
        #expect(result.text(.unit, row: 1) == "Văn phòng Sở")
        #expect(result.rows[1].fieldCells[.unit]?.row == 2)
        #expect(result.rows[1].cells.count == 3)
        #expect(result.unitClues == ["Văn phòng Sở"])
    }

    @Test func fieldCellsAreKeptAsStored() {
        let raw = "Nguyễn  Văn\u{00A0}An"
        let result = F.layout([F.sheet([F.header, ["1", raw, "Chuyên viên", "HTXSNV", "Giấy khen", ""]])])
        #expect(result.rows.first?.fieldCells[.name]?.value == .string(raw))
        #expect(result.rows.first?.cells.count == 5)
        #expect(result.rows.first?.location == RowLocation(source: "test.xlsx", sheet: "DS", row: 2))
    }

    @Test func letteredColumnNumberRowIsSkipped() {
        let result = F.layout([F.sheet([
            F.header,
            ["A", "B", "1", "2", "3", "4"],
            ["1", "Nguyễn Văn An", "Chuyên viên", "HTXSNV", "Giấy khen", ""],
        ])])
        #expect(result.rowNumbers == [3])
        #expect(result.skipReason(2) == .columnNumbers)
    }

    @Test func aLabelWithItsValueAboveTheTableIsATitleNotTheHeader() {
        let result = F.layout([F.sheet([
            ["Tên đơn vị: Phòng Người có công", "", "Năm 2025"],
            F.header,
            ["1", "Nguyễn Văn An", "Chuyên viên", "HTXSNV", "Giấy khen", ""],
        ])])
        #expect(result.tables.first?.headerRows == [2])
        #expect(result.tables.first?.titleRows.map(\.row) == [1])
        #expect(result.unitClues == ["Tên đơn vị: Phòng Người có công", "Năm 2025"])
        #expect(result.rows.first?.titleYear == 2025)
    }

    @Test func sectionTextIsKeptForTheRowsBelow() {
        let result = F.layout([F.sheet([
            ["STT", "Họ và tên", "Chức vụ", "Hình thức khen thưởng"],
            ["II. CÁ NHÂN"],
            ["1", "Nguyễn Văn An", "Chuyên viên", "Giấy khen"],
        ])])
        #expect(result.rows.first?.sectionText == "II. CÁ NHÂN")
        #expect(result.rows.first?.sectionKind == .individual)
        #expect(result.rows.first?.sectionAward == nil)
    }

    @Test func aLongSheetIsReadWhole() {
        var rows = [F.header]
        for index in 1...5_000 { rows.append(["\(index)", "Người \(index)", "Chuyên viên", "HTXSNV", "Giấy khen", ""]) }
        let result = F.layout([F.sheet(rows)])
        #expect(result.rows.count == 5_000)
        #expect(result.rows.last?.location.row == 5_001)
        // And a long sheet without a header is only skipped.
        let noHeader = F.layout([F.sheet(Array(rows.dropFirst()))])
        #expect(noHeader.rules == [.fNoTable])
    }
}
