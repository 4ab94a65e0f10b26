public import Foundation
public import HTTPTypes

/// A response being put together by a generated server stub from the handler's typed output.
public struct OutgoingResponse: Sendable {
    public var status: HTTPResponse.Status
    public var headerFields = HTTPFields()
    public var body: [UInt8]?

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
