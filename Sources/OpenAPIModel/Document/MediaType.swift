public import Diagnostics

/// The schema and examples of one media type of a body.
public struct MediaType: Sendable, Equatable {
    public var schema: JSONSchema?
    public var example: JSONValue?
    public var examples: OrderedMap<Referenceable<Example>>
    /// How properties of form and multipart bodies are encoded, keyed by property name.
    public var encoding: OrderedMap<Encoding>
    public var extensions: OrderedMap<JSONValue>
    public var location: SourceLocation
}

/// The encoding of one property of a form or multipart body.
public struct Encoding: Sendable, Equatable {
    public var contentType: String?
    public var headers: OrderedMap<Referenceable<Header>>
    public var style: Parameter.Style?
    public var explode: Bool?
    public var allowReserved: Bool
    public var extensions: OrderedMap<JSONValue>
    public var location: SourceLocation
}
