public import HTTPTypes

/// A request a generated server stub refuses before its handler runs: a body over the size limit (413), a body or
/// parameter it cannot read (400), an undeclared content type (415).
///
/// By default the stub answers with `message` as plain text. An API that documents an error body for such answers
/// passes a `Responder` to `registerHandlers`, which writes the answer the document promises (its error schema, its
/// content type) instead.
public struct RequestRejection: Error, Sendable, Hashable, CustomStringConvertible {
    /// The status the stub answers with.
    public var status: HTTPResponse.Status
    /// The operation the request was for.
    public var operationID: String
    /// What is wrong with the request, in words, as the plain-text answer says it (naming the operation).
    public var message: String

    /// A rejection of a request for `operationID` with `status`.
    public init(status: HTTPResponse.Status, operationID: String, message: String) {
        self.status = status
        self.operationID = operationID
        self.message = message
    }

    /// Writes the answer to a rejected request.
    public typealias Responder = @Sendable (RequestRejection) throws -> OutgoingResponse

    /// `HTTP <code>: <message>`.
    public var description: String { "HTTP \(status.code): \(message)" }
}
