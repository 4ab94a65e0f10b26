public import Diagnostics

/// A design-time link from a response to another operation.
public struct Link: Sendable, Equatable {
    /// A reference to the linked operation, instead of `operationId`.
    public var operationRef: String?
    /// The `operationId` of the linked operation.
    public var operationId: String?
    /// Parameter values as runtime expressions or constants.
    public var parameters: OrderedMap<JSONValue>
    /// The request body to send to the linked operation (a value or runtime expression).
    public var requestBody: JSONValue?
    /// The `description` (CommonMark).
    public var description: String?
    /// The server the linked operation is called on, instead of its own.
    public var server: Server?
    /// The `x-` extension fields, in document order.
    public var extensions: OrderedMap<JSONValue>
    /// Where the object starts in its file.
    public var location: SourceLocation
}
