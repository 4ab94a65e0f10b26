public import Diagnostics

/// One API operation: a method on a path.
public struct Operation: Sendable, Equatable {
    /// The fields, kept in one copy-on-write box (`CopyOnWrite`).
    struct Fields: Sendable, Equatable {
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
        var tagLocations: [SourceLocation]
        var requestBodyLocation: SourceLocation?
    }

    private var storage: CopyOnWrite<Fields>

    /// Creates a value.
    public init(
        method: HTTPMethod,
        tags: [String],
        summary: String?,
        description: String?,
        externalDocs: ExternalDocumentation?,
        operationId: String?,
        operationIdLocation: SourceLocation?,
        parameters: [Referenceable<Parameter>],
        requestBody: Referenceable<RequestBody>?,
        responses: OrderedMap<Referenceable<Response>>,
        responsesLocation: SourceLocation?,
        callbacks: OrderedMap<Referenceable<Callback>>,
        deprecated: Bool,
        security: [SecurityRequirement]?,
        servers: [Server],
        extensions: OrderedMap<JSONValue>,
        location: SourceLocation,
        tagLocations: [SourceLocation] = [],
        requestBodyLocation: SourceLocation? = nil
    ) {
        storage = CopyOnWrite(
            Fields(
                method: method,
                tags: tags,
                summary: summary,
                description: description,
                externalDocs: externalDocs,
                operationId: operationId,
                operationIdLocation: operationIdLocation,
                parameters: parameters,
                requestBody: requestBody,
                responses: responses,
                responsesLocation: responsesLocation,
                callbacks: callbacks,
                deprecated: deprecated,
                security: security,
                servers: servers,
                extensions: extensions,
                location: location,
                tagLocations: tagLocations,
                requestBodyLocation: requestBodyLocation))
    }

    /// The HTTP method, from the key the operation is written under.
    public var method: HTTPMethod {
        get { storage.fields.method }
        set { storage.update { $0.method = newValue } }
    }

    /// Tags grouping the operation, in document order.
    public var tags: [String] {
        get { storage.fields.tags }
        set { storage.update { $0.tags = newValue } }
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

    /// More documentation elsewhere (`externalDocs`).
    public var externalDocs: ExternalDocumentation? {
        get { storage.fields.externalDocs }
        set { storage.update { $0.externalDocs = newValue } }
    }

    /// The operation's unique id, when given.
    public var operationId: String? {
        get { storage.fields.operationId }
        set { storage.update { $0.operationId = newValue } }
    }

    /// Where `operationId` was written, for diagnostics about it.
    public var operationIdLocation: SourceLocation? {
        get { storage.fields.operationIdLocation }
        set { storage.update { $0.operationIdLocation = newValue } }
    }

    /// The operation's own parameters (the path item's are added by the resolver).
    public var parameters: [Referenceable<Parameter>] {
        get { storage.fields.parameters }
        set { storage.update { $0.parameters = newValue } }
    }

    /// The request body, or a reference to one.
    public var requestBody: Referenceable<RequestBody>? {
        get { storage.fields.requestBody }
        set { storage.update { $0.requestBody = newValue } }
    }

    /// Responses keyed by status code, range or `default`, in document order.
    public var responses: OrderedMap<Referenceable<Response>> {
        get { storage.fields.responses }
        set { storage.update { $0.responses = newValue } }
    }

    /// Where `responses` was written (it is required in 3.0).
    public var responsesLocation: SourceLocation? {
        get { storage.fields.responsesLocation }
        set { storage.update { $0.responsesLocation = newValue } }
    }

    /// Callbacks by name: requests the API sends to URLs the caller provides.
    public var callbacks: OrderedMap<Referenceable<Callback>> {
        get { storage.fields.callbacks }
        set { storage.update { $0.callbacks = newValue } }
    }

    /// True when marked `deprecated`.
    public var deprecated: Bool {
        get { storage.fields.deprecated }
        set { storage.update { $0.deprecated = newValue } }
    }

    /// `nil` inherits the document's requirements; an empty array means no security.
    public var security: [SecurityRequirement]? {
        get { storage.fields.security }
        set { storage.update { $0.security = newValue } }
    }

    /// The `servers` that replace the enclosing ones for this object.
    public var servers: [Server] {
        get { storage.fields.servers }
        set { storage.update { $0.servers = newValue } }
    }

    /// The `x-` extension fields, in document order.
    public var extensions: OrderedMap<JSONValue> {
        get { storage.fields.extensions }
        set { storage.update { $0.extensions = newValue } }
    }

    /// Where the operation's method key was written.
    public var location: SourceLocation {
        get { storage.fields.location }
        set { storage.update { $0.location = newValue } }
    }

    /// Where each of `tags` is written, in the same order.
    public var tagLocations: [SourceLocation] {
        get { storage.fields.tagLocations }
        set { storage.update { $0.tagLocations = newValue } }
    }

    /// Where the `requestBody` key is written, if it is.
    public var requestBodyLocation: SourceLocation? {
        get { storage.fields.requestBodyLocation }
        set { storage.update { $0.requestBodyLocation = newValue } }
    }
}

/// A set of requests the API may send back, keyed by a runtime expression such as `{$request.body#/url}`.
public struct Callback: Sendable, Equatable {
    /// The path items the API calls, by runtime expression (`{$request.body#/callbackUrl}`).
    public var expressions: OrderedMap<Referenceable<PathItem>>
    /// The `x-` extension fields, in document order.
    public var extensions: OrderedMap<JSONValue>
    /// Where the object starts in its file.
    public var location: SourceLocation
}
