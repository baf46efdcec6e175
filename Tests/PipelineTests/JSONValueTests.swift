import Foundation
import PropertyBased
import Testing
@testable import Pipeline

@Suite struct JSONValueTests {
    @Test func keysKeepTheirOrderAndTextIsEscaped() {
        let value = JSONValue.object([("z", .int(1)), ("a", .string("Trần \"B\"\n\u{01}")), ("n", .null), ("d", .double(15.0))])
        #expect(value.serialized() == #"{"z":1,"a":"Trần \"B\"\n\u0001","n":null,"d":15}"#)
    }

    @Test func prettyOutputIndentsByTwoSpaces() {
        let value = JSONValue.object([("a", .array([.bool(true)])), ("b", .object([]))])
        #expect(value.serialized(pretty: true) == "{\n  \"a\": [\n    true\n  ],\n  \"b\": {}\n}")
    }
}

/// Escaping checked by an independent reader: whatever the text, Foundation's JSON parser reads back the same
/// text, and no raw control, U+2028 or U+2029 is left in the output.
@Suite struct JSONEscapeTests {
    @Test func anyTextReadsBackTheSame() async throws {
        let pieces = ["a", "Đạt", "“", "”", "–", "\"", "\\", "\n", "\r", "\t", "\u{01}", "\u{1F}", "\u{2028}", "\u{2029}", "\u{2027}", "€", "😀", " "]
        await propertyCheck(input: Gen.int(in: 0...(pieces.count - 1)).array(of: 0...12)) { indices in
            let text = indices.map { pieces[$0] }.joined()
            let json = JSONValue.array([.string(text)]).serialized()
            #expect(!json.unicodeScalars.contains { $0.value < 0x20 || $0 == "\u{2028}" || $0 == "\u{2029}" })
            let read = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String]
            #expect(read == [text])
        }
    }
}
