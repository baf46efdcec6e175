import Campaign
import Foundation

/// What the text around a table says: signature-block labels, total rows, column numbers, section labels,
/// and the kind, award form or year a title, a section or a sheet's name names. Works on repaired text.
enum LayoutText {
    // MARK: Signature block and totals

    /// Words a signature-block label begins with ("Người lập biểu", "THỦ TRƯỞNG ĐƠN VỊ", "KT. GIÁM ĐỐC").
    private static let signatureStarts: [[String]] = [
        ["nguoi", "lap"], ["nguoi", "ky"], ["nguoi", "duyet"], ["nguoi", "tong", "hop"], ["thu", "truong"],
        ["ky", "ten"], ["ky", "ghi", "ro"], ["ky", "va", "ghi"], ["ky", "dong", "dau"], ["xac", "nhan", "cua"],
    ]
    /// Signing prefixes ("KT.", "TM.", "TL.", "Q.", "TUQ.") that must be followed by a title.
    private static let signingPrefixes: Set<String> = ["kt", "tm", "tl", "q", "tuq"]

    /// First words of every signature label, for a quick "no" on ordinary cells.
    private static let signatureFirstWords = Set(signatureStarts.compactMap(\.first)).union(signingPrefixes)

    /// Whether a cell's text is a signature-block label or a place-and-date line.
    static func isSignature(_ text: String, words: [String]) -> Bool {
        guard let first = words.first else { return false }
        guard signatureFirstWords.contains(first) else { return words.contains("ngay") && isPlaceAndDateLine(text, words: words) }
        if signatureStarts.contains(where: { words.starts(with: $0) }) { return true }
        if let first = words.first, signingPrefixes.contains(first), words.count >= 2,
           text.trimmingCharacters(in: .whitespaces).dropFirst(first.count).first.map({ $0 == "." || $0 == " " }) ?? false {
            return words.count <= 6
        }
        return isPlaceAndDateLine(text, words: words)
    }

    /// "Bình Phước, ngày 05 tháng 12 năm 2025", "ngày … tháng … năm …": "ngày", then "tháng", then "năm", with
    /// at most a short place name and a comma before "ngày" (so a decision "Quyết định số 12 ngày …" is not one).
    static func isPlaceAndDateLine(_ text: String, words: [String]) -> Bool {
        guard let day = words.firstIndex(of: "ngay"),
              let month = words[day...].firstIndex(of: "thang"),
              words[month...].contains("nam") else { return false }
        if day == 0 { return true }
        let place = words[..<day]
        guard place.count <= 5, place.allSatisfy({ $0.allSatisfy(\.isLetter) }) else { return false }
        let folded = TextFolding.fold(text)
        guard let dayRange = folded.range(of: "ngay") else { return false }
        return folded[..<dayRange.lowerBound].trimmingCharacters(in: .whitespaces).hasSuffix(",")
    }

    /// Whether a cell's text opens a total row: "Tổng cộng", "Tổng số", "Cộng: 5", "Cộng: 03 tập thể, 04 cá
    /// nhân", "Tổng 5" — but not "Công an phường" nor "Cộng đồng …".
    static func isTotal(_ text: String, words: [String]) -> Bool {
        guard let first = words.first, first == "tong" || first == "cong" else { return false }
        if words.starts(with: ["tong", "cong"]) || words.starts(with: ["tong", "so"]) { return true }
        let lowered = text.lowercased().drop { !$0.isLetter }
        let firstWord = String(lowered.prefix { $0.isLetter })
        let after = lowered.dropFirst(firstWord.count).drop { $0 == " " }
        // With its marks the word is "cộng"/"tổng", never "công" (String comparison is canonical, so NFD text
        // matches too): then a colon, a figure or nothing follows. Typed without marks, only a colon tells.
        if firstWord == "tổng" || firstWord == "cộng" { return after.isEmpty || after.first == ":" || after.first?.isNumber == true }
        return after.first == ":"
    }

    // MARK: Column numbers and enumerators

    /// The number of a column-number cell: "3", "(3)", or "(5)=(3)+(4)"; nil for anything else.
    static func columnNumber(_ text: String) -> Int? {
        let trimmed = text.trimming(.whitespaces)
        if let value = Int(trimmed) { return value }
        guard trimmed.hasPrefix("("), let close = trimmed.firstIndex(of: ")") else { return nil }
        let inner = trimmed[trimmed.index(after: trimmed.startIndex)..<close]
        let rest = trimmed[trimmed.index(after: close)...]
        guard let value = Int(inner), rest.allSatisfy({ !$0.isLetter }) else { return nil }
        return value
    }

    private static let columnLetterPunctuation = ASCIITrimSet(" ()")
    private static let enumeratorPunctuation = ASCIITrimSet(" .)-:")

    /// The position of a column-letter cell: "A" → 1, "(B)" → 2; nil for anything else.
    static func columnLetter(_ text: String) -> Int? {
        let core = text.trimming(columnLetterPunctuation)
        guard core.count == 1, let scalar = core.unicodeScalars.first, ("A"..."Z").contains(scalar) else { return nil }
        return Int(scalar.value) - 64
    }

    /// Whether a whole cell is a section enumerator: a Roman numeral ("I", "II", "IV.") or one capital letter ("A", "B.").
    static func isEnumerator(_ text: String) -> Bool {
        let core = text.trimming(enumeratorPunctuation)
        return !core.isEmpty && (isRomanNumeral(core) || isLetterEnumerator(core))
    }

    /// The text after a leading section enumerator ("I. TẬP THỂ" → "TẬP THỂ"); nil when it has none.
    static func droppingEnumerator(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let mark = trimmed.firstIndex(where: { $0 == "." || $0 == ")" || $0 == "/" || $0 == "-" }) else { return nil }
        let head = String(trimmed[..<mark])
        guard !head.isEmpty, isRomanNumeral(head) || isLetterEnumerator(head) else { return nil }
        let rest = trimmed[trimmed.index(after: mark)...].trimmingCharacters(in: .whitespaces)
        return rest.isEmpty ? nil : rest
    }

    private static func isRomanNumeral(_ text: String) -> Bool {
        text.count <= 5 && text.allSatisfy { "IVXL".contains($0) }
    }

    private static func isLetterEnumerator(_ text: String) -> Bool {
        text.count == 1 && text.allSatisfy { $0.isUppercase && $0.isASCII }
    }

    // MARK: Kind, award form, year

    /// The kind a text names: "tập thể" → collective, "cá nhân" → individual; naming both (or neither) → nil.
    static func kind(in words: [String]) -> NomineeKind? {
        let collective = contains(["tap", "the"], in: words)
        let individual = contains(["ca", "nhan"], in: words)
        if collective == individual { return nil }
        return collective ? .collective : .individual
    }

    /// The kind a name column's header implies: "Họ và tên" a person, "Tên tập thể"/"Tên đơn vị" a
    /// collective; both (or neither) → nil.
    static func headerKind(_ words: [String]) -> NomineeKind? {
        let person = HeaderMatcher.span(of: ["ho", "ten"], in: words, adjacentOnly: false) != nil || contains(["ca", "nhan"], in: words)
        let collective = contains(["tap", "the"], in: words) || contains(["don", "vi"], in: words) || contains(["co", "quan"], in: words)
        if person == collective { return nil }
        return person ? .individual : .collective
    }

    /// The award form a text names, by the campaign's award names and aliases as whole runs of words; the
    /// longest run wins, a tie between two forms names none.
    static func award(in words: [String], campaign: Campaign) -> String? {
        var best: (id: String, length: Int)?
        var tie = false
        for award in campaign.awards {
            for name in [award.name] + award.aliases {
                let run = TextFolding.tokens(name)
                guard !run.isEmpty, contains(run, in: words) else { continue }
                if let current = best {
                    if run.count > current.length { best = (award.id, run.count); tie = false }
                    else if run.count == current.length && current.id != award.id { tie = true }
                } else {
                    best = (award.id, run.count)
                }
            }
        }
        return tie ? nil : best?.id
    }

    /// The year a title names: "năm 2025" (the word "năm" then a year), never a place-and-date line's year.
    static func titleYear(_ text: String, words: [String]) -> Int? {
        guard !isPlaceAndDateLine(text, words: words) else { return nil }
        for index in words.indices.dropLast() where words[index] == "nam" {
            if let year = HeaderWords.year(of: words[index + 1]) { return year }
        }
        return nil
    }

    /// Whether `run` occurs in `words` as adjacent words.
    static func contains(_ run: [String], in words: [String]) -> Bool {
        guard !run.isEmpty, run.count <= words.count else { return false }
        return (0...(words.count - run.count)).contains { Array(words[$0..<$0 + run.count]) == run }
    }

    // MARK: Sheets

    /// Folded word runs that mark a sheet as instructions or lists ("Hướng dẫn", "HD", "Danh mục", "DM", "Instructions").
    private static let instructionSheetStarts: [[String]] = [
        ["huong", "dan"], ["hd"], ["hdsd"], ["danh", "muc"], ["dm"], ["instructions"], ["instruction"], ["huongdan"],
        ["danhmuc"], ["list"], ["lists"],
    ]

    /// Whether a sheet's name says it holds instructions or lists, not nominations.
    static func isInstructionSheet(_ name: String) -> Bool {
        let words = TextFolding.tokens(name)
        return instructionSheetStarts.contains { words.starts(with: $0) }
    }
}
