public import Diagnostics

/// A tag declared at the document level.
public struct Tag: Sendable, Equatable {
    /// The tag's name, as operations list it.
    public var name: String
    /// The `description` (CommonMark).
    public var description: String?
    /// More documentation elsewhere (`externalDocs`).
    public var externalDocs: ExternalDocumentation?
    /// The `x-` extension fields, in document order.
    public var extensions: OrderedMap<JSONValue>
    /// Where the object starts in its file.
    public var location: SourceLocation
    /// Where its `name` key is written, if it is.
    public var nameLocation: SourceLocation? = nil
}

/// A link to further documentation.
public struct ExternalDocumentation: Sendable, Equatable {
    /// Where the documentation is.
    public var url: String
    /// The `description` (CommonMark).
    public var description: String?
    /// The `x-` extension fields, in document order.
    public var extensions: OrderedMap<JSONValue>
    /// Where the object starts in its file.
    public var location: SourceLocation
}
