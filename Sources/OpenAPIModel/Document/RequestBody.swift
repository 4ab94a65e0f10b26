public import Diagnostics

/// The body of a request, per media type.
public struct RequestBody: Sendable, Equatable {
    public var description: String?
    /// Media types in document order.
    public var content: OrderedMap<MediaType>
    public var required: Bool
    public var extensions: OrderedMap<JSONValue>
    public var location: SourceLocation
}
