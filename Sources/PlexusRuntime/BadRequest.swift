public import HTTPTypes

/// A request a generated server stub refuses before calling the handler, answered with `status` and `message` as
/// plain text.
public struct BadRequest: Error, CustomStringConvertible, Sendable, Hashable {
    /// The status to answer with (400 unless said otherwise).
    public var status: HTTPResponse.Status
    /// What is wrong with the request, for the answer's body.
    public var message: String

    /// A request the stub refuses with `status`.
    public init(status: HTTPResponse.Status = .badRequest, message: String) {
        self.status = status
        self.message = message
    }

    /// `HTTP <code>: <message>`.
    public var description: String { "HTTP \(status.code): \(message)" }
}
