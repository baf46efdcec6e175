/// A value per field, at most one each: an array indexed by the field's position. Rows are read through
/// several such tables (cells, columns, texts), a hundred thousand rows a province, and a dictionary would hash
/// on every look-up.
///
/// Inlinable, so that each module that reads rows gets it specialised for its value type rather than calling
/// the generic code through metadata on every access.
@frozen public struct FieldMap<Value> {
    @usableFromInline var slots: [Value?]

    @inlinable public init() { slots = Array(repeating: nil, count: Field.count) }

    public init(_ dictionary: [Field: Value]) {
        self.init()
        for (field, value) in dictionary { self[field] = value }
    }

    @inlinable public subscript(field: Field) -> Value? {
        get { slots[field.ordinal] }
        _modify { yield &slots[field.ordinal] }
    }

    /// The fields that have a value, in `Field.allCases` order.
    public var fields: [Field] { Field.allCases.filter { slots[$0.ordinal] != nil } }
}

extension FieldMap: ExpressibleByDictionaryLiteral {
    public init(dictionaryLiteral elements: (Field, Value)...) {
        self.init()
        for (field, value) in elements { self[field] = value }
    }
}

extension FieldMap: Sendable where Value: Sendable {}
extension FieldMap: Equatable where Value: Equatable {}
