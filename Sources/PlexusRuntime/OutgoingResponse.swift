public import Foundation
public import HTTPTypes

/// A response being put together by a generated server stub from the handler's typed output.
public struct OutgoingResponse: Sendable {
    /// The status code.
    public var status: HTTPResponse.Status
    /// Header fields added so far.
    public var headerFields = HTTPFields()
    /// The body's bytes; `nil` for a response without a body.
    public var body: [UInt8]?

    /// A response with status `status` and no headers or body yet.
    public init(status: Int) {
        self.status = HTTPResponse.Status(code: status)
    }

    /// Sends `value` as JSON.
    public mutating func setJSONBody(_ value: some Encodable, contentType: String = "application/json") throws {
        body = Array(try RequestJSONEncoder.make().encode(value))
        headerFields[.contentType] = contentType
    }

    /// Sends raw bytes (binary bodies) with their media type.
    public mutating func setBody(_ data: Data, contentType: String) {
        body = Array(data)
        headerFields[.contentType] = contentType
    }

    /// Sends text (UTF-8) with its media type.
    public mutating func setBody(_ text: String, contentType: String) {
        body = Array(text.utf8)
        headerFields[.contentType] = contentType
    }

    /// Sets a documented response header; nothing when the value is nil.
    public mutating func setHeader(_ name: String, _ value: ParameterValue?, explode: Bool = false)
        throws(ClientMessageError)
    {
        try headerFields.setParameter(name, value, explode: explode)
    }
}
