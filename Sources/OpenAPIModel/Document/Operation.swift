public import Diagnostics

/// One API operation: a method on a path.
public struct Operation: Sendable, Equatable {
    /// Fields live in one copy-on-write box, so copying the value is one retain however many fields it has.
    private final class Storage: @unchecked Sendable {
        var method: HTTPMethod
        var tags: [String]
        var summary: String?
        var description: String?
        var externalDocs: ExternalDocumentation?
        var operationId: String?
        var operationIdLocation: SourceLocation?
        var parameters: [Referenceable<Parameter>]
        var requestBody: Referenceable<RequestBody>?
        var responses: OrderedMap<Referenceable<Response>>
        var responsesLocation: SourceLocation?
        var callbacks: OrderedMap<Referenceable<Callback>>
        var deprecated: Bool
        var security: [SecurityRequirement]?
        var servers: [Server]
        var extensions: OrderedMap<JSONValue>
        var location: SourceLocation

        init(method: HTTPMethod, tags: [String], summary: String?, description: String?, externalDocs: ExternalDocumentation?, operationId: String?, operationIdLocation: SourceLocation?, parameters: [Referenceable<Parameter>], requestBody: Referenceable<RequestBody>?, responses: OrderedMap<Referenceable<Response>>, responsesLocation: SourceLocation?, callbacks: OrderedMap<Referenceable<Callback>>, deprecated: Bool, security: [SecurityRequirement]?, servers: [Server], extensions: OrderedMap<JSONValue>, location: SourceLocation) {
            self.method = method
            self.tags = tags
            self.summary = summary
            self.description = description
            self.externalDocs = externalDocs
            self.operationId = operationId
            self.operationIdLocation = operationIdLocation
            self.parameters = parameters
            self.requestBody = requestBody
            self.responses = responses
            self.responsesLocation = responsesLocation
            self.callbacks = callbacks
            self.deprecated = deprecated
            self.security = security
            self.servers = servers
            self.extensions = extensions
            self.location = location
        }

        func copy() -> Storage {
            Storage(method: method, tags: tags, summary: summary, description: description, externalDocs: externalDocs, operationId: operationId, operationIdLocation: operationIdLocation, parameters: parameters, requestBody: requestBody, responses: responses, responsesLocation: responsesLocation, callbacks: callbacks, deprecated: deprecated, security: security, servers: servers, extensions: extensions, location: location)
        }
    }

    // Shared by copies; written only after `isKnownUniquelyReferenced` made it unique.
    private var storage: Storage

    private mutating func unique() -> Storage {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        return storage
    }

    /// Creates a value.
    public init(method: HTTPMethod, tags: [String], summary: String?, description: String?, externalDocs: ExternalDocumentation?, operationId: String?, operationIdLocation: SourceLocation?, parameters: [Referenceable<Parameter>], requestBody: Referenceable<RequestBody>?, responses: OrderedMap<Referenceable<Response>>, responsesLocation: SourceLocation?, callbacks: OrderedMap<Referenceable<Callback>>, deprecated: Bool, security: [SecurityRequirement]?, servers: [Server], extensions: OrderedMap<JSONValue>, location: SourceLocation) {
        storage = Storage(method: method, tags: tags, summary: summary, description: description, externalDocs: externalDocs, operationId: operationId, operationIdLocation: operationIdLocation, parameters: parameters, requestBody: requestBody, responses: responses, responsesLocation: responsesLocation, callbacks: callbacks, deprecated: deprecated, security: security, servers: servers, extensions: extensions, location: location)
    }

    public var method: HTTPMethod {
        get { storage.method }
        set { unique().method = newValue }
    }

    public var tags: [String] {
        get { storage.tags }
        set { unique().tags = newValue }
    }

    public var summary: String? {
        get { storage.summary }
        set { unique().summary = newValue }
    }

    public var description: String? {
        get { storage.description }
        set { unique().description = newValue }
    }

    public var externalDocs: ExternalDocumentation? {
        get { storage.externalDocs }
        set { unique().externalDocs = newValue }
    }

    public var operationId: String? {
        get { storage.operationId }
        set { unique().operationId = newValue }
    }

    /// Where `operationId` was written, for diagnostics about it.
    public var operationIdLocation: SourceLocation? {
        get { storage.operationIdLocation }
        set { unique().operationIdLocation = newValue }
    }

    public var parameters: [Referenceable<Parameter>] {
        get { storage.parameters }
        set { unique().parameters = newValue }
    }

    public var requestBody: Referenceable<RequestBody>? {
        get { storage.requestBody }
        set { unique().requestBody = newValue }
    }

    /// Responses keyed by status code, range or `default`, in document order.
    public var responses: OrderedMap<Referenceable<Response>> {
        get { storage.responses }
        set { unique().responses = newValue }
    }

    /// Where `responses` was written (it is required in 3.0).
    public var responsesLocation: SourceLocation? {
        get { storage.responsesLocation }
        set { unique().responsesLocation = newValue }
    }

    public var callbacks: OrderedMap<Referenceable<Callback>> {
        get { storage.callbacks }
        set { unique().callbacks = newValue }
    }

    public var deprecated: Bool {
        get { storage.deprecated }
        set { unique().deprecated = newValue }
    }

    /// `nil` inherits the document's requirements; an empty array means no security.
    public var security: [SecurityRequirement]? {
        get { storage.security }
        set { unique().security = newValue }
    }

    public var servers: [Server] {
        get { storage.servers }
        set { unique().servers = newValue }
    }

    public var extensions: OrderedMap<JSONValue> {
        get { storage.extensions }
        set { unique().extensions = newValue }
    }

    /// Where the operation's method key was written.
    public var location: SourceLocation {
        get { storage.location }
        set { unique().location = newValue }
    }

    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.storage === rhs.storage
            || (lhs.method == rhs.method
                && lhs.tags == rhs.tags
                && lhs.summary == rhs.summary
                && lhs.description == rhs.description
                && lhs.externalDocs == rhs.externalDocs
                && lhs.operationId == rhs.operationId
                && lhs.operationIdLocation == rhs.operationIdLocation
                && lhs.parameters == rhs.parameters
                && lhs.requestBody == rhs.requestBody
                && lhs.responses == rhs.responses
                && lhs.responsesLocation == rhs.responsesLocation
                && lhs.callbacks == rhs.callbacks
                && lhs.deprecated == rhs.deprecated
                && lhs.security == rhs.security
                && lhs.servers == rhs.servers
                && lhs.extensions == rhs.extensions
                && lhs.location == rhs.location)
    }
}

/// A set of requests the API may send back, keyed by a runtime expression such as `{$request.body#/url}`.
public struct Callback: Sendable, Equatable {
    public var expressions: OrderedMap<Referenceable<PathItem>>
    public var extensions: OrderedMap<JSONValue>
    public var location: SourceLocation
}
