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
