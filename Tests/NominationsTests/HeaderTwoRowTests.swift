import Campaign
import Sheets
import Testing
@testable import Nominations

/// Headers of two rows: merged parents in XLSX, a filled cell with blanks to its right in CSV.
@Suite struct HeaderTwoRowTests {
    typealias F = LayoutFixture

    static let parent = "Sáng kiến được Hội đồng sáng kiến cơ sở công nhận"
    static let rows = [
        ["DANH SÁCH CÁ NHÂN ĐỀ NGHỊ KHEN THƯỞNG NĂM 2025"],
        ["STT", "Họ và tên", "Xếp loại", parent, "", "", "Ghi chú"],
        ["", "", "", "Tên sáng kiến", "Số QĐ công nhận", "Ngày QĐ công nhận", ""],
        ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"],
        ["1", "Nguyễn Văn An", "HTXSNV", "Số hóa hồ sơ", "12/QĐ-HĐSK", "05/11/2025", ""],
    ]

    func expectTwoRowHeader(_ result: LayoutResult, sheet: String?) throws {
        let table = try #require(result.tables.first)
        #expect(table.sheet == sheet)
        #expect(table.headerRows == [2, 3])
        #expect(table.columns.map(\.field) == [nil, .name, .rating, .initiative, .decisionNumber, .decisionDate, .note])
        #expect(table.columns[4].header == "\(Self.parent) / Số QĐ công nhận")
        #expect(result.rowNumbers == [5])
        #expect(result.skipReason(4) == .columnNumbers)
        #expect(result.text(.decisionDate, row: 0) == "05/11/2025")
        #expect(result.rows.first?.combinedDecision == false)
        #expect(result.rows.first?.titleKind == .individual)
        #expect(result.rows.first?.titleYear == 2025)
        #expect(result.findings.isEmpty)
    }

    @Test func mergedParentOverThreeChildren() throws {
        let merges = [F.merge(1, 1, 7), F.merge(2, 1, 1, toRow: 3), F.merge(2, 2, 2, toRow: 3), F.merge(2, 3, 3, toRow: 3),
                      F.merge(2, 4, 6), F.merge(2, 7, 7, toRow: 3)]
        try expectTwoRowHeader(F.layout([F.sheet(Self.rows, name: "Cá nhân", merges: merges)]), sheet: "Cá nhân")
    }

    @Test func csvParentIsAFilledCellWithBlanksToItsRight() throws {
        try expectTwoRowHeader(F.layout([F.sheet(Self.rows, name: nil)], csv: true), sheet: nil)
    }

    @Test func unmergedParentInAWorkbookWithOtherMerges() throws {
        // The title is merged but the unit did not merge the parent: the blanks to its right are its span.
        try expectTwoRowHeader(F.layout([F.sheet(Self.rows, name: "Cá nhân", merges: [F.merge(1, 1, 7)])]), sheet: "Cá nhân")
    }

    @Test func soAndNgayUnderTheDecisionAreItsNumberAndDate() throws {
        let result = F.layout([F.sheet([
            ["Tên tập thể", "Sáng kiến", "Quyết định công nhận sáng kiến", ""],
            ["", "", "Số", "Ngày"],
            ["Tổ Văn thư", "Số hóa", "12/QĐ-HĐSK", "05/11/2025"],
        ], merges: [F.merge(1, 3, 4)])])
        let table = try #require(result.tables.first)
        #expect(table.columns.map(\.field) == [.name, .initiative, .decisionNumber, .decisionDate])
        #expect(table.columns[2].combinedDecision == false)
        #expect(result.rows.first?.combinedDecision == false)
        #expect(result.rowNumbers == [3])
    }

    @Test func aRowWithSomethingUnderTheNameIsNoSecondRow() throws {
        // The row right under holds a name: it is data, even though the parent spans two columns.
        let result = F.layout([F.sheet([
            ["Họ và tên", "Xếp loại", "Sáng kiến", ""],
            ["Nguyễn Văn An", "HTXSNV", "Số hóa", "Ghi thêm"],
        ], name: nil)], csv: true)
        let table = try #require(result.tables.first)
        #expect(table.headerRows == [1])
        #expect(result.rowNumbers == [2])
    }

    @Test func childReadAloneWhenParentAndChildMapNothing() throws {
        let result = F.layout([F.sheet([
            ["Họ và tên", "Thông tin cá nhân", ""],
            ["", "Chức vụ", "Đơn vị"],
            ["Nguyễn Văn An", "Chuyên viên", "Văn phòng Sở"],
        ], merges: [F.merge(1, 2, 3), F.merge(1, 1, 1, toRow: 2)])])
        let table = try #require(result.tables.first)
        #expect(table.headerRows == [1, 2])
        #expect(table.columns.map(\.field) == [.name, .position, .unit])
        #expect(result.rowNumbers == [3])
    }

    @Test func repeatedTwoRowHeaderIsSkippedWhole() {
        var rows = Self.rows
        rows.append(Self.rows[1]); rows.append(Self.rows[2])
        rows.append(["2", "Lê Thị Bình", "HTXSNV", "Một cửa", "13/QĐ-HĐSK", "06/11/2025", ""])
        let result = F.layout([F.sheet(rows, name: nil)], csv: true)
        #expect(result.rowNumbers == [5, 8])
        #expect(result.skipReason(6) == .repeatedHeader)
        #expect(result.skipReason(7) == .repeatedHeader)
    }

    @Test func birthYearSplitIntoNamAndNuColumns() throws {
        let result = F.layout([F.sheet([
            ["Họ và tên", "Năm sinh", "", "Xếp loại"],
            ["", "Nam", "Nữ", ""],
            ["Nguyễn Văn An", "1980", "", "HTXSNV"],
            ["Lê Thị Bình", "", "1985", "HTXSNV"],
        ], merges: [F.merge(1, 2, 3), F.merge(1, 1, 1, toRow: 2), F.merge(1, 4, 4, toRow: 2)])])
        let table = try #require(result.tables.first)
        #expect(table.columns.map(\.field) == [.name, .birthDate, .birthDate, .rating])
        #expect(result.findings.isEmpty)
        #expect(result.text(.birthDate, row: 0) == "1980")
        #expect(result.text(.birthDate, row: 1) == "1985")
    }

    @Test func nameMergedOverTwoColumnsIsOneColumn() throws {
        let result = F.layout([F.sheet([
            ["Họ và tên", "", "Sáng kiến", ""],
            ["", "", "Tên sáng kiến", "Quyết định công nhận"],
            ["Nguyễn Văn", "An", "Số hóa", "12/QĐ-HĐSK ngày 05/11/2025"],
        ], merges: [F.merge(1, 1, 2, toRow: 2), F.merge(1, 3, 4)])])
        let table = try #require(result.tables.first)
        #expect(table.headerRows == [1, 2])
        #expect(table.columns.map(\.column) == [1, 3, 4])
        #expect(table.columns.map(\.field) == [.name, .initiative, .decisionNumber])
        #expect(table.columns.last?.combinedDecision == true)
        #expect(result.findings.isEmpty)
    }

    @Test func theProjectsOwnTemplateHeaderMapsWhole() throws {
        // The header the template writes (Workbooks' template): one decision parent over "Số" and "Ngày",
        // every other header merged over both rows.
        let first = ["STT", "Họ và tên / Tên tập thể", "Tập thể/Cá nhân", "Ngày sinh", "Chức vụ", "Đơn vị công tác",
                     "Xếp loại năm 2025", "Tên sáng kiến", "Quyết định công nhận sáng kiến", "", "Kỷ luật (nếu có)",
                     "Tóm tắt thành tích", "Hình thức đề nghị khen thưởng", "Báo cáo thành tích (mẫu 08)", "Thứ tự ưu tiên", "Ghi chú"]
        let second = ["", "", "", "", "", "", "", "", "Số", "Ngày", "", "", "", "", "", ""]
        let merges = [F.merge(1, 1, 16), F.merge(2, 1, 16), F.merge(3, 1, 16), F.merge(4, 9, 10)]
            + [1, 2, 3, 4, 5, 6, 7, 8, 11, 12, 13, 14, 15, 16].map { F.merge(4, $0, $0, toRow: 5) }
        let result = F.layout([F.sheet([
            ["DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG"], ["Phong trào thi đua \"Đẩy mạnh cải cách hành chính nhà nước\""], ["Năm 2025"],
            first, second,
            ["1", "Nguyễn Văn An", "Cá nhân", "", "Chuyên viên", "Văn phòng Sở", "HTXSNV", "Số hóa", "12/QĐ-HĐSK", "05/11/2025",
             "Không", "Tham mưu", "Giấy khen", "Có", "1", ""],
        ], name: "Danh sách", merges: merges)])
        let table = try #require(result.tables.first)
        #expect(table.headerRows == [4, 5])
        #expect(table.columns.map(\.field) == [nil, .name, .kind, .birthDate, .position, .unit, .rating, .initiative,
                                               .decisionNumber, .decisionDate, .discipline, .achievements, .award, .report, .priority, .note])
        #expect(result.findings.isEmpty)
        #expect(result.rowNumbers == [6])
        #expect(result.rows.first?.titleYear == 2025)
        #expect(result.rows.first?.headerYears[.rating] == 2025)
    }

    @Test func mergedRangesOverARow() {
        let merges = [F.merge(1, 1, 3), F.merge(2, 1, 1, toRow: 9), F.merge(3, 2, 4, toRow: 4), F.merge(6, 5, 6)]
        let text = SheetText(sheet: F.sheet([["x"]], merges: merges), repairer: TextRepairer(texts: []))
        func covering(_ row: Int) -> Set<MergedRange> { Set(text.merges(covering: row)) }
        #expect(covering(1) == [merges[0]])
        #expect(covering(4) == [merges[1], merges[2]])
        #expect(covering(6) == [merges[1], merges[3]])
        #expect(covering(10).isEmpty)
    }

    @Test func legacyTCVN3HeaderMapsAndGivesOneEncodingWarning() {
        // "Hä vµ tªn" is "Họ và tên" typed in TCVN3 (.VnTime): the repairer decodes it before headers are matched.
        var sheet = F.sheet([["Hä vµ tªn", "XÕp lo¹i"], ["NguyÔn V¨n An", "HTXSNV"]])
        sheet.cells = sheet.cells.map { var cell = $0; cell.font = ".VnTime"; return cell }
        let result = F.layout([sheet])
        #expect(result.tables.first?.column(of: .name) == 1)
        #expect(result.rules.filter { $0 == .sEncoding }.count == 1)
        #expect(result.rows.first?.fieldCells[.name]?.value == .string("NguyÔn V¨n An"))
    }
}
