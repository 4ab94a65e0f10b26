public import Diagnostics

/// A JSON Schema as written in an OpenAPI document, in the 3.0 dialect (`nullable`, boolean `exclusiveMinimum`)
/// or the 3.1 dialect (type arrays, `const`, `$defs`, `prefixItems`, `$ref` with siblings).
///
/// Keywords plexus-gen does not use yet (`if`/`then`/`else`, `dependentSchemas`, `unevaluated*`, ...) are kept
/// as raw JSON in `otherKeywords` so nothing in the document is lost.
public struct JSONSchema: Sendable, Equatable {
    /// The fields, kept in one copy-on-write box (`CopyOnWrite`): schemas are copied often (into maps, arrays,
    /// resolver sites), and a copy then costs one retain.
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
        var items: JSONSchema? = nil
        var allOf: [JSONSchema] = []
        var oneOf: [JSONSchema] = []
        var anyOf: [JSONSchema] = []
        var discriminator: Discriminator? = nil
        var enumValues: [JSONValue]? = nil
        var enumLocation: SourceLocation? = nil
        var defaultValue: JSONValue? = nil
        var example: JSONValue? = nil
        var exampleLocation: SourceLocation? = nil
        var nullable: Bool = false
        var readOnly: Bool = false
        var writeOnly: Bool = false
        var deprecated: Bool = false
        var extensions: OrderedMap<JSONValue> = OrderedMap<JSONValue>()
        var location: SourceLocation
        /// The keywords most schemas leave out, in a box of their own that only schemas using one of them
        /// allocate: a schema is decoded for every property and item of a document, and the box stays small.
        var rareFields: CopyOnWrite<Rare>? = nil

        /// The rarely used keywords, for changing one (reads go through `rareFields` directly, so reading a keyword
        /// of a schema without any costs nothing).
        var rare: Rare {
            get { rareFields?.fields ?? Rare() }
            set {
                if rareFields == nil {
                    rareFields = CopyOnWrite(newValue)
                } else {
                    rareFields?.update { $0 = newValue }
                }
            }
        }
    }

    /// Keywords few schemas use (numeric and length bounds, 3.1 identifiers, kept-as-written keywords, ...).
    struct Rare: Sendable, Equatable {
        var patternProperties: OrderedMap<JSONSchema> = OrderedMap<JSONSchema>()
        var propertyNames: JSONSchema? = nil
        var minProperties: Int? = nil
        var maxProperties: Int? = nil
        var prefixItems: [JSONSchema] = []
        var minItems: Int? = nil
        var maxItems: Int? = nil
        var uniqueItems: Bool = false
        var not: JSONSchema? = nil
        var constValue: JSONValue? = nil
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
        var contentSchema: JSONSchema? = nil
        var externalDocs: ExternalDocumentation? = nil
        var xml: JSONValue? = nil
        var id: String? = nil
        var anchor: String? = nil
        var dynamicAnchor: String? = nil
        var dynamicRef: String? = nil
        var schemaDialect: String? = nil
        var defs: OrderedMap<JSONSchema> = OrderedMap<JSONSchema>()
        var otherKeywords: OrderedMap<JSONValue> = OrderedMap<JSONValue>()
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

    /// `format`: a refinement of the type (`date-time`, `int64`, `uuid`, ...).
    public var format: String? {
        get { storage.fields.format }
        set { storage.update { $0.format = newValue } }
    }

    /// `title`: a short name for the schema.
    public var title: String? {
        get { storage.fields.title }
        set { storage.update { $0.title = newValue } }
    }

    /// `description` (CommonMark).
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

    /// `additionalProperties`: whether, or with which schema, keys beyond `properties` are allowed.
    public var additionalProperties: AdditionalProperties? {
        get { storage.fields.additionalProperties }
        set { storage.update { $0.additionalProperties = newValue } }
    }

    /// `patternProperties`: schemas for keys matching regular expressions.
    public var patternProperties: OrderedMap<JSONSchema> {
        get { storage.fields.rareFields?.fields.patternProperties ?? OrderedMap<JSONSchema>() }
        set { storage.update { $0.rare.patternProperties = newValue } }
    }

    /// `propertyNames`: a schema every key must match.
    public var propertyNames: JSONSchema? {
        get { storage.fields.rareFields?.fields.propertyNames }
        set { storage.update { $0.rare.propertyNames = newValue } }
    }

    /// `minProperties`: the fewest keys an object may have.
    public var minProperties: Int? {
        get { storage.fields.rareFields?.fields.minProperties }
        set { storage.update { $0.rare.minProperties = newValue } }
    }

    /// `maxProperties`: the most keys an object may have.
    public var maxProperties: Int? {
        get { storage.fields.rareFields?.fields.maxProperties }
        set { storage.update { $0.rare.maxProperties = newValue } }
    }

    /// Array keywords.
    public var items: JSONSchema? {
        get { storage.fields.items }
        set { storage.update { $0.items = newValue } }
    }

    /// `prefixItems` (3.1): schemas of the first items of an array, in order.
    public var prefixItems: [JSONSchema] {
        get { storage.fields.rareFields?.fields.prefixItems ?? [] }
        set { storage.update { $0.rare.prefixItems = newValue } }
    }

    /// `minItems`: the fewest items an array may have.
    public var minItems: Int? {
        get { storage.fields.rareFields?.fields.minItems }
        set { storage.update { $0.rare.minItems = newValue } }
    }

    /// `maxItems`: the most items an array may have.
    public var maxItems: Int? {
        get { storage.fields.rareFields?.fields.maxItems }
        set { storage.update { $0.rare.maxItems = newValue } }
    }

    /// `uniqueItems`: array items must all differ.
    public var uniqueItems: Bool {
        get { storage.fields.rareFields?.fields.uniqueItems ?? false }
        set { storage.update { $0.rare.uniqueItems = newValue } }
    }

    /// Composition.
    public var allOf: [JSONSchema] {
        get { storage.fields.allOf }
        set { storage.update { $0.allOf = newValue } }
    }

    /// `oneOf`: the value matches exactly one of these.
    public var oneOf: [JSONSchema] {
        get { storage.fields.oneOf }
        set { storage.update { $0.oneOf = newValue } }
    }

    /// `anyOf`: the value matches at least one of these.
    public var anyOf: [JSONSchema] {
        get { storage.fields.anyOf }
        set { storage.update { $0.anyOf = newValue } }
    }

    /// `not`: the value must not match this schema.
    public var not: JSONSchema? {
        get { storage.fields.rareFields?.fields.not }
        set { storage.update { $0.rare.not = newValue } }
    }

    /// `discriminator`: the property whose value names the variant of a union.
    public var discriminator: Discriminator? {
        get { storage.fields.discriminator }
        set { storage.update { $0.discriminator = newValue } }
    }

    /// Values.
    public var enumValues: [JSONValue]? {
        get { storage.fields.enumValues }
        set { storage.update { $0.enumValues = newValue } }
    }

    /// Where `enum` is written.
    public var enumLocation: SourceLocation? {
        get { storage.fields.enumLocation }
        set { storage.update { $0.enumLocation = newValue } }
    }

    /// `const` (3.1): the only allowed value.
    public var constValue: JSONValue? {
        get { storage.fields.rareFields?.fields.constValue }
        set { storage.update { $0.rare.constValue = newValue } }
    }

    /// `default`: the value assumed when none is given.
    public var defaultValue: JSONValue? {
        get { storage.fields.defaultValue }
        set { storage.update { $0.defaultValue = newValue } }
    }

    /// `example`: one example value.
    public var example: JSONValue? {
        get { storage.fields.example }
        set { storage.update { $0.example = newValue } }
    }

    /// Where `example` was written.
    public var exampleLocation: SourceLocation? {
        get { storage.fields.exampleLocation }
        set { storage.update { $0.exampleLocation = newValue } }
    }

    /// `examples` (3.1): example values.
    public var examples: [JSONValue] {
        get { storage.fields.rareFields?.fields.examples ?? [] }
        set { storage.update { $0.rare.examples = newValue } }
    }

    /// Numeric keywords. In 3.0 `exclusiveMinimum: true` marks `minimum` exclusive; in 3.1 it is the bound.
    public var minimum: Double? {
        get { storage.fields.rareFields?.fields.minimum }
        set { storage.update { $0.rare.minimum = newValue } }
    }

    /// `maximum`: the largest allowed number.
    public var maximum: Double? {
        get { storage.fields.rareFields?.fields.maximum }
        set { storage.update { $0.rare.maximum = newValue } }
    }

    /// `exclusiveMinimum`: a 3.0 flag on `minimum`, or a 3.1 bound of its own.
    public var exclusiveMinimum: ExclusiveBound? {
        get { storage.fields.rareFields?.fields.exclusiveMinimum }
        set { storage.update { $0.rare.exclusiveMinimum = newValue } }
    }

    /// `exclusiveMaximum`: a 3.0 flag on `maximum`, or a 3.1 bound of its own.
    public var exclusiveMaximum: ExclusiveBound? {
        get { storage.fields.rareFields?.fields.exclusiveMaximum }
        set { storage.update { $0.rare.exclusiveMaximum = newValue } }
    }

    /// `multipleOf`: numbers must be a multiple of this.
    public var multipleOf: Double? {
        get { storage.fields.rareFields?.fields.multipleOf }
        set { storage.update { $0.rare.multipleOf = newValue } }
    }

    /// String keywords.
    public var minLength: Int? {
        get { storage.fields.rareFields?.fields.minLength }
        set { storage.update { $0.rare.minLength = newValue } }
    }

    /// `maxLength`: the longest a string may be, in characters.
    public var maxLength: Int? {
        get { storage.fields.rareFields?.fields.maxLength }
        set { storage.update { $0.rare.maxLength = newValue } }
    }

    /// `pattern`: a regular expression strings must match.
    public var pattern: String? {
        get { storage.fields.rareFields?.fields.pattern }
        set { storage.update { $0.rare.pattern = newValue } }
    }

    /// `contentEncoding` (3.1): how string content is encoded (`base64`).
    public var contentEncoding: String? {
        get { storage.fields.rareFields?.fields.contentEncoding }
        set { storage.update { $0.rare.contentEncoding = newValue } }
    }

    /// `contentSchema` (3.1): the schema of string content decoded as its `contentMediaType` (the JSON a string
    /// carries, such as the `data` of a server-sent event).
    public var contentSchema: JSONSchema? {
        get { storage.fields.rareFields?.fields.contentSchema }
        set { storage.update { $0.rare.contentSchema = newValue } }
    }

    /// `contentMediaType` (3.1): the media type of string content.
    public var contentMediaType: String? {
        get { storage.fields.rareFields?.fields.contentMediaType }
        set { storage.update { $0.rare.contentMediaType = newValue } }
    }

    /// Annotations.
    public var nullable: Bool {
        get { storage.fields.nullable }
        set { storage.update { $0.nullable = newValue } }
    }

    /// `readOnly`: sent by the server only.
    public var readOnly: Bool {
        get { storage.fields.readOnly }
        set { storage.update { $0.readOnly = newValue } }
    }

    /// `writeOnly`: sent by the client only.
    public var writeOnly: Bool {
        get { storage.fields.writeOnly }
        set { storage.update { $0.writeOnly = newValue } }
    }

    /// `deprecated`: the value should not be used.
    public var deprecated: Bool {
        get { storage.fields.deprecated }
        set { storage.update { $0.deprecated = newValue } }
    }

    /// `externalDocs`: more documentation elsewhere.
    public var externalDocs: ExternalDocumentation? {
        get { storage.fields.rareFields?.fields.externalDocs }
        set { storage.update { $0.rare.externalDocs = newValue } }
    }

    /// `xml`: how the value is written as XML, kept as written.
    public var xml: JSONValue? {
        get { storage.fields.rareFields?.fields.xml }
        set { storage.update { $0.rare.xml = newValue } }
    }

    /// 3.1 identifiers and local definitions.
    public var id: String? {
        get { storage.fields.rareFields?.fields.id }
        set { storage.update { $0.rare.id = newValue } }
    }

    /// `$anchor` (3.1): a name references can use (`#name`).
    public var anchor: String? {
        get { storage.fields.rareFields?.fields.anchor }
        set { storage.update { $0.rare.anchor = newValue } }
    }

    /// `$dynamicAnchor` (3.1), kept as written.
    public var dynamicAnchor: String? {
        get { storage.fields.rareFields?.fields.dynamicAnchor }
        set { storage.update { $0.rare.dynamicAnchor = newValue } }
    }

    /// `$dynamicRef` (3.1), kept as written.
    public var dynamicRef: String? {
        get { storage.fields.rareFields?.fields.dynamicRef }
        set { storage.update { $0.rare.dynamicRef = newValue } }
    }

    /// `$schema` (3.1): the dialect the schema is written in.
    public var schemaDialect: String? {
        get { storage.fields.rareFields?.fields.schemaDialect }
        set { storage.update { $0.rare.schemaDialect = newValue } }
    }

    /// `$defs` (3.1): schemas defined for references.
    public var defs: OrderedMap<JSONSchema> {
        get { storage.fields.rareFields?.fields.defs ?? OrderedMap<JSONSchema>() }
        set { storage.update { $0.rare.defs = newValue } }
    }

    /// Keywords kept as written because nothing consumes them yet.
    public var otherKeywords: OrderedMap<JSONValue> {
        get { storage.fields.rareFields?.fields.otherKeywords ?? OrderedMap<JSONValue>() }
        set { storage.update { $0.rare.otherKeywords = newValue } }
    }

    /// The `x-` extension fields, in document order.
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
    /// The string.
    public var value: String
    /// Where the string is written.
    public var location: SourceLocation

    /// Creates a located string.
    public init(_ value: String, at location: SourceLocation) {
        self.value = value
        self.location = location
    }
}
