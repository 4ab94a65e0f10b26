public import Diagnostics

/// The operations available on one path.
public struct PathItem: Sendable, Equatable {
    /// Fields live in one copy-on-write box, so copying the value is one retain however many fields it has.
    private final class Storage: @unchecked Sendable {
        var ref: Reference?
        var summary: String?
        var description: String?
        var operations: [Operation]
        var servers: [Server]
        var parameters: [Referenceable<Parameter>]
        var extensions: OrderedMap<JSONValue>
        var location: SourceLocation

        init(ref: Reference?, summary: String?, description: String?, operations: [Operation], servers: [Server], parameters: [Referenceable<Parameter>], extensions: OrderedMap<JSONValue>, location: SourceLocation) {
            self.ref = ref
            self.summary = summary
            self.description = description
            self.operations = operations
            self.servers = servers
            self.parameters = parameters
            self.extensions = extensions
            self.location = location
        }

        func copy() -> Storage {
            Storage(ref: ref, summary: summary, description: description, operations: operations, servers: servers, parameters: parameters, extensions: extensions, location: location)
        }
    }

    // Shared by copies; written only after `isKnownUniquelyReferenced` made it unique.
    private var storage: Storage

    private mutating func unique() -> Storage {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        return storage
    }

    /// Creates a value.
    public init(ref: Reference?, summary: String?, description: String?, operations: [Operation], servers: [Server], parameters: [Referenceable<Parameter>], extensions: OrderedMap<JSONValue>, location: SourceLocation) {
        storage = Storage(ref: ref, summary: summary, description: description, operations: operations, servers: servers, parameters: parameters, extensions: extensions, location: location)
    }

    /// A `$ref` to a path item defined elsewhere, whose fields this one's are merged with.
    public var ref: Reference? {
        get { storage.ref }
        set { unique().ref = newValue }
    }

    public var summary: String? {
        get { storage.summary }
        set { unique().summary = newValue }
    }

    public var description: String? {
        get { storage.description }
        set { unique().description = newValue }
    }

    /// The operations, in document order.
    public var operations: [Operation] {
        get { storage.operations }
        set { unique().operations = newValue }
    }

    public var servers: [Server] {
        get { storage.servers }
        set { unique().servers = newValue }
    }

    /// Parameters shared by every operation of the path.
    public var parameters: [Referenceable<Parameter>] {
        get { storage.parameters }
        set { unique().parameters = newValue }
    }

    public var extensions: OrderedMap<JSONValue> {
        get { storage.extensions }
        set { unique().extensions = newValue }
    }

    public var location: SourceLocation {
        get { storage.location }
        set { unique().location = newValue }
    }

    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.storage === rhs.storage
            || (lhs.ref == rhs.ref
                && lhs.summary == rhs.summary
                && lhs.description == rhs.description
                && lhs.operations == rhs.operations
                && lhs.servers == rhs.servers
                && lhs.parameters == rhs.parameters
                && lhs.extensions == rhs.extensions
                && lhs.location == rhs.location)
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
