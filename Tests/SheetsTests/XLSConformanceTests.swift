import Foundation
import Testing
@testable import Sheets

@Suite("XLS conformance")
struct XLSConformanceTests {
    @Test(arguments: XLSCorpus.filesWithCells)
    func matchesOracle(file: String) throws {
        let differences = try XLSCorpus.differences(file)
        for (key, text) in differences.sorted(by: { $0.key < $1.key }).prefix(20) { print("DIFF \(file) \(key): \(text)") }
        #expect(differences.isEmpty, "\(file): \(differences.count) cells differ")
    }
}
