public import Diagnostics

/// The operations available on one path.
public struct PathItem: Sendable, Equatable {
    /// The fields, kept in one copy-on-write box (`CopyOnWrite`).
    struct Fields: Sendable, Equatable {
        var ref: Reference?
        var summary: String?
        var description: String?
        var operations: [Operation]
        var servers: [Server]
        var parameters: [Referenceable<Parameter>]
        var extensions: OrderedMap<JSONValue>
        var location: SourceLocation
    }

    private var storage: CopyOnWrite<Fields>

    /// Creates a value.
    public init(
        ref: Reference?,
        summary: String?,
        description: String?,
        operations: [Operation],
        servers: [Server],
        parameters: [Referenceable<Parameter>],
        extensions: OrderedMap<JSONValue>,
        location: SourceLocation
    ) {
        storage = CopyOnWrite(
            Fields(
                ref: ref,
                summary: summary,
                description: description,
                operations: operations,
                servers: servers,
                parameters: parameters,
                extensions: extensions,
                location: location))
    }

    /// A `$ref` to a path item defined elsewhere, whose fields this one's are merged with.
    public var ref: Reference? {
        get { storage.fields.ref }
        set { storage.update { $0.ref = newValue } }
    }

    /// The `summary`: a short line.
    public var summary: String? {
        get { storage.fields.summary }
        set { storage.update { $0.summary = newValue } }
    }

    /// The `description` (CommonMark).
    public var description: String? {
        get { storage.fields.description }
        set { storage.update { $0.description = newValue } }
    }

    /// The operations, in document order.
    public var operations: [Operation] {
        get { storage.fields.operations }
        set { storage.update { $0.operations = newValue } }
    }

    /// The `servers` that replace the enclosing ones for this object.
    public var servers: [Server] {
        get { storage.fields.servers }
        set { storage.update { $0.servers = newValue } }
    }

    /// Parameters shared by every operation of the path.
    public var parameters: [Referenceable<Parameter>] {
        get { storage.fields.parameters }
        set { storage.update { $0.parameters = newValue } }
    }

    /// The `x-` extension fields, in document order.
    public var extensions: OrderedMap<JSONValue> {
        get { storage.fields.extensions }
        set { storage.update { $0.extensions = newValue } }
    }

    /// Where the object starts in its file.
    public var location: SourceLocation {
        get { storage.fields.location }
        set { storage.update { $0.location = newValue } }
    }

    /// The operation for `method`, if the path has one.
    public func operation(_ method: HTTPMethod) -> Operation? {
        operations.first { $0.method == method }
    }
}

/// The HTTP methods a path item can hold.
public enum HTTPMethod: String, Sendable, Hashable, CaseIterable {
    case get, put, post, delete, options, head, patch, trace
}
