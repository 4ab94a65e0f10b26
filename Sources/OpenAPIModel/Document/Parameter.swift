public import Diagnostics

/// A parameter of an operation: its place, name, and either a schema with a style or a content map.
public struct Parameter: Sendable, Equatable {
    /// Fields live in one copy-on-write box, so copying the value is one retain however many fields it has.
    private final class Storage: @unchecked Sendable {
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

        init(name: String, location: Location, description: String?, required: Bool, deprecated: Bool, allowEmptyValue: Bool, style: Style?, explode: Bool?, allowReserved: Bool, schema: JSONSchema?, example: JSONValue?, examples: OrderedMap<Referenceable<Example>>, content: OrderedMap<MediaType>, extensions: OrderedMap<JSONValue>, sourceLocation: SourceLocation) {
            self.name = name
            self.location = location
            self.description = description
            self.required = required
            self.deprecated = deprecated
            self.allowEmptyValue = allowEmptyValue
            self.style = style
            self.explode = explode
            self.allowReserved = allowReserved
            self.schema = schema
            self.example = example
            self.examples = examples
            self.content = content
            self.extensions = extensions
            self.sourceLocation = sourceLocation
        }

        func copy() -> Storage {
            Storage(name: name, location: location, description: description, required: required, deprecated: deprecated, allowEmptyValue: allowEmptyValue, style: style, explode: explode, allowReserved: allowReserved, schema: schema, example: example, examples: examples, content: content, extensions: extensions, sourceLocation: sourceLocation)
        }
    }

    // Shared by copies; written only after `isKnownUniquelyReferenced` made it unique.
    private var storage: Storage

    private mutating func unique() -> Storage {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        return storage
    }

    /// Creates a value.
    public init(name: String, location: Location, description: String?, required: Bool, deprecated: Bool, allowEmptyValue: Bool, style: Style?, explode: Bool?, allowReserved: Bool, schema: JSONSchema?, example: JSONValue?, examples: OrderedMap<Referenceable<Example>>, content: OrderedMap<MediaType>, extensions: OrderedMap<JSONValue>, sourceLocation: SourceLocation) {
        storage = Storage(name: name, location: location, description: description, required: required, deprecated: deprecated, allowEmptyValue: allowEmptyValue, style: style, explode: explode, allowReserved: allowReserved, schema: schema, example: example, examples: examples, content: content, extensions: extensions, sourceLocation: sourceLocation)
    }

    public var name: String {
        get { storage.name }
        set { unique().name = newValue }
    }

    public var location: Location {
        get { storage.location }
        set { unique().location = newValue }
    }

    public var description: String? {
        get { storage.description }
        set { unique().description = newValue }
    }

    /// Always true for path parameters.
    public var required: Bool {
        get { storage.required }
        set { unique().required = newValue }
    }

    public var deprecated: Bool {
        get { storage.deprecated }
        set { unique().deprecated = newValue }
    }

    public var allowEmptyValue: Bool {
        get { storage.allowEmptyValue }
        set { unique().allowEmptyValue = newValue }
    }

    /// The style as written; `effectiveStyle` applies the default.
    public var style: Style? {
        get { storage.style }
        set { unique().style = newValue }
    }

    /// Explode as written; `effectiveExplode` applies the default.
    public var explode: Bool? {
        get { storage.explode }
        set { unique().explode = newValue }
    }

    public var allowReserved: Bool {
        get { storage.allowReserved }
        set { unique().allowReserved = newValue }
    }

    public var schema: JSONSchema? {
        get { storage.schema }
        set { unique().schema = newValue }
    }

    public var example: JSONValue? {
        get { storage.example }
        set { unique().example = newValue }
    }

    public var examples: OrderedMap<Referenceable<Example>> {
        get { storage.examples }
        set { unique().examples = newValue }
    }

    /// Used instead of `schema` for complex serializations; holds exactly one media type.
    public var content: OrderedMap<MediaType> {
        get { storage.content }
        set { unique().content = newValue }
    }

    public var extensions: OrderedMap<JSONValue> {
        get { storage.extensions }
        set { unique().extensions = newValue }
    }

    /// Where the parameter object starts.
    public var sourceLocation: SourceLocation {
        get { storage.sourceLocation }
        set { unique().sourceLocation = newValue }
    }

    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.storage === rhs.storage
            || (lhs.name == rhs.name
                && lhs.location == rhs.location
                && lhs.description == rhs.description
                && lhs.required == rhs.required
                && lhs.deprecated == rhs.deprecated
                && lhs.allowEmptyValue == rhs.allowEmptyValue
                && lhs.style == rhs.style
                && lhs.explode == rhs.explode
                && lhs.allowReserved == rhs.allowReserved
                && lhs.schema == rhs.schema
                && lhs.example == rhs.example
                && lhs.examples == rhs.examples
                && lhs.content == rhs.content
                && lhs.extensions == rhs.extensions
                && lhs.sourceLocation == rhs.sourceLocation)
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
