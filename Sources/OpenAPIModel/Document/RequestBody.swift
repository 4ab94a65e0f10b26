public import Diagnostics

/// The body of a request, per media type.
public struct RequestBody: Sendable, Equatable {
    /// The `description` (CommonMark).
    public var description: String?
    /// Media types in document order.
    public var content: OrderedMap<MediaType>
    /// True when a body must be sent.
    public var required: Bool
    /// The `x-` extension fields, in document order.
    public var extensions: OrderedMap<JSONValue>
    /// Where the object starts in its file.
    public var location: SourceLocation
}
