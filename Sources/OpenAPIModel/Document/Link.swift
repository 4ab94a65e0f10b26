public import Diagnostics

/// A design-time link from a response to another operation.
public struct Link: Sendable, Equatable {
    public var operationRef: String?
    public var operationId: String?
    /// Parameter values as runtime expressions or constants.
    public var parameters: OrderedMap<JSONValue>
    public var requestBody: JSONValue?
    public var description: String?
    public var server: Server?
    public var extensions: OrderedMap<JSONValue>
    public var location: SourceLocation
}
