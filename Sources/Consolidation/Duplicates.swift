import Foundation
import Campaign
import Sheets
import Nominations

/// `M-DUPLICATE` and `M-LIKELY-DUPLICATE` (domain.md, "Consolidation rules").
enum Duplicates {
    static func mark(_ rows: inout [ConsolidatedRow], context: MatchContext) {
        let candidates = rows.indices.filter { index in
            let row = rows[index]
            return context.inputs[row.input].status == .taken && row.row.name != nil && (row.row.year ?? context.year) == context.year
        }
        let keys = NameKeys(rows, candidates: candidates, context: context)
        let groups = sameNomineeGroups(rows, candidates: candidates, keys: keys)
        var copies = Set<Int>()
        for group in groups where group.count > 1 {
            let kept = group.min { keptBefore($0, $1, rows, context) }!
            for index in group where index != kept {
                copies.insert(index)
                let keptRow = rows[kept].row
                rows[index].findings.append(Finding(rule: .mDuplicate, severity: context.campaign.severity(of: .mDuplicate),
                    message: Message(
                        vi: "Trùng đối tượng: “\(keptRow.name ?? "")” đã được đề nghị ở \(describe(keptRow.location)); bản đó được giữ.",
                        en: "Same nominee: “\(keptRow.name ?? "")” is already proposed at \(describe(keptRow.location, english: true)); that copy is kept."),
                    other: keptRow.location))
            }
        }
        markLookAlikes(&rows, candidates: candidates.filter { !copies.contains($0) }, keys: keys, context: context)
    }

    /// Where a row is, in the message's language: "nguon.xlsx [Trang], dòng 4" or "nguon.xlsx [Sheet], row 4".
    static func describe(_ location: RowLocation, english: Bool = false) -> String {
        location.source + (location.sheet.map { " [\($0)]" } ?? "") + (english ? ", row " : ", dòng ") + "\(location.row)"
    }

    /// The kind family a row is compared within: collectives apart from individuals (unknown kind as individual).
    static func isCollective(_ row: NominationRow) -> Bool { row.kind == .collective }

    /// Names compare after the printing clean-up, NFC and case folding.
    static func nameKey(_ name: String) -> String {
        NameKeys.collapsingSpaces(VietnameseText.composed(name).lowercased())
    }

    /// Names with marks removed (NFD, combining marks dropped, đ → d, case folded).
    static func markless(_ name: String) -> String {
        NameKeys.collapsingSpaces(TextFolding.fold(name))
    }

    static func sameNomineeGroups(_ rows: [ConsolidatedRow], candidates: [Int], keys: NameKeys) -> [[Int]] {
        // Union-find over row indices: each candidate its own root at first.
        var parent = Array(rows.indices)
        func find(_ x: Int) -> Int {
            var root = x
            while parent[root] != root { root = parent[root] }
            var node = x
            while parent[node] != root { let next = parent[node]; parent[node] = root; node = next }
            return root
        }
        func union(_ a: Int, _ b: Int) { let ra = find(a), rb = find(b); if ra != rb { parent[max(ra, rb)] = min(ra, rb) } }

        var buckets: [ExactText: [Int]] = [:]
        for index in candidates {
            guard let key = keys.same[index] else { continue }
            buckets[key, default: []].append(index)
        }
        for (key, members) in buckets {
            if key.text.hasPrefix("i:") {
                for (i, a) in members.enumerated() {
                    for b in members[(i + 1)...] where sameIndividual(rows[a], rows[b]) { union(a, b) }
                }
            } else {
                for b in members.dropFirst() { union(members[0], b) }
            }
        }
        var groups: [Int: [Int]] = [:]
        for index in candidates { groups[find(index), default: []].append(index) }
        return groups.keys.sorted().map { groups[$0]! }
    }

    /// Same name (already bucketed) and the same date of birth when both have one, else the same submitting unit.
    static func sameIndividual(_ a: ConsolidatedRow, _ b: ConsolidatedRow) -> Bool {
        if let da = a.row.birthDate, let db = b.row.birthDate { return da.matches(db) }
        return a.unit != nil && a.unit == b.unit
    }

    /// The copy kept: no error other than `M-*`; then earliest received; then registry order; then input, sheet, row.
    static func keptBefore(_ a: Int, _ b: Int, _ rows: [ConsolidatedRow], _ context: MatchContext) -> Bool {
        let cleanA = !rows[a].findings.contains { $0.severity == .error }, cleanB = !rows[b].findings.contains { $0.severity == .error }
        if cleanA != cleanB { return cleanA }
        let ra = context.inputs[rows[a].input].record.received, rb = context.inputs[rows[b].input].record.received
        if ra != rb {
            switch (ra, rb) {
            case let (x?, y?): return x < y
            case (_?, nil): return true
            default: return false
            }
        }
        let ua = context.registryIndex(of: rows[a].unit), ub = context.registryIndex(of: rows[b].unit)
        if ua != ub { return ua < ub }
        return a < b
    }

    /// Names that differ only in diacritics, with the same date of birth, or the same submitting unit where a
    /// date is missing: both stay, each names the other.
    static func markLookAlikes(_ rows: inout [ConsolidatedRow], candidates: [Int], keys: NameKeys, context: MatchContext) {
        var buckets: [ExactText: [Int]] = [:]
        for index in candidates {
            guard let key = keys.markless[index] else { continue }
            buckets[key, default: []].append(index)
        }
        var found: [(Int, Int)] = []
        for members in buckets.values where members.count > 1 {
            for (i, a) in members.enumerated() {
                for b in members[(i + 1)...] {
                    guard let ka = keys.name[a], let kb = keys.name[b], ka != kb else { continue }
                    let alike: Bool
                    if let da = rows[a].row.birthDate, let db = rows[b].row.birthDate { alike = da.matches(db) }
                    else { alike = rows[a].unit != nil && rows[a].unit == rows[b].unit }
                    if alike { found.append((a, b)) }
                }
            }
        }
        for (a, b) in found.sorted(by: { $0 < $1 }) {
            for (row, other) in [(a, b), (b, a)] {
                let o = rows[other].row
                rows[row].findings.append(Finding(rule: .mLikelyDuplicate, severity: context.campaign.severity(of: .mLikelyDuplicate),
                    message: Message(
                        vi: "Có thể trùng với “\(o.name ?? "")” ở \(describe(o.location)) (tên chỉ khác dấu): đề nghị kiểm tra lại.",
                        en: "Possibly the same nominee as “\(o.name ?? "")” at \(describe(o.location, english: true)) (names differ only in diacritics): please check."),
                    other: o.location))
            }
        }
    }
}

/// Each candidate row's name keys, made once (on all cores: a province has a hundred thousand names).
struct NameKeys {
    /// By row index (nil for rows that are no candidates): the bucket of the same nominee ("u:" unit code,
    /// "c:" collective, "i:" individual + name key), the name key alone (NFC, lower case, spaces collapsed),
    /// and the bucket of names differing only in marks ("c:"/"i:" + markless name).
    let same: [ExactText?]
    let name: [String?]
    let markless: [ExactText?]

    init(_ rows: [ConsolidatedRow], candidates: [Int], context: MatchContext) {
        let made = UnsafeMutableBufferPointer<(same: String, name: String, markless: String)?>.allocate(capacity: candidates.count)
        made.initialize(repeating: nil)
        defer { made.deallocate() }
        nonisolated(unsafe) let slots = made  // each iteration writes its own slot
        DispatchQueue.concurrentPerform(iterations: candidates.count) { position in
            let row = rows[candidates[position]].row
            guard let name = row.name else { return }
            let key = Duplicates.nameKey(name)
            let collective = Duplicates.isCollective(row)
            let same = collective ? (context.recognizer.unit(named: name).map { "u:" + $0.code } ?? "c:" + key) : "i:" + key
            slots[position] = (same, key, (collective ? "c:" : "i:") + Duplicates.markless(name))
        }
        var same = [ExactText?](repeating: nil, count: rows.count), name = [String?](repeating: nil, count: rows.count)
        var markless = [ExactText?](repeating: nil, count: rows.count)
        for (position, index) in candidates.enumerated() {
            guard let keys = made[position] else { continue }
            same[index] = ExactText(keys.same); name[index] = keys.name; markless[index] = ExactText(keys.markless)
        }
        self.same = same; self.name = name; self.markless = markless
    }

    /// White space runs as one space, trimmed: what splitting on white space and joining with a space gives.
    static func collapsingSpaces(_ text: String) -> String {
        // Names come tidied: single ASCII spaces between words. Only text with anything else pays for the split.
        var previousSpace = true
        var simple = true
        for scalar in text.unicodeScalars {
            let isSpace = scalar == " "
            // A mark after a space joins it in one Character, which the split would take for white space.
            if (isSpace && previousSpace) || (!isSpace && VietnameseText.isWhiteSpace(scalar.value))
                || (previousSpace && scalar.value >= 0x80 && scalar.properties.canonicalCombiningClass.rawValue != 0) { simple = false; break }
            previousSpace = isSpace
        }
        if simple && (!previousSpace || text.isEmpty) { return text }
        return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
