public import Diagnostics

/// A response or encoding header: a parameter without name and location.
public struct Header: Sendable, Equatable {
    public var description: String?
    public var required: Bool
    public var deprecated: Bool
    /// Always `simple` for headers when written.
    public var style: Parameter.Style?
    public var explode: Bool?
    public var schema: JSONSchema?
    public var example: JSONValue?
    public var examples: OrderedMap<Referenceable<Example>>
    public var content: OrderedMap<MediaType>
    public var extensions: OrderedMap<JSONValue>
    public var location: SourceLocation
}
