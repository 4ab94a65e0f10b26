public import Diagnostics

/// A parameter of an operation: its place, name, and either a schema with a style or a content map.
public struct Parameter: Sendable, Equatable {
    /// Where a parameter is sent.
    public enum Location: String, Sendable, Hashable, CaseIterable {
        case query, header, path, cookie
    }

    /// How a parameter's value is serialized.
    public enum Style: String, Sendable, Hashable, CaseIterable {
        case matrix, label, form, simple, spaceDelimited, pipeDelimited, deepObject
    }

    public var name: String
    public var location: Location
    public var description: String?
    /// Always true for path parameters.
    public var required: Bool
    public var deprecated: Bool
    public var allowEmptyValue: Bool
    /// The style as written; `effectiveStyle` applies the default.
    public var style: Style?
    /// Explode as written; `effectiveExplode` applies the default.
    public var explode: Bool?
    public var allowReserved: Bool
    public var schema: JSONSchema?
    public var example: JSONValue?
    public var examples: OrderedMap<Referenceable<Example>>
    /// Used instead of `schema` for complex serializations; holds exactly one media type.
    public var content: OrderedMap<MediaType>
    public var extensions: OrderedMap<JSONValue>
    /// Where the parameter object starts.
    public var sourceLocation: SourceLocation

    /// The style the spec prescribes when none is written: `form` for query and cookie, `simple` otherwise.
    public var effectiveStyle: Style {
        style ?? ((location == .query || location == .cookie) ? .form : .simple)
    }

    /// Explode defaults to true for `form` and false for every other style.
    public var effectiveExplode: Bool {
        explode ?? (effectiveStyle == .form)
    }
}
