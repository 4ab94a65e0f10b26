public import Diagnostics
public import OpenAPIModel

/// A type the SDK declares: an object, an enum, a union, or an alias of another type.
public struct NamedType: Sendable, Equatable {
    /// The Swift name, unique among the API's types.
    public var name: String
    /// The name in the document (component name, or the position an inline schema was found at).
    public var originalName: String
    /// What the type is: object, enumeration, union or alias.
    public var kind: TypeKind
    /// The schema's `title`.
    public var title: String?
    /// The schema's `description`.
    public var description: String?
    /// True when the schema is deprecated.
    public var deprecated: Bool
    /// Part of a reference cycle (directly, mutually, or through arrays and maps).
    public var isRecursive: Bool
    /// Part of a cycle through non-collection properties: a value type must store it indirectly (boxed).
    public var needsIndirection: Bool
    /// An `example` of the schema, if the document gives one.
    public var example: JSONValue?
    /// Where the schema was written.
    public var location: SourceLocation
    /// For an alias, what its schema requires of values beyond their type, with the constraints of the type it
    /// aliases merged in (see `ValueConstraints`); `nil` when nothing is required.
    public var constraints: ValueConstraints? = nil
}

/// What a named type is.
public enum TypeKind: Sendable, Equatable {
    case object(ObjectType)
    case enumeration(EnumType)
    case union(UnionType)
    case alias(TypeRef)
}

/// A struct-like type with named properties.
public struct ObjectType: Sendable, Equatable {
    /// The properties, in document order, `allOf` members merged.
    public var properties: [Property]
    /// Extra keys allowed beside the properties: `nil` when none are described, else their value type.
    public var additionalProperties: TypeRef?
}

/// One property of an object.
public struct Property: Sendable, Equatable {
    /// The Swift name, unique within its type.
    public var name: String
    /// The key in JSON.
    public var jsonName: String
    /// The value's type; `.nullable` when `null` is allowed.
    public var type: TypeRef
    /// Must be present in JSON.
    public var isRequired: Bool
    /// True for `readOnly`: sent by the server only.
    public var isReadOnly: Bool
    /// True for `writeOnly`: sent by the client only.
    public var isWriteOnly: Bool
    /// True when the property is deprecated.
    public var isDeprecated: Bool
    /// The property's `description` (or its reference's 3.1 `description`).
    public var description: String?
    /// The `default` the schema gives, applied when the key is absent.
    public var defaultValue: JSONValue?
    /// Where the property's key is written.
    public var location: SourceLocation
    /// What the property's schema requires of its value beyond its type, with the constraints of an alias it
    /// refers to merged in; `nil` when nothing is required.
    public var constraints: ValueConstraints? = nil
}

/// An enumeration of string or integer values.
public struct EnumType: Sendable, Equatable {
    /// The JSON type of the values.
    public enum RawType: String, Sendable, Equatable {
        case string, integer
    }

    /// One value and its Swift case name.
    public struct Case: Sendable, Equatable {
        /// The Swift case name.
        public var name: String
        /// The value as the document lists it.
        public var value: JSONValue
    }

    /// Whether the values are strings or integers.
    public var rawType: RawType
    /// The values, in document order.
    public var cases: [Case]
    /// `null` is one of the allowed values.
    public var allowsNull: Bool
}

/// A `oneOf` / `anyOf`: the value is one of several types.
public struct UnionType: Sendable, Equatable {
    /// One alternative.
    public struct Case: Sendable, Equatable {
        /// The Swift case name.
        public var name: String
        /// The type of a value of this alternative.
        public var type: TypeRef
        /// Discriminator values that select this case (explicit mapping first, then the schema's name).
        public var discriminatorValues: [String]
    }

    /// The alternatives, in document order.
    public var cases: [Case]
    /// The property whose value names the case, when the schema declares a discriminator.
    public var discriminatorProperty: String?
    /// `anyOf` (several cases may match) rather than `oneOf`.
    public var isAnyOf: Bool
}
