public import Diagnostics

/// The operations available on one path.
public struct PathItem: Sendable, Equatable {
    /// A `$ref` to a path item defined elsewhere, whose fields this one's are merged with.
    public var ref: Reference?
    public var summary: String?
    public var description: String?
    /// The operations, in document order.
    public var operations: [Operation]
    public var servers: [Server]
    /// Parameters shared by every operation of the path.
    public var parameters: [Referenceable<Parameter>]
    public var extensions: OrderedMap<JSONValue>
    public var location: SourceLocation

    /// The operation for `method`, if the path has one.
    public func operation(_ method: HTTPMethod) -> Operation? {
        operations.first { $0.method == method }
    }
}

/// The HTTP methods a path item can hold.
public enum HTTPMethod: String, Sendable, Hashable, CaseIterable {
    case get, put, post, delete, options, head, patch, trace
}
