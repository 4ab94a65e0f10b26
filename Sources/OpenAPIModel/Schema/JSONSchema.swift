public import Diagnostics

/// A JSON Schema as written in an OpenAPI document, in the 3.0 dialect (`nullable`, boolean `exclusiveMinimum`)
/// or the 3.1 dialect (type arrays, `const`, `$defs`, `prefixItems`, `$ref` with siblings).
///
/// Keywords plexus-gen does not use yet (`if`/`then`/`else`, `dependentSchemas`, `unevaluated*`, ...) are kept
/// as raw JSON in `otherKeywords` so nothing in the document is lost.
public struct JSONSchema: Sendable, Equatable {
    /// All fields live in one copy-on-write box: schemas are copied often (into maps, arrays, resolver sites) and a
    /// The fields, kept in one copy-on-write box (`CopyOnWrite`).
    struct Fields: Sendable, Equatable {
        var booleanSchema: Bool? = nil
        var ref: Reference? = nil
        var types: [JSONType] = []
        var format: String? = nil
        var title: String? = nil
        var description: String? = nil
        var properties: OrderedMap<JSONSchema> = OrderedMap<JSONSchema>()
        var required: [LocatedString] = []
        var additionalProperties: AdditionalProperties? = nil
        var patternProperties: OrderedMap<JSONSchema> = OrderedMap<JSONSchema>()
        var propertyNames: JSONSchema? = nil
        var minProperties: Int? = nil
        var maxProperties: Int? = nil
        var items: JSONSchema? = nil
        var prefixItems: [JSONSchema] = []
        var minItems: Int? = nil
        var maxItems: Int? = nil
        var uniqueItems: Bool = false
        var allOf: [JSONSchema] = []
        var oneOf: [JSONSchema] = []
        var anyOf: [JSONSchema] = []
        var not: JSONSchema? = nil
        var discriminator: Discriminator? = nil
        var enumValues: [JSONValue]? = nil
        var enumLocation: SourceLocation? = nil
        var constValue: JSONValue? = nil
        var defaultValue: JSONValue? = nil
        var example: JSONValue? = nil
        var exampleLocation: SourceLocation? = nil
        var examples: [JSONValue] = []
        var minimum: Double? = nil
        var maximum: Double? = nil
        var exclusiveMinimum: ExclusiveBound? = nil
        var exclusiveMaximum: ExclusiveBound? = nil
        var multipleOf: Double? = nil
        var minLength: Int? = nil
        var maxLength: Int? = nil
        var pattern: String? = nil
        var contentEncoding: String? = nil
        var contentMediaType: String? = nil
        var nullable: Bool = false
        var readOnly: Bool = false
        var writeOnly: Bool = false
        var deprecated: Bool = false
        var externalDocs: ExternalDocumentation? = nil
        var xml: JSONValue? = nil
        var id: String? = nil
        var anchor: String? = nil
        var dynamicAnchor: String? = nil
        var dynamicRef: String? = nil
        var schemaDialect: String? = nil
        var defs: OrderedMap<JSONSchema> = OrderedMap<JSONSchema>()
        var otherKeywords: OrderedMap<JSONValue> = OrderedMap<JSONValue>()
        var extensions: OrderedMap<JSONValue> = OrderedMap<JSONValue>()
        var location: SourceLocation
    }

    private var storage: CopyOnWrite<Fields>

    /// `true` or `false` written where a schema is expected (3.1): accept anything or nothing.
    public var booleanSchema: Bool? {
        get { storage.fields.booleanSchema }
        set { storage.update { $0.booleanSchema = newValue } }
    }

    /// `$ref`. In 3.0 it replaces every sibling; in 3.1 siblings apply too.
    public var ref: Reference? {
        get { storage.fields.ref }
        set { storage.update { $0.ref = newValue } }
    }

    /// The `type` keyword: empty for any type, one entry for `type: string`, several for a 3.1 type array.
    public var types: [JSONType] {
        get { storage.fields.types }
        set { storage.update { $0.types = newValue } }
    }

    public var format: String? {
        get { storage.fields.format }
        set { storage.update { $0.format = newValue } }
    }

    public var title: String? {
        get { storage.fields.title }
        set { storage.update { $0.title = newValue } }
    }

    public var description: String? {
        get { storage.fields.description }
        set { storage.update { $0.description = newValue } }
    }

    /// Object keywords.
    public var properties: OrderedMap<JSONSchema> {
        get { storage.fields.properties }
        set { storage.update { $0.properties = newValue } }
    }

    /// Required property names, each with where it was written.
    public var required: [LocatedString] {
        get { storage.fields.required }
        set { storage.update { $0.required = newValue } }
    }

    public var additionalProperties: AdditionalProperties? {
        get { storage.fields.additionalProperties }
        set { storage.update { $0.additionalProperties = newValue } }
    }

    public var patternProperties: OrderedMap<JSONSchema> {
        get { storage.fields.patternProperties }
        set { storage.update { $0.patternProperties = newValue } }
    }

    public var propertyNames: JSONSchema? {
        get { storage.fields.propertyNames }
        set { storage.update { $0.propertyNames = newValue } }
    }

    public var minProperties: Int? {
        get { storage.fields.minProperties }
        set { storage.update { $0.minProperties = newValue } }
    }

    public var maxProperties: Int? {
        get { storage.fields.maxProperties }
        set { storage.update { $0.maxProperties = newValue } }
    }

    /// Array keywords.
    public var items: JSONSchema? {
        get { storage.fields.items }
        set { storage.update { $0.items = newValue } }
    }

    public var prefixItems: [JSONSchema] {
        get { storage.fields.prefixItems }
        set { storage.update { $0.prefixItems = newValue } }
    }

    public var minItems: Int? {
        get { storage.fields.minItems }
        set { storage.update { $0.minItems = newValue } }
    }

    public var maxItems: Int? {
        get { storage.fields.maxItems }
        set { storage.update { $0.maxItems = newValue } }
    }

    public var uniqueItems: Bool {
        get { storage.fields.uniqueItems }
        set { storage.update { $0.uniqueItems = newValue } }
    }

    /// Composition.
    public var allOf: [JSONSchema] {
        get { storage.fields.allOf }
        set { storage.update { $0.allOf = newValue } }
    }

    public var oneOf: [JSONSchema] {
        get { storage.fields.oneOf }
        set { storage.update { $0.oneOf = newValue } }
    }

    public var anyOf: [JSONSchema] {
        get { storage.fields.anyOf }
        set { storage.update { $0.anyOf = newValue } }
    }

    public var not: JSONSchema? {
        get { storage.fields.not }
        set { storage.update { $0.not = newValue } }
    }

    public var discriminator: Discriminator? {
        get { storage.fields.discriminator }
        set { storage.update { $0.discriminator = newValue } }
    }

    /// Values.
    public var enumValues: [JSONValue]? {
        get { storage.fields.enumValues }
        set { storage.update { $0.enumValues = newValue } }
    }

    public var enumLocation: SourceLocation? {
        get { storage.fields.enumLocation }
        set { storage.update { $0.enumLocation = newValue } }
    }

    public var constValue: JSONValue? {
        get { storage.fields.constValue }
        set { storage.update { $0.constValue = newValue } }
    }

    public var defaultValue: JSONValue? {
        get { storage.fields.defaultValue }
        set { storage.update { $0.defaultValue = newValue } }
    }

    public var example: JSONValue? {
        get { storage.fields.example }
        set { storage.update { $0.example = newValue } }
    }

    /// Where `example` was written.
    public var exampleLocation: SourceLocation? {
        get { storage.fields.exampleLocation }
        set { storage.update { $0.exampleLocation = newValue } }
    }

    public var examples: [JSONValue] {
        get { storage.fields.examples }
        set { storage.update { $0.examples = newValue } }
    }

    /// Numeric keywords. In 3.0 `exclusiveMinimum: true` marks `minimum` exclusive; in 3.1 it is the bound.
    public var minimum: Double? {
        get { storage.fields.minimum }
        set { storage.update { $0.minimum = newValue } }
    }

    public var maximum: Double? {
        get { storage.fields.maximum }
        set { storage.update { $0.maximum = newValue } }
    }

    public var exclusiveMinimum: ExclusiveBound? {
        get { storage.fields.exclusiveMinimum }
        set { storage.update { $0.exclusiveMinimum = newValue } }
    }

    public var exclusiveMaximum: ExclusiveBound? {
        get { storage.fields.exclusiveMaximum }
        set { storage.update { $0.exclusiveMaximum = newValue } }
    }

    public var multipleOf: Double? {
        get { storage.fields.multipleOf }
        set { storage.update { $0.multipleOf = newValue } }
    }

    /// String keywords.
    public var minLength: Int? {
        get { storage.fields.minLength }
        set { storage.update { $0.minLength = newValue } }
    }

    public var maxLength: Int? {
        get { storage.fields.maxLength }
        set { storage.update { $0.maxLength = newValue } }
    }

    public var pattern: String? {
        get { storage.fields.pattern }
        set { storage.update { $0.pattern = newValue } }
    }

    public var contentEncoding: String? {
        get { storage.fields.contentEncoding }
        set { storage.update { $0.contentEncoding = newValue } }
    }

    public var contentMediaType: String? {
        get { storage.fields.contentMediaType }
        set { storage.update { $0.contentMediaType = newValue } }
    }

    /// Annotations.
    public var nullable: Bool {
        get { storage.fields.nullable }
        set { storage.update { $0.nullable = newValue } }
    }

    public var readOnly: Bool {
        get { storage.fields.readOnly }
        set { storage.update { $0.readOnly = newValue } }
    }

    public var writeOnly: Bool {
        get { storage.fields.writeOnly }
        set { storage.update { $0.writeOnly = newValue } }
    }

    public var deprecated: Bool {
        get { storage.fields.deprecated }
        set { storage.update { $0.deprecated = newValue } }
    }

    public var externalDocs: ExternalDocumentation? {
        get { storage.fields.externalDocs }
        set { storage.update { $0.externalDocs = newValue } }
    }

    public var xml: JSONValue? {
        get { storage.fields.xml }
        set { storage.update { $0.xml = newValue } }
    }

    /// 3.1 identifiers and local definitions.
    public var id: String? {
        get { storage.fields.id }
        set { storage.update { $0.id = newValue } }
    }

    public var anchor: String? {
        get { storage.fields.anchor }
        set { storage.update { $0.anchor = newValue } }
    }

    public var dynamicAnchor: String? {
        get { storage.fields.dynamicAnchor }
        set { storage.update { $0.dynamicAnchor = newValue } }
    }

    public var dynamicRef: String? {
        get { storage.fields.dynamicRef }
        set { storage.update { $0.dynamicRef = newValue } }
    }

    public var schemaDialect: String? {
        get { storage.fields.schemaDialect }
        set { storage.update { $0.schemaDialect = newValue } }
    }

    public var defs: OrderedMap<JSONSchema> {
        get { storage.fields.defs }
        set { storage.update { $0.defs = newValue } }
    }

    /// Keywords kept as written because nothing consumes them yet.
    public var otherKeywords: OrderedMap<JSONValue> {
        get { storage.fields.otherKeywords }
        set { storage.update { $0.otherKeywords = newValue } }
    }

    public var extensions: OrderedMap<JSONValue> {
        get { storage.fields.extensions }
        set { storage.update { $0.extensions = newValue } }
    }

    /// Where the schema starts.
    public var location: SourceLocation {
        get { storage.fields.location }
        set { storage.update { $0.location = newValue } }
    }

    /// An empty schema (accepts anything) at `location`.
    public init(location: SourceLocation) {
        storage = CopyOnWrite(Fields(location: location))
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
