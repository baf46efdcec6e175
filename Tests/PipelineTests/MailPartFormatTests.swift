import Foundation
import Testing
import Campaign
import Inbox
@testable import Pipeline

/// A mail part that only its content type names as a spreadsheet (an unnamed `text/csv` attachment) is read as
/// one: intake's format goes with the bytes to the reader, which cannot tell it from a name like `part2`.
@Suite struct MailPartFormatTests {
    @Test func anUnnamedCSVAttachmentIsReadByItsContentType() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mailpart-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = "STT,Họ và tên,Ngày sinh,Chức vụ,Xếp loại năm 2025,Kỷ luật,Hình thức đề nghị khen thưởng\r\n"
            + "1,Nguyễn Văn An,05/06/1982,Chuyên viên,Hoàn thành xuất sắc nhiệm vụ,Không,Giấy khen của Giám đốc Sở\r\n"
        let message = "From: khtc@example.vn\r\nTo: vp@example.vn\r\nSubject: De nghi\r\nDate: Fri, 05 Dec 2025 09:00:00 +0700\r\n"
            + "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b\"\r\n\r\n"
            + "--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nKính gửi.\r\n"
            + "--b\r\nContent-Type: text/csv; charset=utf-8\r\nContent-Disposition: attachment\r\nContent-Transfer-Encoding: base64\r\n\r\n"
            + Data(csv.utf8).base64EncodedString(options: .lineLength76Characters) + "\r\n--b--\r\n"
        let path = folder.appendingPathComponent("khtc.eml")
        try Data(message.utf8).write(to: path)

        let campaign = try PipelineFile.load(path: PipelineFileTests.example).campaign
        let items = try Inbox.collect(paths: [path.path], limits: campaign.limits, utcOffsetSeconds: campaign.utcOffsetSeconds)
        let sheet = try #require(items.first { $0.source.hasSuffix("#part2") })
        let record = InputReading.record(for: sheet, campaign: campaign, year: 2025, recognizer: UnitRecognizer(units: campaign.units))
        #expect(record.failure == nil)
        #expect(record.rows.map(\.name) == ["Nguyễn Văn An"])
    }
}
