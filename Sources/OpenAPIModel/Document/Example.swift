public import Diagnostics

/// A named example: an inline value or an external one.
public struct Example: Sendable, Equatable {
    public var summary: String?
    public var description: String?
    public var value: JSONValue?
    public var externalValue: String?
    public var extensions: OrderedMap<JSONValue>
    public var location: SourceLocation
}
