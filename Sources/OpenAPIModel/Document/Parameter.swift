public import Diagnostics

/// A parameter of an operation: its place, name, and either a schema with a style or a content map.
public struct Parameter: Sendable, Equatable {
    /// The fields, kept in one copy-on-write box (`CopyOnWrite`).
    struct Fields: Sendable, Equatable {
        var name: String
        var location: Location
        var description: String?
        var required: Bool
        var deprecated: Bool
        var allowEmptyValue: Bool
        var style: Style?
        var explode: Bool?
        var allowReserved: Bool
        var schema: JSONSchema?
        var example: JSONValue?
        var examples: OrderedMap<Referenceable<Example>>
        var content: OrderedMap<MediaType>
        var extensions: OrderedMap<JSONValue>
        var sourceLocation: SourceLocation
    }

    private var storage: CopyOnWrite<Fields>

    /// Creates a value.
    public init(
        name: String,
        location: Location,
        description: String?,
        required: Bool,
        deprecated: Bool,
        allowEmptyValue: Bool,
        style: Style?,
        explode: Bool?,
        allowReserved: Bool,
        schema: JSONSchema?,
        example: JSONValue?,
        examples: OrderedMap<Referenceable<Example>>,
        content: OrderedMap<MediaType>,
        extensions: OrderedMap<JSONValue>,
        sourceLocation: SourceLocation
    ) {
        storage = CopyOnWrite(
            Fields(
                name: name,
                location: location,
                description: description,
                required: required,
                deprecated: deprecated,
                allowEmptyValue: allowEmptyValue,
                style: style,
                explode: explode,
                allowReserved: allowReserved,
                schema: schema,
                example: example,
                examples: examples,
                content: content,
                extensions: extensions,
                sourceLocation: sourceLocation))
    }

    /// The parameter's name as sent.
    public var name: String {
        get { storage.fields.name }
        set { storage.update { $0.name = newValue } }
    }

    /// Where the parameter goes: the `in` field (path, query, header or cookie).
    public var location: Location {
        get { storage.fields.location }
        set { storage.update { $0.location = newValue } }
    }

    /// The `description` (CommonMark).
    public var description: String? {
        get { storage.fields.description }
        set { storage.update { $0.description = newValue } }
    }

    /// Always true for path parameters.
    public var required: Bool {
        get { storage.fields.required }
        set { storage.update { $0.required = newValue } }
    }

    /// True when marked `deprecated`.
    public var deprecated: Bool {
        get { storage.fields.deprecated }
        set { storage.update { $0.deprecated = newValue } }
    }

    /// True when an empty value may be sent (query parameters; deprecated by OpenAPI).
    public var allowEmptyValue: Bool {
        get { storage.fields.allowEmptyValue }
        set { storage.update { $0.allowEmptyValue = newValue } }
    }

    /// The style as written; `effectiveStyle` applies the default.
    public var style: Style? {
        get { storage.fields.style }
        set { storage.update { $0.style = newValue } }
    }

    /// Explode as written; `effectiveExplode` applies the default.
    public var explode: Bool? {
        get { storage.fields.explode }
        set { storage.update { $0.explode = newValue } }
    }

    /// True when reserved characters are sent unencoded (query parameters).
    public var allowReserved: Bool {
        get { storage.fields.allowReserved }
        set { storage.update { $0.allowReserved = newValue } }
    }

    /// The `schema` of the value.
    public var schema: JSONSchema? {
        get { storage.fields.schema }
        set { storage.update { $0.schema = newValue } }
    }

    /// The `example` value.
    public var example: JSONValue? {
        get { storage.fields.example }
        set { storage.update { $0.example = newValue } }
    }

    /// Named `examples`, each an Example object or a reference to one.
    public var examples: OrderedMap<Referenceable<Example>> {
        get { storage.fields.examples }
        set { storage.update { $0.examples = newValue } }
    }

    /// Used instead of `schema` for complex serializations; holds exactly one media type.
    public var content: OrderedMap<MediaType> {
        get { storage.fields.content }
        set { storage.update { $0.content = newValue } }
    }

    /// The `x-` extension fields, in document order.
    public var extensions: OrderedMap<JSONValue> {
        get { storage.fields.extensions }
        set { storage.update { $0.extensions = newValue } }
    }

    /// Where the parameter object starts.
    public var sourceLocation: SourceLocation {
        get { storage.fields.sourceLocation }
        set { storage.update { $0.sourceLocation = newValue } }
    }

    /// Where a parameter is sent.
    public enum Location: String, Sendable, Hashable, CaseIterable {
        case query, header, path, cookie
    }

    /// How a parameter's value is serialized.
    public enum Style: String, Sendable, Hashable, CaseIterable {
        case matrix, label, form, simple, spaceDelimited, pipeDelimited, deepObject
    }

    /// The style the spec prescribes when none is written: `form` for query and cookie, `simple` otherwise.
    public var effectiveStyle: Style {
        style ?? ((location == .query || location == .cookie) ? .form : .simple)
    }

    /// Explode defaults to true for `form` and false for every other style.
    public var effectiveExplode: Bool {
        explode ?? (effectiveStyle == .form)
    }
}
