public import HTTPTypes

/// A request a generated server stub refuses before calling the handler, answered with `status` and `message` as
/// plain text.
public struct BadRequest: Error, CustomStringConvertible, Sendable, Hashable {
    public var status: HTTPResponse.Status
    public var message: String

    public init(status: HTTPResponse.Status = .badRequest, message: String) {
        self.status = status
        self.message = message
    }

    public var description: String { "HTTP \(status.code): \(message)" }
}
