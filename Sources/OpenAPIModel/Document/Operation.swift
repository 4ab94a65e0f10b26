public import Diagnostics

/// One API operation: a method on a path.
public struct Operation: Sendable, Equatable {
    public var method: HTTPMethod
    public var tags: [String]
    public var summary: String?
    public var description: String?
    public var externalDocs: ExternalDocumentation?
    public var operationId: String?
    /// Where `operationId` was written, for diagnostics about it.
    public var operationIdLocation: SourceLocation?
    public var parameters: [Referenceable<Parameter>]
    public var requestBody: Referenceable<RequestBody>?
    /// Responses keyed by status code, range or `default`, in document order.
    public var responses: OrderedMap<Referenceable<Response>>
    /// Where `responses` was written (it is required in 3.0).
    public var responsesLocation: SourceLocation?
    public var callbacks: OrderedMap<Referenceable<Callback>>
    public var deprecated: Bool
    /// `nil` inherits the document's requirements; an empty array means no security.
    public var security: [SecurityRequirement]?
    public var servers: [Server]
    public var extensions: OrderedMap<JSONValue>
    /// Where the operation's method key was written.
    public var location: SourceLocation
}

/// A set of requests the API may send back, keyed by a runtime expression such as `{$request.body#/url}`.
public struct Callback: Sendable, Equatable {
    public var expressions: OrderedMap<Referenceable<PathItem>>
    public var extensions: OrderedMap<JSONValue>
    public var location: SourceLocation
}
