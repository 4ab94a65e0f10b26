public import Diagnostics

/// The schema and examples of one media type of a body.
public struct MediaType: Sendable, Equatable {
    /// The schema of bodies of this media type.
    public var schema: JSONSchema?
    /// The schema of each item of a streamed body (`itemSchema`, OpenAPI 3.2): a JSON Lines line, a JSON
    /// Sequence record, a server-sent event.
    public var itemSchema: JSONSchema? = nil
    /// The `example` value.
    public var example: JSONValue?
    /// Named `examples`, each an Example object or a reference to one.
    public var examples: OrderedMap<Referenceable<Example>>
    /// How properties of form and multipart bodies are encoded, keyed by property name.
    public var encoding: OrderedMap<Encoding>
    /// The `x-` extension fields, in document order.
    public var extensions: OrderedMap<JSONValue>
    /// Where the object starts in its file.
    public var location: SourceLocation
}

/// The encoding of one property of a form or multipart body.
public struct Encoding: Sendable, Equatable {
    /// The media type of the property's part (multipart) or value.
    public var contentType: String?
    /// Headers of the property's part (multipart only).
    public var headers: OrderedMap<Referenceable<Header>>
    /// How the property is serialized (form bodies); `nil` for `form`.
    public var style: Parameter.Style?
    /// Whether arrays and objects are exploded; `nil` for the style's default.
    public var explode: Bool?
    /// True when reserved characters are sent unencoded (form bodies).
    public var allowReserved: Bool
    /// The `x-` extension fields, in document order.
    public var extensions: OrderedMap<JSONValue>
    /// Where the object starts in its file.
    public var location: SourceLocation
}
