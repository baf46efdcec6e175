import Foundation
import Sheets

/// One input found inside a zip: a spreadsheet member, or a member (or nested zip) that could not be read.
struct ZipMember {
    /// The steps after the zip's own source: `DS.xlsx`, `bieu-mau/nested.zip#inner.csv`.
    var path: String
    /// The member's file name without its folders, to tell its format.
    var fileName: String
    var bytes: Data
    var content: InboxItem.Content
}

/// Opens zips sent as a parcel of sheets (`ho-so.zip`) with the Sheets module's `ZipArchive`, under the same
/// safety limits as the XLSX reader. Entry names are only names: `../../x.csv` is a source step, never a path.
enum ZipIntake {
    /// A zip inside a zip is opened; one more level is refused (no dossier needs it, a zip bomb might).
    static let maxDepth = 2

    /// The inputs inside a zip; `.success([])` when it holds no spreadsheet (then it is not an input).
    /// `depth` is 1 for a zip found in the inbox or attached to a message.
    static func members(of bytes: Data, limits: SafetyLimits, depth: Int = 1) -> Result<[ZipMember], UnreadableFile> {
        let archive: ZipArchive
        do {
            archive = try ZipArchive(bytes: bytes, limits: limits)
        } catch {
            return .failure(error)
        }
        var names = UniqueNames()
        var found: [ZipMember] = []
        let entries = archive.entries
            .filter { entry in !entry.name.hasSuffix("/") && !isHidden(entry.name) }
            .map { (entry: $0, name: SourceText.nfc($0.name)) }
            .sorted { SourceText.byteOrder($0.name, $1.name) }
        for (entry, rawName) in entries {
            let name = names.claim(rawName)
            let fileName = SourceText.baseName(rawName)
            let byName = Spreadsheets.detectFormat(bytes: Data(), fileName: fileName)
            let isZip = SourceText.fileExtension(fileName) == "zip"
            if entry.uncompressedSize > limits.maxFileBytes {
                if byName != nil || isZip { found.append(unreadable(name, fileName, SizeLimit.fileTooLarge(limits.maxFileBytes))) }
                continue
            }
            let data: Data
            do {
                data = try archive.read(entry)
            } catch {
                // A member we cannot inflate matters only if it claims to be a sheet (or a zip of them).
                if byName != nil || isZip { found.append(unreadable(name, fileName, error)) }
                continue
            }
            if let format = Spreadsheets.detectFormat(bytes: data, fileName: fileName) {
                found.append(ZipMember(path: name, fileName: fileName, bytes: data, content: .spreadsheet(format)))
            } else if isZip {
                guard depth < maxDepth else {
                    found.append(unreadable(name, fileName, UnreadableFile(
                        vi: "Tệp nén lồng quá sâu (zip trong zip trong zip): hãy gửi các bảng tính trực tiếp.",
                        en: "Zips nested too deep (a zip in a zip in a zip): send the spreadsheets directly.")))
                    continue
                }
                switch members(of: data, limits: limits, depth: depth + 1) {
                case .failure(let reason):
                    found.append(unreadable(name, fileName, reason))
                case .success(let inner):
                    found.append(contentsOf: inner.map { member in
                        var member = member
                        member.path = name + "#" + member.path
                        return member
                    })
                }
            }
        }
        return .success(found)
    }

    /// Dot names, macOS resource forks (`__MACOSX/`), Office owner files and Windows junk, at any depth.
    /// `.` and `..` steps are not hidden names: `../../x.csv` is an entry like any other.
    static func isHidden(_ name: String) -> Bool {
        name.split(whereSeparator: { $0 == "/" || $0 == "\\" })
            .contains { $0 != "." && $0 != ".." && FolderWalk.isSkipped(String($0)) }
    }

    private static func unreadable(_ path: String, _ fileName: String, _ reason: UnreadableFile) -> ZipMember {
        ZipMember(path: path, fileName: fileName, bytes: Data(), content: .unreadable(reason))
    }
}
