/// Why a streamed body ended before its last item: a malformed item, a body cut off in the middle of one, or the
/// connection failing. It names the operation, the body and the position, so a log line says where to look.
public struct StreamError: Error, CustomStringConvertible, Sendable {
    /// Which body of an operation a stream is.
    public enum Body: String, Sendable, Hashable {
        case request = "request body"
        case response = "response body"
    }

    /// The operation whose body it is.
    public var operationID: String
    /// The request's body or the response's.
    public var body: Body
    /// What the stream is made of: `event`, `line`, `record` or `byte`.
    public var itemKind: String
    /// The item (1-based) being read when the stream failed; `nil` for byte streams.
    public var itemNumber: Int?
    /// How many bytes of the body had arrived.
    public var bytesReceived: Int
    /// What went wrong.
    public var reason: String

    /// Creates the error.
    public init(
        operationID: String, body: Body, itemKind: String, itemNumber: Int?, bytesReceived: Int, reason: String
    ) {
        self.operationID = operationID
        self.body = body
        self.itemKind = itemKind
        self.itemNumber = itemNumber
        self.bytesReceived = bytesReceived
        self.reason = reason
    }

    /// `createExport: response body, line 17 (1432 bytes received): not a valid ExportItem: ...`.
    public var description: String {
        let position = itemNumber.map { "\(itemKind) \($0)" } ?? "byte stream"
        return "\(operationID): \(body.rawValue), \(position) (\(bytesReceived) bytes received): \(reason)"
    }
}
