import Campaign
import Sheets
import Testing
@testable import Nominations

/// Which sheets are read, and what the header of each one gives: sheets skipped, `F-NO-TABLE`, kinds from
/// names and headers, and the `S-HEADER` findings.
@Suite struct LayoutSheetsTests {
    typealias F = LayoutFixture

    static let individual = [F.header, ["1", "Nguyễn Văn An", "Chuyên viên", "HTXSNV", "Giấy khen", ""]]

    @Test func hiddenAndInstructionSheetsAreNotRead() {
        let result = F.layout([
            F.sheet(Self.individual, name: "Hướng dẫn"),
            F.sheet(Self.individual, name: "HD"),
            F.sheet(Self.individual, name: "Huong dan nhap"),
            F.sheet(Self.individual, name: "DM_DonVi"),
            F.sheet(Self.individual, name: "Danh mục"),
            F.sheet(Self.individual, name: "Instructions"),
            F.sheet(Self.individual, name: "HDSD"),
            F.sheet(Self.individual, name: "Lists", hidden: true),
            F.sheet(Self.individual, name: "Cá nhân"),
        ])
        #expect(result.tables.map(\.sheet) == ["Cá nhân"])
        #expect(result.rows.map(\.location.sheet) == ["Cá nhân"])
        #expect(result.skippedSheets.map(\.sheet) == ["Hướng dẫn", "HD", "Huong dan nhap", "DM_DonVi", "Danh mục", "Instructions", "HDSD", "Lists"])
        #expect(result.skippedSheets.last?.why.en.contains("Hidden") == true)
        #expect(result.rows.first?.sheetKind == .individual)
        #expect(!result.rules.contains(.fNoTable))
    }

    @Test func aVisibleSheetWithoutAHeaderIsSkipped() {
        let result = F.layout([
            F.sheet([["Ghi chú của đơn vị"], ["Gửi kèm hồ sơ"]], name: "Notes"),
            F.sheet(Self.individual, name: "Tập thể"),
        ])
        #expect(result.tables.map(\.sheet) == ["Tập thể"])
        #expect(result.skippedSheets.map(\.sheet) == ["Notes"])
        #expect(result.rows.first?.sheetKind == .collective)
        #expect(result.findings.isEmpty)
    }

    @Test func noTableWhenNoSheetReadHasAHeader() throws {
        let result = F.layout([
            F.sheet([["DANH SÁCH ĐỀ NGHỊ"], ["Nguyễn Văn An", "Chuyên viên"]], name: "Sheet1"),
            F.sheet(Self.individual, name: "Sheet2", hidden: true),
        ])
        #expect(result.tables.isEmpty)
        #expect(result.rows.isEmpty)
        let finding = try #require(result.findings.first { $0.rule == .fNoTable })
        #expect(finding.severity == .error)
        #expect(finding.message.vi.contains("“Sheet1”"))
        #expect(finding.message.en.contains("“Sheet1”"))
        #expect(F.layout([]).rules == [.fNoTable])
    }

    @Test func aHeaderNeedsNameAndOneMoreField() {
        // Name alone, or fields without a name, is no header.
        #expect(F.layout([F.sheet([["STT", "Họ và tên", "Giới tính"], ["1", "An", "Nam"]])]).rules == [.fNoTable])
        #expect(F.layout([F.sheet([["Chức vụ", "Xếp loại"], ["Chuyên viên", "HTXSNV"]])]).rules == [.fNoTable])
        // A row holding signature text is never the header.
        let signed = F.layout([F.sheet([["Người lập biểu", "Họ và tên", "Xếp loại"], F.header, ["1", "An", "CV", "HTXSNV", "GK", ""]])])
        #expect(signed.tables.first?.headerRows == [2])
    }

    @Test func uppercaseAndNoDiacriticHeadersMap() {
        let result = F.layout([F.sheet([
            ["STT", "HO VA TEN", "CHUC VU", "XEP LOAI NAM 2025", "HINH THUC\nKHEN THUONG"],
            ["1", "Nguyen Van An", "Chuyen vien", "HTXSNV", "Giay khen"],
        ])])
        let fields = result.tables.first?.columns.map(\.field)
        #expect(fields == [nil, .name, .position, .rating, .award])
        #expect(result.tables.first?.columns.first?.isRowNumber == true)
        #expect(result.rows.first?.headerYears == [.rating: 2025])
        #expect(result.findings.isEmpty)
    }

    @Test func tenDonViBecomesTheNameWhenNothingElseIs() {
        let result = F.layout([F.sheet([
            ["STT", "Tên đơn vị", "Hình thức khen thưởng"],
            ["1", "Phòng Người có công", "Bằng khen"],
        ])])
        #expect(result.tables.first?.column(of: .name) == 2)
        #expect(result.rows.first?.headerKind == .collective)
        // With a name column, "Tên đơn vị/tập thể công tác" stays the unit (domain.md's example).
        let both = F.layout([F.sheet([
            ["Họ và tên", "Tên đơn vị/tập thể công tác", "Xếp loại"],
            ["Nguyễn Văn An", "Văn phòng Sở", "HTXSNV"],
        ])])
        #expect(both.tables.first?.column(of: .name) == 1)
        #expect(both.tables.first?.column(of: .unit) == 2)
        #expect(both.rows.first?.headerKind == .individual)
    }

    @Test func nameHeaderNamingBothKindsSetsNoKind() {
        let result = F.layout([F.sheet([["Họ và tên / Tên tập thể", "Xếp loại"], ["An", "HTXSNV"]])])
        #expect(result.rows.count == 1)
        #expect(result.rows.first?.headerKind == nil)
        let named = F.layout([F.sheet([["Tên tập thể/cá nhân/hộ gia đình", "Hình thức khen thưởng"], ["Tổ Văn thư", "GK"]])])
        #expect(named.tables.first?.column(of: .name) == 1)
    }

    @Test func unmappedColumnsGiveSHeaderButRowNumberAndCategoryDoNot() throws {
        let result = F.layout([F.sheet([
            ["STT", "Họ và tên", "Giới tính", "Phân loại đối tượng", "Xếp loại", "Đơn vị xếp loại"],
            ["1", "Nguyễn Văn An", "Nam", "Công chức", "HTXSNV", "Sở"],
        ])])
        #expect(result.rules == [.sHeader, .sHeader])
        let unmapped = try #require(result.findings.first)
        #expect(unmapped.column == 3)
        #expect(unmapped.severity == .warning)
        #expect(unmapped.message.vi.contains("Giới tính") && unmapped.message.vi.contains("“DS”"))
        #expect(unmapped.message.en.contains("Column C"))
        // "Đơn vị xếp loại" ties unit and rating: not read.
        let tie = try #require(result.findings.last)
        #expect(tie.column == 6)
        #expect(tie.message.en.contains("could mean"))
        #expect(result.tables.first?.columns.map(\.field) == [nil, .name, nil, nil, .rating, nil])
    }

    @Test func twoColumnsForOneFieldChooseTheRunYears() throws {
        let rows = [
            ["Họ và tên", "Xếp loại năm 2024", "Xếp loại năm 2025"],
            ["Nguyễn Văn An", "HTTNV", "HTXSNV"],
        ]
        let run2025 = F.layout([F.sheet(rows)], year: 2025)
        #expect(run2025.tables.first?.column(of: .rating) == 3)
        #expect(run2025.text(.rating, row: 0) == "HTXSNV")
        #expect(run2025.rows.first?.headerYears[.rating] == 2025)
        let finding = try #require(run2025.findings.first)
        #expect(finding.rule == .sHeader && finding.field == .rating && finding.column == 2)
        let run2024 = F.layout([F.sheet(rows)], year: 2024)
        #expect(run2024.tables.first?.column(of: .rating) == 2)
        #expect(run2024.findings.first?.column == 3)
    }

    @Test func twoColumnsForOneFieldChooseTheCloserMatchThenTheFirst() {
        let closer = F.layout([F.sheet([["Họ và tên", "Xếp loại của cán bộ", "Xếp loại"], ["An", "A", "HTXSNV"]])])
        #expect(closer.tables.first?.column(of: .rating) == 3)
        // Neither exact: fewer words left over wins ("Kết quả xếp loại" leaves "cán bộ"; the other leaves three).
        let fewer = F.layout([F.sheet([["Họ và tên", "Xếp loại của cán bộ", "Kết quả xếp loại cán bộ"], ["An", "A", "HTXSNV"]])])
        #expect(fewer.tables.first?.column(of: .rating) == 3)
        #expect(fewer.findings.map(\.column) == [2])
        let first = F.layout([F.sheet([["Họ và tên", "Ghi chú", "Ghi chú"], ["An", "x", "y"]])])
        #expect(first.tables.first?.column(of: .note) == 2)
        #expect(first.findings.map(\.column) == [3])
    }

    @Test func oneCellDecisionIsMarkedCombined() {
        let result = F.layout([F.sheet([
            ["Tên tập thể", "Tên sáng kiến", "Quyết định công nhận sáng kiến"],
            ["Tổ Văn thư", "Số hóa", "Quyết định số 12/QĐ-HĐSK ngày 05/11/2025"],
        ])])
        #expect(result.tables.first?.columns.last?.combinedDecision == true)
        #expect(result.rows.first?.combinedDecision == true)
        #expect(result.text(.decisionNumber, row: 0) == "Quyết định số 12/QĐ-HĐSK ngày 05/11/2025")
        #expect(result.rowNumbers == [2])
    }

    @Test func aSecondHeaderWithOtherColumnsStartsASecondTable() throws {
        let result = F.layout([F.sheet([
            ["DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG NĂM 2025"],
            ["STT", "Tên tập thể", "Tóm tắt thành tích", "Hình thức khen thưởng"],
            ["1", "Tổ Văn thư", "Hoàn thành tốt", "Giấy khen"],
            [],
            ["STT", "Họ và tên", "Chức vụ", "Xếp loại", "Hình thức khen thưởng"],
            ["1", "Nguyễn Văn An", "Chuyên viên", "HTXSNV", "Giấy khen"],
            ["Tổng cộng: 2"],
        ])])
        #expect(result.tables.count == 2)
        let second = try #require(result.tables.last)
        #expect(second.headerRows == [5])
        #expect(second.column(of: .rating) == 4)
        #expect(result.rowNumbers == [3, 6])
        #expect(result.rows.map(\.headerKind) == [NomineeKind.collective, .individual])
        // The title's year holds for the whole sheet.
        #expect(result.rows.map(\.titleYear) == [2025, 2025])
        #expect(result.rows.last?.fieldCells[.position]?.value == .string("Chuyên viên"))
        #expect(result.findings.isEmpty)
    }

    @Test func aNomineeRowIsNeverTakenForASecondHeader() {
        // Text-only cells (as in CSV), a name holding "Hồ … Tên" and an achievement naming "xếp loại".
        var sheet = F.sheet([
            ["STT", "Họ và tên", "Thành tích", "Xếp loại"],
            ["1", "Hồ Văn Tên", "Được xếp loại hoàn thành xuất sắc nhiệm vụ", "Đề nghị hình thức khen thưởng cao"],
            ["2", "Lê Thị Bình", "Tốt", "HTXSNV"],
        ], name: nil)
        sheet.cells = sheet.cells.map { var cell = $0; cell.value = .string(cell.value.text); return cell }
        let result = F.layout([sheet], csv: true)
        #expect(result.tables.count == 1)
        #expect(result.rowNumbers == [2, 3])
    }
}
