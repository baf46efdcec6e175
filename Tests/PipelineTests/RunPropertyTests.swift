import Foundation
import Testing
import PropertyBased

/// The run's invariants over generated inboxes (units, arrival days around the 15/12 deadline, resends of
/// identical files, resubmissions, unreadable files, files without a table, text that looks like formulas),
/// each checked through the real `khenthuong run`. Few cases per property: each case is a whole run.
@Suite struct RunPropertyTests {
    static let file = zip(Gen.int(in: 0...4), Gen.int(in: 1...18), Gen.int(in: 0...5), Gen.int(in: 0...5))
        .map { GeneratedFile(folder: $0, day: $1, kind: $2, content: $3) }
    static let inbox = file.array(of: 1...7)

    /// Statuses whose inputs' rows are all reported (cli-contract.md).
    static let reportedStatuses: Set<String> = ["taken", "late", "unknown-unit", "superseded"]

    @Test func everyDataRowOfAReportedInputIsInTheReportExactlyOnce() async {
        await propertyCheck(count: 10, input: Self.inbox) { files in
            let inbox = try PropertyInbox(files)
            defer { inbox.cleanUp() }
            let run = try inbox.run()
            #expect(run.status == 0, "\(run.stderr)")
            let report = try PropertyInbox.report(run.out)
            let inputs = report["inputs"] as? [[String: Any]] ?? []
            #expect(inputs.map { $0["source"] as? String ?? "" }.sorted() == inbox.sources.sorted(), "every file is an input once")
            var expected: [String] = []
            for input in inputs {
                let source = input["source"] as? String ?? ""
                guard Self.reportedStatuses.contains(input["status"] as? String ?? "") else { continue }
                #expect(inbox.dataRows[source] != nil, "\(source) is \(input["status"] ?? "") but holds no table")
                expected += (inbox.dataRows[source] ?? []).map { "\(source)#\($0)" }
            }
            let rows = (report["rows"] as? [[String: Any]] ?? []).map { "\($0["source"] as? String ?? "")#\($0["row"] as? Int ?? -1)" }
            #expect(rows.sorted() == expected.sorted())
            #expect(Set(rows).count == rows.count, "no row twice")
            // Every good file's input is reported whatever else arrived; junk and table-less files never are.
            for (source, _) in inbox.dataRows {
                let status = inputs.first { $0["source"] as? String == source }?["status"] as? String ?? ""
                #expect(!["unreadable", "no-table"].contains(status), "\(source) is \(status)")
            }
        }
    }

    @Test func noCellTextBecomesAFormulaInAnyOutputWorkbook() async {
        await propertyCheck(count: 6, input: Self.inbox) { files in
            let inbox = try PropertyInbox(files)
            defer { inbox.cleanUp() }
            let run = try inbox.run()
            #expect(run.status == 0, "\(run.stderr)")
            let workbooks = PropertyInbox.files(under: run.out).filter { $0.key.hasSuffix(".xlsx") }
            #expect(!workbooks.isEmpty)
            var sawFormulaText = false
            for (path, bytes) in workbooks {
                for (part, xml) in try PropertyInbox.worksheetXML(bytes) {
                    #expect(!xml.contains("<f>") && !xml.contains("<f "), "\(path) \(part) holds a formula")
                    sawFormulaText = sawFormulaText || xml.contains("=1+1") || xml.contains("HYPERLINK") || xml.contains("+SUM(A1)")
                        || xml.contains("@x") || xml.contains("-2+3")
                }
            }
            // When a nomination file was read, its formula-like text reached some workbook — as text.
            if !inbox.dataRows.isEmpty { #expect(sawFormulaText, "the formula-like text was written as text somewhere") }
        }
    }

    @Test func theSameInboxGivesTheSameBytes() async {
        await propertyCheck(count: 4, input: Self.inbox) { files in
            let inbox = try PropertyInbox(files)
            defer { inbox.cleanUp() }
            let first = try inbox.run(out: "a"), second = try inbox.run(out: "b")
            #expect(first.status == 0 && second.status == 0)
            let a = PropertyInbox.files(under: first.out), b = PropertyInbox.files(under: second.out)
            #expect(a.keys.sorted() == b.keys.sorted())
            #expect(a["report.json"] != nil)
            for (path, bytes) in a { #expect(b[path] == bytes, "\(path) differs between two runs") }
        }
    }

    @Test func renamingFilesWithTheirTimesChangesNoStatus() async {
        await propertyCheck(count: 6, input: Self.inbox, Gen.int(in: 1...1000)) { files, salt in
            let a = try PropertyInbox(files)
            defer { a.cleanUp() }
            // The same files under other names (a permutation of the name order), same bytes and times.
            let b = try PropertyInbox(files) { "z\((($0 + 1) * salt * 7919) % 100_003)-\($0)" }
            defer { b.cleanUp() }
            let runA = try a.run(), runB = try b.run()
            #expect(runA.status == 0 && runB.status == 0)
            let reportA = try PropertyInbox.report(runA.out), reportB = try PropertyInbox.report(runB.out)
            func statuses(_ report: [String: Any], _ inbox: PropertyInbox) -> [String] {
                let inputs = report["inputs"] as? [[String: Any]] ?? []
                let rows = report["rows"] as? [[String: Any]] ?? []
                return inbox.sources.enumerated().map { index, source in
                    let input = inputs.first { $0["source"] as? String == source }?["status"] as? String ?? "missing"
                    let rowStatuses = rows.filter { $0["source"] as? String == source }
                        .map { "\($0["row"] as? Int ?? -1)=\($0["status"] as? String ?? "")" }
                    return "file \(index): \(input) \(rowStatuses.joined(separator: " "))"
                }
            }
            #expect(statuses(reportA, a) == statuses(reportB, b))
        }
    }
}
