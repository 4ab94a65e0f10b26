public import Foundation
public import HTTPTypes
public import OpenAPIRuntime

/// A response being put together by a generated server stub from the handler's typed output.
public struct OutgoingResponse: Sendable, StreamedBodyWriting {
    /// The status code.
    public var status: HTTPResponse.Status
    /// Header fields added so far.
    public var headerFields = HTTPFields()
    /// The body's bytes; `nil` for a response without a body or with a streamed one.
    public var body: [UInt8]?
    /// A body sent as it is produced; `nil` unless the response streams.
    public var stream: HTTPBody?

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

    /// Sends a body as it is produced, never collected (binary downloads and every streamed body).
    public mutating func setBody(_ stream: HTTPBody, contentType: String) {
        self.stream = stream
        headerFields[.contentType] = contentType
    }

    /// Sets a documented response header; nothing when the value is nil.
    public mutating func setHeader(_ name: String, _ value: ParameterValue?, explode: Bool = false)
        throws(ClientMessageError)
    {
        try headerFields.setParameter(name, value, explode: explode)
    }
}
