public import Diagnostics

/// A JSON Schema as written in an OpenAPI document, in the 3.0 dialect (`nullable`, boolean `exclusiveMinimum`)
/// or the 3.1 dialect (type arrays, `const`, `$defs`, `prefixItems`, `$ref` with siblings).
///
/// Keywords plexus-gen does not use yet (`if`/`then`/`else`, `dependentSchemas`, `unevaluated*`, ...) are kept
/// as raw JSON in `otherKeywords` so nothing in the document is lost.
public struct JSONSchema: Sendable, Equatable {
    /// `true` or `false` written where a schema is expected (3.1): accept anything or nothing.
    public var booleanSchema: Bool?
    /// `$ref`. In 3.0 it replaces every sibling; in 3.1 siblings apply too.
    @Boxed public var ref: Reference? = nil
    /// The `type` keyword: empty for any type, one entry for `type: string`, several for a 3.1 type array.
    public var types: [JSONType] = []
    public var format: String?
    public var title: String?
    public var description: String?

    /// Object keywords.
    public var properties = OrderedMap<JSONSchema>()
    /// Required property names, each with where it was written.
    public var required: [LocatedString] = []
    @Boxed public var additionalProperties: AdditionalProperties? = nil
    public var patternProperties = OrderedMap<JSONSchema>()
    @Boxed public var propertyNames: JSONSchema? = nil
    public var minProperties: Int?
    public var maxProperties: Int?

    /// Array keywords.
    @Boxed public var items: JSONSchema? = nil
    public var prefixItems: [JSONSchema] = []
    public var minItems: Int?
    public var maxItems: Int?
    public var uniqueItems = false

    /// Composition.
    public var allOf: [JSONSchema] = []
    public var oneOf: [JSONSchema] = []
    public var anyOf: [JSONSchema] = []
    @Boxed public var not: JSONSchema? = nil
    @Boxed public var discriminator: Discriminator? = nil

    /// Values.
    public var enumValues: [JSONValue]?
    public var enumLocation: SourceLocation?
    public var constValue: JSONValue?
    public var defaultValue: JSONValue?
    public var example: JSONValue?
    /// Where `example` was written.
    public var exampleLocation: SourceLocation?
    public var examples: [JSONValue] = []

    /// Numeric keywords. In 3.0 `exclusiveMinimum: true` marks `minimum` exclusive; in 3.1 it is the bound.
    public var minimum: Double?
    public var maximum: Double?
    public var exclusiveMinimum: ExclusiveBound?
    public var exclusiveMaximum: ExclusiveBound?
    public var multipleOf: Double?

    /// String keywords.
    public var minLength: Int?
    public var maxLength: Int?
    public var pattern: String?
    public var contentEncoding: String?
    public var contentMediaType: String?

    /// Annotations.
    public var nullable = false
    public var readOnly = false
    public var writeOnly = false
    public var deprecated = false
    @Boxed public var externalDocs: ExternalDocumentation? = nil
    public var xml: JSONValue?

    /// 3.1 identifiers and local definitions.
    public var id: String?
    public var anchor: String?
    public var dynamicAnchor: String?
    public var dynamicRef: String?
    public var schemaDialect: String?
    public var defs = OrderedMap<JSONSchema>()

    /// Keywords kept as written because nothing consumes them yet.
    public var otherKeywords = OrderedMap<JSONValue>()
    public var extensions = OrderedMap<JSONValue>()
    /// Where the schema starts.
    public var location: SourceLocation

    /// An empty schema (accepts anything) at `location`.
    public init(location: SourceLocation) {
        self.location = location
    }

    /// True when `null` is allowed: 3.0 `nullable: true` or `null` in a 3.1 type array.
    public var allowsNull: Bool { nullable || types.contains(.null) }
}

/// The JSON Schema primitive types.
public enum JSONType: String, Sendable, Hashable, CaseIterable {
    case string, number, integer, boolean, array, object, null
}

/// `additionalProperties`: a boolean or a schema for the values of extra keys.
public enum AdditionalProperties: Sendable, Equatable {
    case allowed(Bool)
    case schema(JSONSchema)
}

/// An exclusive numeric bound: a 3.0 flag on `minimum`/`maximum`, or a 3.1 value of its own.
public enum ExclusiveBound: Sendable, Equatable {
    case flag(Bool)
    case value(Double)
}

/// A string with where it was written.
public struct LocatedString: Sendable, Hashable {
    public var value: String
    public var location: SourceLocation

    /// Creates a located string.
    public init(_ value: String, at location: SourceLocation) {
        self.value = value
        self.location = location
    }
}
