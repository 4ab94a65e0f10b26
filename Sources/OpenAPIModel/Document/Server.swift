public import Diagnostics

/// A server the API is reachable at; `url` may contain `{variables}`.
public struct Server: Sendable, Equatable {
    public var url: String
    public var description: String?
    /// Values for the `{variables}` in `url`.
    public var variables: OrderedMap<ServerVariable>
    public var extensions: OrderedMap<JSONValue>
    public var location: SourceLocation
}

/// One `{variable}` of a server URL.
public struct ServerVariable: Sendable, Equatable {
    /// The allowed values, if restricted.
    public var enumValues: [String]?
    /// The value used when the caller supplies none.
    public var defaultValue: String
    public var description: String?
    public var extensions: OrderedMap<JSONValue>
    public var location: SourceLocation
}
