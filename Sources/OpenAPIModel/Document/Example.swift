public import Diagnostics

/// A named example: an inline value or an external one.
public struct Example: Sendable, Equatable {
    /// The `summary`: a short line.
    public var summary: String?
    /// The `description` (CommonMark).
    public var description: String?
    /// The example inline; `nil` when `externalValue` gives it.
    public var value: JSONValue?
    /// A URL of the example when it is not inline.
    public var externalValue: String?
    /// The `x-` extension fields, in document order.
    public var extensions: OrderedMap<JSONValue>
    /// Where the object starts in its file.
    public var location: SourceLocation
}
