public import Diagnostics

/// A response or encoding header: a parameter without name and location.
public struct Header: Sendable, Equatable {
    /// The `description` (CommonMark).
    public var description: String?
    /// True when `required: true`.
    public var required: Bool
    /// True when marked `deprecated`.
    public var deprecated: Bool
    /// Always `simple` for headers when written.
    public var style: Parameter.Style?
    /// Whether arrays and objects are exploded; `nil` for the default (`false`).
    public var explode: Bool?
    /// The `schema` of the value.
    public var schema: JSONSchema?
    /// The `example` value.
    public var example: JSONValue?
    /// Named `examples`, each an Example object or a reference to one.
    public var examples: OrderedMap<Referenceable<Example>>
    /// The header's media type and schema, instead of `schema`.
    public var content: OrderedMap<MediaType>
    /// The `x-` extension fields, in document order.
    public var extensions: OrderedMap<JSONValue>
    /// Where the object starts in its file.
    public var location: SourceLocation
}
