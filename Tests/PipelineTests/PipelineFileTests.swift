import Foundation
import Testing
import Campaign
@testable import Pipeline

@Suite struct PipelineFileTests {
    static let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let example = repo.appendingPathComponent("pipelines/cchc-2024-2025.yaml").path

    @Test func theExampleCampaignLoadsWhole() throws {
        let definition = try PipelineFile.load(path: Self.example)
        let c = definition.campaign
        #expect(definition.id == "cchc-2024-2025")
        #expect(c.years == [2024, 2025] && c.currentYear == 2025)
        #expect(c.utcOffsetSeconds == 7 * 3600)
        #expect(c.deadline == Deadline(month: 12, day: 15, dayIsOnTime: false))
        #expect(c.awards.map(\.id) == ["bang-khen-ubnd-tinh", "giay-khen-giam-doc-so"])
        #expect(c.awards[0].recipients == [.collective] && c.awards[0].quotas[2025] == 2)
        #expect(c.awards[1].recipients == [.collective, .individual] && c.awards[1].quotas[2025] == 15)
        #expect(c.units.map(\.code) == ["VP", "TTRA", "KHTC", "LDVL", "NCC", "BTXH", "PCTNXH", "TTDVVL", "CSCN", "TTBTXH"])
        #expect(c.unit(code: "KHTC")?.aliases == ["Phòng KH-TC", "Kế hoạch Tài chính"])
        #expect(c.unit(code: "TTBTXH")?.senders == ["ttbtxh@sldtbxh.example.vn"])
        #expect(c.organisation.superiorBody == "UBND TỈNH BÌNH PHƯỚC")
        #expect(definition.stages == Stage.allCases)
    }

    func failure(_ yaml: String) -> String? {
        do { _ = try PipelineFile.parse(yaml, file: "p.yaml"); return nil } catch { return error.message.vi }
    }

    var valid: String { (try? String(contentsOfFile: Self.example, encoding: .utf8)) ?? "" }

    @Test func anUnknownKeyIsNamedWithItsLine() {
        let yaml = valid.replacingOccurrences(of: "current_year: 2025", with: "current_year: 2025\ncurent_yaer: 2025")
        let line = yaml.components(separatedBy: "\n").firstIndex(of: "curent_yaer: 2025")! + 1
        let message = failure(yaml)
        #expect(message?.contains("p.yaml, dòng \(line)") == true)
        #expect(message?.contains("curent_yaer") == true)
    }

    @Test func aValueOfTheWrongTypeIsNamed() {
        let message = failure(valid.replacingOccurrences(of: "  day: 15", with: "  day: mười lăm"))
        #expect(message?.contains("deadline.day") == true)
        #expect(message?.contains("số nguyên") == true)
    }

    @Test func fixedSeveritiesCannotBeLowered() {
        let message = failure(valid.replacingOccurrences(of: "  M-QUOTA: warning", with: "  F-LATE: warning"))
        #expect(message?.contains("F-LATE") == true)
    }

    @Test func severitiesCanBeRaised() throws {
        let definition = try PipelineFile.parse(valid.replacingOccurrences(of: "  M-QUOTA: warning", with: "  F-NO-TIME: error"), file: "p.yaml")
        #expect(definition.campaign.severity(of: .fNoTime) == .error)
        #expect(definition.campaign.severity(of: .mQuota) == .warning)
    }

    @Test func syntaxErrorsNameTheLine() {
        let message = failure("id: x\norganisation: [unclosed\n")
        #expect(message?.hasPrefix("p.yaml, dòng") == true)
    }

    @Test func aCurrentYearOutsideTheYearsIsRefused() {
        #expect(failure(valid.replacingOccurrences(of: "current_year: 2025", with: "current_year: 2026"))?.contains("2026") == true)
    }

    @Test func aManifestStyleTimeInUnitsIsJustText() throws {
        // Unit names that look like other YAML types stay text.
        let yaml = valid.replacingOccurrences(of: "aliases: [Văn phòng]", with: "aliases: [Văn phòng, 2025-01-01, yes]")
        let definition = try PipelineFile.parse(yaml, file: "p.yaml")
        #expect(definition.campaign.unit(code: "VP")?.aliases == ["Văn phòng", "2025-01-01", "yes"])
    }
}
