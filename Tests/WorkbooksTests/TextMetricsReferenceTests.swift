import Testing
import PropertyBased
@testable import Workbooks

/// The byte-wise line count against the plain scalar-by-scalar count it replaced.
@Suite struct TextMetricsReferenceTests {
    static func referenceLineCount(of text: String, width: Double, size: Double) -> Int {
        let scale = size * 96 / 72
        let available = max(10, width * TextMetrics.pixelsPerUnit + TextMetrics.columnPadding - TextMetrics.cellInset) / scale
        let space = TextMetrics.emWidth(of: " ")
        var lines = 1, used = 0.0, word = 0.0
        func place() {
            guard word > 0 else { return }
            if used > 0 && used + space + word <= available { used += space + word } else {
                if used > 0 { lines += 1 }
                let extra = max(0, Int((word / available).rounded(.up)) - 1)
                lines += extra
                used = word - Double(extra) * available
            }
            word = 0
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case " ": place()
            case "\n": place(); lines += 1; used = 0
            default: word += TextMetrics.emWidth(of: scalar)
            }
        }
        place()
        return lines
    }

    @Test func anyTextCountsAsTheReference() async {
        let pieces: [String] = "aAwWmM iIlđĐẫỮơƯ0.,".map { String($0) } + [" ", "  ", "\n", "e\u{0301}", "“", "—", "中", "😀", "\u{00A0}", "Nguyễn Văn An"]
        await propertyCheck(input: zip(Gen.int(in: 0...(pieces.count - 1)).array(of: 0...60), Gen.int(in: 4...60))) { indices, width in
            let text = indices.map { pieces[$0] }.joined()
            #expect(TextMetrics.lineCount(of: text, width: Double(width), size: 12) == Self.referenceLineCount(of: text, width: Double(width), size: 12))
        }
    }
}
