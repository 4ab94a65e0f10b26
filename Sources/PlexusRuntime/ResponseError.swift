public import HTTPTypes

/// A response the operation does not treat as success: its status, headers, the error body decoded as the
/// document declares it (when it declares one and the body matches), and the raw bytes.
public struct ResponseError<Body: Sendable>: Error, CustomStringConvertible, Sendable {
    /// The operation that received the response.
    public var operationID: String
    /// The response's status.
    public var status: HTTPResponse.Status
    /// The response's header fields.
    public var headerFields: HTTPFields
    /// The body as the document's error schema, or nil when none is declared or the body does not match it.
    public var body: Body?
    /// The body's bytes as received.
    public var rawBody: [UInt8]

    /// Creates the error.
    public init(
        operationID: String, status: HTTPResponse.Status, headerFields: HTTPFields, body: Body?, rawBody: [UInt8]
    ) {
        self.operationID = operationID
        self.status = status
        self.headerFields = headerFields
        self.body = body
        self.rawBody = rawBody
    }

    /// The operation, the status and the start of the body, for logs.
    public var description: String {
        let text = String(decoding: rawBody.prefix(500), as: UTF8.self)
        return "\(operationID): HTTP \(status.code) \(status.reasonPhrase)" + (text.isEmpty ? "" : ": \(text)")
    }
}
