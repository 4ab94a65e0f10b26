/// A use of a type: a named type of the API, a Swift primitive, or a collection of them.
///
/// Only the cases that contain a `TypeRef` are boxed; named types and primitives, by far the most common, are
/// stored inline and cost no allocation.
public enum TypeRef: Sendable, Hashable, CustomStringConvertible {
    /// A type declared by the API, by its Swift name.
    case named(String)
    case primitive(Primitive)
    indirect case array(TypeRef)
    /// A dictionary keyed by string.
    indirect case map(TypeRef)
    /// The value may be `null` (3.0 `nullable`, 3.1 `type: [X, 'null']`, `oneOf: [X, {type: 'null'}]`).
    indirect case nullable(TypeRef)
    /// Any JSON value.
    case anyJSON

    /// The type without its `nullable` wrapper.
    public var nonNullable: TypeRef {
        if case .nullable(let wrapped) = self { return wrapped.nonNullable }
        return self
    }

    /// True when `null` is allowed.
    public var isNullable: Bool {
        if case .nullable = self { return true }
        return false
    }

    /// The named types this use mentions.
    public var namedTypes: [String] {
        switch self {
        case .named(let name): [name]
        case .array(let element), .map(let element), .nullable(let element): element.namedTypes
        case .primitive, .anyJSON: []
        }
    }

    /// The type in a short notation for messages and tests (`[String: Pet]?`).
    public var description: String {
        switch self {
        case .named(let name): name
        case .primitive(let primitive): primitive.rawValue
        case .array(let element): "[\(element)]"
        case .map(let value): "[String: \(value)]"
        case .nullable(let wrapped): "\(wrapped)?"
        case .anyJSON: "JSON"
        }
    }
}

/// Scalar types, chosen from a schema's `type` and `format`.
public enum Primitive: String, Sendable, Hashable, CaseIterable {
    case string
    case int
    case int32
    case int64
    case double
    case float
    /// A decimal number (`format: decimal`, or `number` when the generator is told to use `Decimal`).
    case decimal
    /// A plain `number` without format: `Double` by default, `Decimal` when configured.
    case number
    case bool
    /// `format: date`: a calendar date without time zone.
    case date
    /// `format: date-time`.
    case dateTime
    case uuid
    case uri
    /// `format: byte`: base64 text carrying bytes.
    case base64
    /// `format: binary`: raw bytes (bodies and multipart parts).
    case binary
}
