public import Diagnostics

/// A tag declared at the document level.
public struct Tag: Sendable, Equatable {
    public var name: String
    public var description: String?
    public var externalDocs: ExternalDocumentation?
    public var extensions: OrderedMap<JSONValue>
    public var location: SourceLocation
}

/// A link to further documentation.
public struct ExternalDocumentation: Sendable, Equatable {
    public var url: String
    public var description: String?
    public var extensions: OrderedMap<JSONValue>
    public var location: SourceLocation
}
