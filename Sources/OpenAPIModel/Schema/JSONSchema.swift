public import Diagnostics

/// A JSON Schema as written in an OpenAPI document, in the 3.0 dialect (`nullable`, boolean `exclusiveMinimum`)
/// or the 3.1 dialect (type arrays, `const`, `$defs`, `prefixItems`, `$ref` with siblings).
///
/// Keywords plexus-gen does not use yet (`if`/`then`/`else`, `dependentSchemas`, `unevaluated*`, ...) are kept
/// as raw JSON in `otherKeywords` so nothing in the document is lost.
public struct JSONSchema: Sendable, Equatable {
    /// All fields live in one copy-on-write box: schemas are copied often (into maps, arrays, resolver sites) and a
    /// struct of some forty reference-counted fields would pay forty retains per copy; the box pays one.
    private final class Storage: @unchecked Sendable {
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

        init(location: SourceLocation) {
            self.location = location
        }

        func copy() -> Storage {
            let copy = Storage(location: location)
            copy.booleanSchema = booleanSchema
            copy.ref = ref
            copy.types = types
            copy.format = format
            copy.title = title
            copy.description = description
            copy.properties = properties
            copy.required = required
            copy.additionalProperties = additionalProperties
            copy.patternProperties = patternProperties
            copy.propertyNames = propertyNames
            copy.minProperties = minProperties
            copy.maxProperties = maxProperties
            copy.items = items
            copy.prefixItems = prefixItems
            copy.minItems = minItems
            copy.maxItems = maxItems
            copy.uniqueItems = uniqueItems
            copy.allOf = allOf
            copy.oneOf = oneOf
            copy.anyOf = anyOf
            copy.not = not
            copy.discriminator = discriminator
            copy.enumValues = enumValues
            copy.enumLocation = enumLocation
            copy.constValue = constValue
            copy.defaultValue = defaultValue
            copy.example = example
            copy.exampleLocation = exampleLocation
            copy.examples = examples
            copy.minimum = minimum
            copy.maximum = maximum
            copy.exclusiveMinimum = exclusiveMinimum
            copy.exclusiveMaximum = exclusiveMaximum
            copy.multipleOf = multipleOf
            copy.minLength = minLength
            copy.maxLength = maxLength
            copy.pattern = pattern
            copy.contentEncoding = contentEncoding
            copy.contentMediaType = contentMediaType
            copy.nullable = nullable
            copy.readOnly = readOnly
            copy.writeOnly = writeOnly
            copy.deprecated = deprecated
            copy.externalDocs = externalDocs
            copy.xml = xml
            copy.id = id
            copy.anchor = anchor
            copy.dynamicAnchor = dynamicAnchor
            copy.dynamicRef = dynamicRef
            copy.schemaDialect = schemaDialect
            copy.defs = defs
            copy.otherKeywords = otherKeywords
            copy.extensions = extensions
            return copy
        }

        func isEqual(to other: Storage) -> Bool {
            booleanSchema == other.booleanSchema
                && ref == other.ref
                && types == other.types
                && format == other.format
                && title == other.title
                && description == other.description
                && properties == other.properties
                && required == other.required
                && additionalProperties == other.additionalProperties
                && patternProperties == other.patternProperties
                && propertyNames == other.propertyNames
                && minProperties == other.minProperties
                && maxProperties == other.maxProperties
                && items == other.items
                && prefixItems == other.prefixItems
                && minItems == other.minItems
                && maxItems == other.maxItems
                && uniqueItems == other.uniqueItems
                && allOf == other.allOf
                && oneOf == other.oneOf
                && anyOf == other.anyOf
                && not == other.not
                && discriminator == other.discriminator
                && enumValues == other.enumValues
                && enumLocation == other.enumLocation
                && constValue == other.constValue
                && defaultValue == other.defaultValue
                && example == other.example
                && exampleLocation == other.exampleLocation
                && examples == other.examples
                && minimum == other.minimum
                && maximum == other.maximum
                && exclusiveMinimum == other.exclusiveMinimum
                && exclusiveMaximum == other.exclusiveMaximum
                && multipleOf == other.multipleOf
                && minLength == other.minLength
                && maxLength == other.maxLength
                && pattern == other.pattern
                && contentEncoding == other.contentEncoding
                && contentMediaType == other.contentMediaType
                && nullable == other.nullable
                && readOnly == other.readOnly
                && writeOnly == other.writeOnly
                && deprecated == other.deprecated
                && externalDocs == other.externalDocs
                && xml == other.xml
                && id == other.id
                && anchor == other.anchor
                && dynamicAnchor == other.dynamicAnchor
                && dynamicRef == other.dynamicRef
                && schemaDialect == other.schemaDialect
                && defs == other.defs
                && otherKeywords == other.otherKeywords
                && extensions == other.extensions
                && location == other.location
        }
    }

    // The box is shared by copies and only mutated after `isKnownUniquelyReferenced` made it unique, so it is
    // never written while another value can read it.
    private var storage: Storage

    private mutating func unique() -> Storage {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        return storage
    }

    /// `true` or `false` written where a schema is expected (3.1): accept anything or nothing.
    public var booleanSchema: Bool? {
        get { storage.booleanSchema }
        set { unique().booleanSchema = newValue }
    }

    /// `$ref`. In 3.0 it replaces every sibling; in 3.1 siblings apply too.
    public var ref: Reference? {
        get { storage.ref }
        set { unique().ref = newValue }
    }

    /// The `type` keyword: empty for any type, one entry for `type: string`, several for a 3.1 type array.
    public var types: [JSONType] {
        get { storage.types }
        set { unique().types = newValue }
    }

    public var format: String? {
        get { storage.format }
        set { unique().format = newValue }
    }

    public var title: String? {
        get { storage.title }
        set { unique().title = newValue }
    }

    public var description: String? {
        get { storage.description }
        set { unique().description = newValue }
    }

    /// Object keywords.
    public var properties: OrderedMap<JSONSchema> {
        get { storage.properties }
        set { unique().properties = newValue }
    }

    /// Required property names, each with where it was written.
    public var required: [LocatedString] {
        get { storage.required }
        set { unique().required = newValue }
    }

    public var additionalProperties: AdditionalProperties? {
        get { storage.additionalProperties }
        set { unique().additionalProperties = newValue }
    }

    public var patternProperties: OrderedMap<JSONSchema> {
        get { storage.patternProperties }
        set { unique().patternProperties = newValue }
    }

    public var propertyNames: JSONSchema? {
        get { storage.propertyNames }
        set { unique().propertyNames = newValue }
    }

    public var minProperties: Int? {
        get { storage.minProperties }
        set { unique().minProperties = newValue }
    }

    public var maxProperties: Int? {
        get { storage.maxProperties }
        set { unique().maxProperties = newValue }
    }

    /// Array keywords.
    public var items: JSONSchema? {
        get { storage.items }
        set { unique().items = newValue }
    }

    public var prefixItems: [JSONSchema] {
        get { storage.prefixItems }
        set { unique().prefixItems = newValue }
    }

    public var minItems: Int? {
        get { storage.minItems }
        set { unique().minItems = newValue }
    }

    public var maxItems: Int? {
        get { storage.maxItems }
        set { unique().maxItems = newValue }
    }

    public var uniqueItems: Bool {
        get { storage.uniqueItems }
        set { unique().uniqueItems = newValue }
    }

    /// Composition.
    public var allOf: [JSONSchema] {
        get { storage.allOf }
        set { unique().allOf = newValue }
    }

    public var oneOf: [JSONSchema] {
        get { storage.oneOf }
        set { unique().oneOf = newValue }
    }

    public var anyOf: [JSONSchema] {
        get { storage.anyOf }
        set { unique().anyOf = newValue }
    }

    public var not: JSONSchema? {
        get { storage.not }
        set { unique().not = newValue }
    }

    public var discriminator: Discriminator? {
        get { storage.discriminator }
        set { unique().discriminator = newValue }
    }

    /// Values.
    public var enumValues: [JSONValue]? {
        get { storage.enumValues }
        set { unique().enumValues = newValue }
    }

    public var enumLocation: SourceLocation? {
        get { storage.enumLocation }
        set { unique().enumLocation = newValue }
    }

    public var constValue: JSONValue? {
        get { storage.constValue }
        set { unique().constValue = newValue }
    }

    public var defaultValue: JSONValue? {
        get { storage.defaultValue }
        set { unique().defaultValue = newValue }
    }

    public var example: JSONValue? {
        get { storage.example }
        set { unique().example = newValue }
    }

    /// Where `example` was written.
    public var exampleLocation: SourceLocation? {
        get { storage.exampleLocation }
        set { unique().exampleLocation = newValue }
    }

    public var examples: [JSONValue] {
        get { storage.examples }
        set { unique().examples = newValue }
    }

    /// Numeric keywords. In 3.0 `exclusiveMinimum: true` marks `minimum` exclusive; in 3.1 it is the bound.
    public var minimum: Double? {
        get { storage.minimum }
        set { unique().minimum = newValue }
    }

    public var maximum: Double? {
        get { storage.maximum }
        set { unique().maximum = newValue }
    }

    public var exclusiveMinimum: ExclusiveBound? {
        get { storage.exclusiveMinimum }
        set { unique().exclusiveMinimum = newValue }
    }

    public var exclusiveMaximum: ExclusiveBound? {
        get { storage.exclusiveMaximum }
        set { unique().exclusiveMaximum = newValue }
    }

    public var multipleOf: Double? {
        get { storage.multipleOf }
        set { unique().multipleOf = newValue }
    }

    /// String keywords.
    public var minLength: Int? {
        get { storage.minLength }
        set { unique().minLength = newValue }
    }

    public var maxLength: Int? {
        get { storage.maxLength }
        set { unique().maxLength = newValue }
    }

    public var pattern: String? {
        get { storage.pattern }
        set { unique().pattern = newValue }
    }

    public var contentEncoding: String? {
        get { storage.contentEncoding }
        set { unique().contentEncoding = newValue }
    }

    public var contentMediaType: String? {
        get { storage.contentMediaType }
        set { unique().contentMediaType = newValue }
    }

    /// Annotations.
    public var nullable: Bool {
        get { storage.nullable }
        set { unique().nullable = newValue }
    }

    public var readOnly: Bool {
        get { storage.readOnly }
        set { unique().readOnly = newValue }
    }

    public var writeOnly: Bool {
        get { storage.writeOnly }
        set { unique().writeOnly = newValue }
    }

    public var deprecated: Bool {
        get { storage.deprecated }
        set { unique().deprecated = newValue }
    }

    public var externalDocs: ExternalDocumentation? {
        get { storage.externalDocs }
        set { unique().externalDocs = newValue }
    }

    public var xml: JSONValue? {
        get { storage.xml }
        set { unique().xml = newValue }
    }

    /// 3.1 identifiers and local definitions.
    public var id: String? {
        get { storage.id }
        set { unique().id = newValue }
    }

    public var anchor: String? {
        get { storage.anchor }
        set { unique().anchor = newValue }
    }

    public var dynamicAnchor: String? {
        get { storage.dynamicAnchor }
        set { unique().dynamicAnchor = newValue }
    }

    public var dynamicRef: String? {
        get { storage.dynamicRef }
        set { unique().dynamicRef = newValue }
    }

    public var schemaDialect: String? {
        get { storage.schemaDialect }
        set { unique().schemaDialect = newValue }
    }

    public var defs: OrderedMap<JSONSchema> {
        get { storage.defs }
        set { unique().defs = newValue }
    }

    /// Keywords kept as written because nothing consumes them yet.
    public var otherKeywords: OrderedMap<JSONValue> {
        get { storage.otherKeywords }
        set { unique().otherKeywords = newValue }
    }

    public var extensions: OrderedMap<JSONValue> {
        get { storage.extensions }
        set { unique().extensions = newValue }
    }

    /// Where the schema starts.
    public var location: SourceLocation {
        get { storage.location }
        set { unique().location = newValue }
    }

    /// An empty schema (accepts anything) at `location`.
    public init(location: SourceLocation) {
        storage = Storage(location: location)
    }

    /// True when `null` is allowed: 3.0 `nullable: true` or `null` in a 3.1 type array.
    public var allowsNull: Bool { nullable || types.contains(.null) }

    public static func == (lhs: JSONSchema, rhs: JSONSchema) -> Bool {
        lhs.storage === rhs.storage || lhs.storage.isEqual(to: rhs.storage)
    }
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
