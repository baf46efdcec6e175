import Testing
import PropertyBased
@testable import Consolidation

/// The fast white-space collapse of name keys against the plain split-and-join it replaces.
@Suite struct NameKeyTests {
    static func reference(_ text: String) -> String { text.split(whereSeparator: \.isWhitespace).joined(separator: " ") }

    @Test(arguments: ["Nguyễn Văn An", " Nguyễn Văn An", "Nguyễn  Văn An ", "", " ", "Trần\u{00A0}Thị\tBình", "A \u{0301}B", "\u{0301}A",
                      "Lê\u{2003}Văn", "Phạm\nHà", "Đỗ \u{3000} Mai"])
    func collapsesAsSplittingAndJoiningDoes(_ text: String) {
        #expect(Array(NameKeys.collapsingSpaces(text).unicodeScalars) == Array(Self.reference(text).unicodeScalars))
    }

    @Test func anyTextCollapsesAsSplittingAndJoiningDoes() async {
        let pieces: [String] = "aăĐđêơưẠỹ ".map { String($0) } + ["  ", "\u{00A0}", "\t", "\n", "\u{0301}", "\u{0323}", "\u{2003}", "\u{3000}", "\r\n"]
        await propertyCheck(input: Gen.int(in: 0...(pieces.count - 1)).array(of: 0...24)) { indices in
            let text = indices.map { pieces[$0] }.joined()
            #expect(Array(NameKeys.collapsingSpaces(text).unicodeScalars) == Array(Self.reference(text).unicodeScalars))
        }
    }
}
