import Foundation
import Testing
@testable import Sheets

/// The hand-written tokenizer: the same tokens whatever the chunk boundaries.
@Suite("XLSX XML tokenizer")
struct XLSXTokenizerTests {
    static let document = #"<?xml version="1.0" encoding="UTF-8"?><!-- a comment > with < signs --><x:worksheet xmlns:x="urn:x" a='q">'>"#
        + #"<x:sheetData><row r="1"><c r="A1" t="inlineStr"><is><t xml:space="preserve"> Trần &amp; Lê &#x1EA0;&#7840; </t></is></c>"#
        + #"<c r="B1"><v>12.5</v></c><c r="C1" t="inlineStr"><is><t><![CDATA[<raw> & ]]]]></t></is></c></row><?pi data?>"#
        + #"<row r="2"/></x:sheetData></x:worksheet>"#

    /// Every token as text: kind, local name or decoded content.
    static func tokens(chunkSize: Int) throws -> [String] {
        var book = XLSXTestWorkbook()
        book.add("part.xml", document)
        let archive = try ZipArchive(bytes: book.zipped())
        let entry = try #require(archive.entry(named: "part.xml"))
        var result: [String] = []
        try XMLPartScanner.scan(archive, entry, limits: .default, chunkSize: chunkSize) { token, window in
            switch token.kind {
            case .text, .cdata:
                var bytes: [UInt8] = []
                XMLText.appendDecoded(window.base, token.start, token.end, to: &bytes, isCDATA: token.kind == .cdata)
                result.append("\(token.kind):\(String(decoding: bytes, as: UTF8.self))")
            default:
                var attributes: [String] = []
                window.forEachAttribute(of: token) { name, start, end in
                    attributes.append(String(decoding: name, as: UTF8.self) + "=" + window.string(start, end))
                }
                result.append("\(token.kind):\(window.string(token.start, token.end))\(attributes)")
            }
        }
        return result
    }

    @Test("tokens, names without prefixes, decoded text and attributes")
    func wholeDocument() throws {
        let tokens = try Self.tokens(chunkSize: 1 << 16)
        #expect(tokens.first == #"startTag:worksheet["x=urn:x", "a=q\">"]"#)
        #expect(tokens.contains("text: Trần & Lê ẠẠ "))
        #expect(tokens.contains("cdata:<raw> & ]]"))
        #expect(tokens.contains(#"emptyTag:row["r=2"]"#))
        #expect(tokens.last == "endTag:worksheet[]")
        #expect(tokens.count == 26)  // by hand: 11 start tags, 11 end tags, 2 texts, 1 CDATA, 1 empty tag
    }

    @Test("chunk boundaries anywhere give the same tokens", arguments: [1, 2, 3, 5, 7, 11, 64])
    func chunkBoundaries(chunkSize: Int) throws {
        #expect(try Self.tokens(chunkSize: chunkSize) == Self.tokens(chunkSize: 1 << 16))
    }
}
