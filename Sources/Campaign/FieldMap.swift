/// A value per field, at most one each: an array indexed by the field's position. Rows are read through
/// several such tables (cells, columns, texts), a hundred thousand rows a province, and a dictionary would hash
/// on every look-up.
public struct FieldMap<Value> {
    private var slots: [Value?] = Array(repeating: nil, count: Field.allCases.count)

    public init() {}

    public init(_ dictionary: [Field: Value]) {
        for (field, value) in dictionary { self[field] = value }
    }

    public subscript(field: Field) -> Value? {
        get { slots[field.ordinal] }
        set { slots[field.ordinal] = newValue }
    }

    /// The fields that have a value, in `Field.allCases` order.
    public var fields: [Field] { Field.allCases.filter { slots[$0.ordinal] != nil } }
}

extension FieldMap: ExpressibleByDictionaryLiteral {
    public init(dictionaryLiteral elements: (Field, Value)...) {
        for (field, value) in elements { self[field] = value }
    }
}

extension FieldMap: Sendable where Value: Sendable {}
extension FieldMap: Equatable where Value: Equatable {}
