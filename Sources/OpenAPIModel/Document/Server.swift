public import Diagnostics

/// A server the API is reachable at; `url` may contain `{variables}`.
public struct Server: Sendable, Equatable {
    /// The URL, with `{variables}` to substitute.
    public var url: String
    /// The `description` (CommonMark).
    public var description: String?
    /// Values for the `{variables}` in `url`.
    public var variables: OrderedMap<ServerVariable>
    /// The `x-` extension fields, in document order.
    public var extensions: OrderedMap<JSONValue>
    /// Where the object starts in its file.
    public var location: SourceLocation
    /// Where its `url` key is written, if it is.
    public var urlLocation: SourceLocation? = nil
}

/// One `{variable}` of a server URL.
public struct ServerVariable: Sendable, Equatable {
    /// The allowed values, if restricted.
    public var enumValues: [String]?
    /// The value used when the caller supplies none.
    public var defaultValue: String
    /// The `description` (CommonMark).
    public var description: String?
    /// The `x-` extension fields, in document order.
    public var extensions: OrderedMap<JSONValue>
    /// Where the object starts in its file.
    public var location: SourceLocation
    /// Where its `default` key is written, if it is.
    public var defaultLocation: SourceLocation? = nil
}
