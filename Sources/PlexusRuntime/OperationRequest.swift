public import Foundation
public import HTTPTypes
public import OpenAPIRuntime

/// A request being put together by a generated client method: path parameters filled in, query items and
/// headers added in the parameter's style, a body attached.
public struct OperationRequest: Sendable, StreamedBodyWriting {
    /// The HTTP method.
    public var method: HTTPRequest.Method
    /// The path with `{name}` placeholders not yet filled.
    public private(set) var path: String
    /// Query items already encoded (`name=value`), in the order they were added.
    public private(set) var queryItems: [String] = []
    /// Header fields added so far.
    public var headerFields = HTTPFields()
    private var cookies: [String] = []
    /// The body, when one is attached.
    public private(set) var body: HTTPBody?

    /// - Parameter accept: the media types the operation documents for its responses.
    public init(method: HTTPRequest.Method, path: String, accept: String = "application/json") {
        self.method = method
        self.path = path
        headerFields[.accept] = accept
    }

    /// Replaces `{name}` in the path with the encoded value.
    public mutating func setPath(
        _ name: String, _ value: ParameterValue, style: ParameterStyle = .simple, explode: Bool = false
    ) throws(ParameterEncoding.UnsupportedStyle) {
        let text = try ParameterEncoding.path(name: name, value: value, style: style, explode: explode)
        path = path.replacingOccurrences(of: "{\(name)}", with: text)
    }

    /// Adds a query parameter; nothing when the value is nil.
    public mutating func addQuery(
        _ name: String, _ value: ParameterValue?, style: ParameterStyle = .form, explode: Bool = true,
        allowReserved: Bool = false
    ) throws(ParameterEncoding.UnsupportedStyle) {
        guard let value else { return }
        if case .array(let items) = value, items.isEmpty, explode { return }
        queryItems += try ParameterEncoding.query(
            name: name, value: value, style: style, explode: explode, allowReserved: allowReserved)
    }

    /// Sets a header parameter; nothing when the value is nil.
    public mutating func setHeader(_ name: String, _ value: ParameterValue?, explode: Bool = false)
        throws(ClientMessageError)
    {
        try headerFields.setParameter(name, value, explode: explode)
    }

    /// Adds a cookie parameter; nothing when the value is nil.
    public mutating func addCookie(_ name: String, _ value: ParameterValue?, explode: Bool = true) {
        guard let value else { return }
        cookies.append(ParameterEncoding.cookie(name: name, value: value, explode: explode))
    }

    /// Sends `value` as JSON.
    public mutating func setJSONBody(_ value: some Encodable, contentType: String = "application/json") throws {
        let data = try RequestJSONEncoder.make().encode(value)
        headerFields[.contentType] = contentType
        body = HTTPBody(data)
    }

    /// Sends an object as `application/x-www-form-urlencoded`: one field per property, arrays repeated.
    public mutating func setFormBody(
        _ value: some Encodable, contentType: String = "application/x-www-form-urlencoded"
    ) throws {
        headerFields[.contentType] = contentType
        body = HTTPBody(FormBody.urlEncoded(try FormFieldEncoding.fields(of: value)))
    }

    /// Sends an object as `multipart/form-data`: one part per property, arrays as repeated parts, `Data` as
    /// files. `contentTypes` are the document's `encoding` content types by property.
    public mutating func setMultipartBody(_ value: some Encodable, contentTypes: [String: String] = [:]) throws {
        let (bytes, contentType) = FormBody.multipart(
            try FormFieldEncoding.fields(of: value), contentTypes: contentTypes)
        headerFields[.contentType] = contentType
        body = HTTPBody(bytes)
    }

    /// Sends raw bytes (binary and text bodies) with their media type.
    public mutating func setBody(_ data: Data, contentType: String) {
        headerFields[.contentType] = contentType
        body = HTTPBody(data)
    }

    /// Sends text (UTF-8) with its media type.
    public mutating func setBody(_ text: String, contentType: String) {
        setBody(Data(text.utf8), contentType: contentType)
    }

    /// Sends a body as it is produced, never collected (binary uploads and every streamed body).
    public mutating func setBody(_ stream: HTTPBody, contentType: String) {
        headerFields[.contentType] = contentType
        body = stream
    }

    /// The `HTTPRequest` to send: path and query joined, cookies in one `Cookie` header.
    public func httpRequest() -> HTTPRequest {
        var fields = headerFields
        if !cookies.isEmpty { fields[.cookie] = cookies.joined(separator: "; ") }
        let fullPath = queryItems.isEmpty ? path : path + "?" + queryItems.joined(separator: "&")
        return HTTPRequest(method: method, scheme: nil, authority: nil, path: fullPath, headerFields: fields)
    }
}
