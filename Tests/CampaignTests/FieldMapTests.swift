import Testing
import PropertyBased
import Campaign

/// `FieldMap` holds what a dictionary keyed by field would.
@Suite struct FieldMapTests {
    @Test func behavesAsADictionary() async {
        let fields = Field.allCases
        await propertyCheck(input: zip(Gen.int(in: 0...(fields.count - 1)), Gen.int(in: -1...5)).array(of: 0...30)) { edits in
            var map = FieldMap<Int>(), dictionary: [Field: Int] = [:]
            for (index, value) in edits {
                let field = fields[index]
                map[field] = value < 0 ? nil : value
                dictionary[field] = value < 0 ? nil : value
            }
            #expect(fields.allSatisfy { map[$0] == dictionary[$0] })
            #expect(map.fields == fields.filter { dictionary[$0] != nil })
            #expect(FieldMap(dictionary) == map)
        }
    }
}

/// `Field.count` is read off the last case: it must stay the number of cases when a field is added.
@Test func fieldCountIsTheNumberOfCases() {
    #expect(Field.count == Field.allCases.count)
    #expect(Field.allCases.map(\.ordinal) == Array(0..<Field.count))
}
