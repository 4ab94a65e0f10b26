public import Diagnostics

/// An OpenAPI 3.0 or 3.1 document as written: references are recorded, not followed.
public struct OpenAPIDocument: Sendable, Equatable {
    /// The `openapi` field as written, e.g. `3.0.1`.
    public var openapi: String
    /// The version family the document is read as.
    public var version: OpenAPIVersion
    /// Metadata about the API.
    public var info: Info
    /// The 3.1 default `$schema` for schemas.
    public var jsonSchemaDialect: String?
    /// Where the API is served; empty means `/`.
    public var servers: [Server]
    /// The endpoints, keyed by path template, in document order.
    public var paths: OrderedMap<Referenceable<PathItem>>
    /// Where `paths` was written, if it was.
    public var pathsLocation: SourceLocation?
    /// 3.1 webhooks: requests the API sends to its consumers.
    public var webhooks: OrderedMap<Referenceable<PathItem>>
    /// Reusable objects.
    public var components: Components
    /// Security requirements applied to every operation that does not declare its own.
    public var security: [SecurityRequirement]?
    /// Tags with their descriptions, in document order.
    public var tags: [Tag]
    /// Further documentation.
    public var externalDocs: ExternalDocumentation?
    /// `x-` extensions of the root object.
    public var extensions: OrderedMap<JSONValue>
    /// The file the document was read from.
    public var file: String
    /// Where the `info` key is written, if it is.
    public var infoLocation: SourceLocation?
    /// Where the `openapi` key is written.
    public var openapiLocation: SourceLocation?
}
