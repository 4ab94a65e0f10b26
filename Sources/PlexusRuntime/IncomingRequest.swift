public import Foundation
public import HTTPTypes
public import OpenAPIRuntime

/// A request as a generated server stub reads it: parameters in their style, the body as the documented type.
///
/// Every reader throws `BadRequest` or `ParameterDecoding.Malformed`, which the stub answers with 400.
public struct IncomingRequest: Sendable {
    /// The operation the route belongs to (its `operationId`, or the generated name).
    public var operationID: String
    /// The request as the transport received it.
    public var request: HTTPRequest
    /// Path parameters by name, as the transport matched them in the path; the readers decode them.
    public var pathParameters: [String: Substring]
    /// The body's bytes; nil when the request has none or its body streams.
    public var body: [UInt8]?
    /// The body, unread, when the operation's request body streams.
    public var stream: HTTPBody?

    /// A request of `operationID` with its matched path parameters and body bytes, or its body unread.
    public init(
        operationID: String, request: HTTPRequest, pathParameters: [String: Substring], body: [UInt8]?,
        stream: HTTPBody? = nil
    ) {
        self.operationID = operationID
        self.request = request
        self.pathParameters = pathParameters
        self.body = body
        self.stream = stream
    }

    /// The raw query string (after `?`, before any `#`).
    public var queryString: String {
        guard let path = request.path, let mark = path.firstIndex(of: "?") else { return "" }
        let query = path[path.index(after: mark)...]
        return String(query.prefix { $0 != "#" })
    }

    // MARK: Parameters

    /// A path parameter (always required).
    public func path(
        _ name: String, _ shape: ParameterDecoding.Shape, style: ParameterStyle = .simple, explode: Bool = false
    ) throws -> ParameterValue {
        guard let text = pathParameters[name] else {
            throw BadRequest(message: "path parameter '\(name)' is missing")
        }
        return try ParameterDecoding.path(name: name, text: String(text), shape: shape, style: style, explode: explode)
    }

    /// A query parameter, or nil when the request does not carry it.
    public func query(
        _ name: String, _ shape: ParameterDecoding.Shape, style: ParameterStyle = .form, explode: Bool = true
    ) throws -> ParameterValue? {
        try ParameterDecoding.query(name: name, query: queryString, shape: shape, style: style, explode: explode)
    }

    /// A required query parameter.
    public func requiredQuery(
        _ name: String, _ shape: ParameterDecoding.Shape, style: ParameterStyle = .form, explode: Bool = true
    ) throws -> ParameterValue {
        try required(query(name, shape, style: style, explode: explode), "query parameter '\(name)' is required")
    }

    /// A header parameter, or nil when the request does not carry it.
    public func header(_ name: String, _ shape: ParameterDecoding.Shape, explode: Bool = false) throws
        -> ParameterValue?
    {
        try request.headerFields.parameter(name, shape, explode: explode)
    }

    /// A required header parameter.
    public func requiredHeader(_ name: String, _ shape: ParameterDecoding.Shape, explode: Bool = false) throws
        -> ParameterValue
    {
        try required(header(name, shape, explode: explode), "header '\(name)' is required")
    }

    /// A cookie parameter (`form` style), or nil when the request does not carry it.
    public func cookie(_ name: String, _ shape: ParameterDecoding.Shape, explode: Bool = true) throws -> ParameterValue?
    {
        let cookies = request.headerFields[values: .cookie]
        guard !cookies.isEmpty else { return nil }
        // Cookie pairs are written like form query items, only separated by "; ", so they read back the same way.
        let pairs = cookies.flatMap { $0.split(separator: ";") }.map { $0.trimmingCharacters(in: .whitespaces) }
        return try ParameterDecoding.query(
            name: name, query: pairs.joined(separator: "&"), shape: shape, style: .form, explode: explode)
    }

    /// A required cookie parameter.
    public func requiredCookie(_ name: String, _ shape: ParameterDecoding.Shape, explode: Bool = true) throws
        -> ParameterValue
    {
        try required(cookie(name, shape, explode: explode), "cookie '\(name)' is required")
    }

    private func required(_ value: ParameterValue?, _ message: @autoclosure () -> String) throws -> ParameterValue {
        guard let value else { throw BadRequest(message: message()) }
        return value
    }

    private func requiredBody<Value>(_ value: Value?) throws -> Value {
        guard let value else { throw BadRequest(message: "a request body is required") }
        return value
    }

    // MARK: Body

    /// The JSON body as `Value`; enum values the document does not list are refused.
    public func jsonBody<Value: Decodable>(_ type: Value.Type) throws -> Value {
        try requiredBody(jsonBodyIfPresent(type))
    }

    /// The JSON body as `Value`, or nil when the request has none.
    public func jsonBodyIfPresent<Value: Decodable>(_ type: Value.Type) throws -> Value? {
        guard let body, !body.isEmpty else { return nil }
        if let contentType = request.headerFields[.contentType], !Self.isJSON(contentType) {
            throw BadRequest(status: .unsupportedMediaType, message: "expected a JSON body, got '\(contentType)'")
        }
        do {
            return try StrictJSONDecoder.make().decode(Value.self, from: Data(body))
        } catch {
            throw BadRequest(message: "request body is not a valid \(Value.self): \(DecodingErrorText.describe(error))")
        }
    }

    /// An `application/x-www-form-urlencoded` body as `Value` (an object: one field per property).
    public func formBody<Value: Decodable>(_ type: Value.Type) throws -> Value {
        try requiredBody(formBodyIfPresent(type))
    }

    /// An `application/x-www-form-urlencoded` body as `Value`, or nil when the request has none.
    public func formBodyIfPresent<Value: Decodable>(_ type: Value.Type) throws -> Value? {
        guard let body, !body.isEmpty else { return nil }
        return try decodeFields(try FormBody.urlDecoded(body), as: Value.self)
    }

    /// A `multipart/form-data` body as `Value` (an object: one part per property, arrays as repeated parts).
    public func multipartBody<Value: Decodable>(_ type: Value.Type) throws -> Value {
        try requiredBody(multipartBodyIfPresent(type))
    }

    /// A `multipart/form-data` body as `Value`, or nil when the request has none.
    public func multipartBodyIfPresent<Value: Decodable>(_ type: Value.Type) throws -> Value? {
        guard let body, !body.isEmpty else { return nil }
        guard let contentType = request.headerFields[.contentType], contentType.lowercased().hasPrefix("multipart/")
        else {
            throw BadRequest(status: .unsupportedMediaType, message: "expected a multipart/form-data body")
        }
        return try decodeFields(try FormBody.multipartFields(body, contentType: contentType), as: Value.self)
    }

    private func decodeFields<Value: Decodable>(_ fields: [FormField], as type: Value.Type) throws -> Value {
        do {
            return try Value(from: ParameterObjectDecoder(fields: fields))
        } catch {
            throw BadRequest(message: "request body is not a valid \(Value.self): \(DecodingErrorText.describe(error))")
        }
    }

    /// The body as text (UTF-8).
    public func textBody() throws -> String {
        try requiredBody(textBodyIfPresent())
    }

    /// The body as text (UTF-8), or nil when the request has none.
    public func textBodyIfPresent() throws -> String? {
        guard let body, !body.isEmpty else { return nil }
        guard let text = String(validating: body, as: UTF8.self) else {
            throw BadRequest(message: "request body is not valid UTF-8 text")
        }
        return text
    }

    /// The body's bytes.
    public func dataBody() throws -> Data {
        try requiredBody(dataBodyIfPresent())
    }

    /// The body's bytes, or nil when the request has none.
    public func dataBodyIfPresent() -> Data? {
        guard let body, !body.isEmpty else { return nil }
        return Data(body)
    }

    // MARK: Streamed bodies

    /// The body as it arrives, never collected: a binary upload.
    public func byteStreamBody() throws -> HTTPBody {
        try requiredBody(byteStreamBodyIfPresent())
    }

    /// The body as it arrives, or nil when the request has none.
    public func byteStreamBodyIfPresent() -> HTTPBody? {
        streamedBody().map { StreamDecoding.bytes($0, origin: origin) }
    }

    /// The body as JSON Lines of `Item`, read line by line as it arrives.
    public func jsonLinesBody<Item: Decodable & Sendable>(_ type: Item.Type) throws -> ItemStream<Item> {
        try requiredBody(jsonLinesBodyIfPresent(type))
    }

    /// The body as JSON Lines of `Item`, or nil when the request has none.
    public func jsonLinesBodyIfPresent<Item: Decodable & Sendable>(_ type: Item.Type) -> ItemStream<Item>? {
        streamedBody().map {
            StreamDecoding.jsonLines($0, of: Item.self, decoder: StrictJSONDecoder.make(), origin: origin)
        }
    }

    /// The body as JSON Text Sequences of `Item`, read record by record as it arrives.
    public func jsonSequenceBody<Item: Decodable & Sendable>(_ type: Item.Type) throws -> ItemStream<Item> {
        try requiredBody(jsonSequenceBodyIfPresent(type))
    }

    /// The body as JSON Text Sequences of `Item`, or nil when the request has none.
    public func jsonSequenceBodyIfPresent<Item: Decodable & Sendable>(_ type: Item.Type) -> ItemStream<Item>? {
        streamedBody().map {
            StreamDecoding.jsonSequence($0, of: Item.self, decoder: StrictJSONDecoder.make(), origin: origin)
        }
    }

    /// The body as server-sent events with JSON data of `Payload`, read event by event as it arrives.
    public func eventStreamBody<Payload: Decodable & Sendable & Hashable>(_ type: Payload.Type) throws
        -> ItemStream<ServerSentEventWithJSONData<Payload>>
    {
        try requiredBody(eventStreamBodyIfPresent(type))
    }

    /// The body as server-sent events with JSON data of `Payload`, or nil when the request has none.
    public func eventStreamBodyIfPresent<Payload: Decodable & Sendable & Hashable>(_ type: Payload.Type)
        -> ItemStream<ServerSentEventWithJSONData<Payload>>?
    {
        streamedBody().map {
            StreamDecoding.events($0, of: Payload.self, decoder: StrictJSONDecoder.make(), origin: origin)
        }
    }

    /// The body as server-sent events with text data.
    public func textEventStreamBody() throws -> ItemStream<ServerSentEvent> {
        try requiredBody(textEventStreamBodyIfPresent())
    }

    /// The body as server-sent events with text data, or nil when the request has none.
    public func textEventStreamBodyIfPresent() -> ItemStream<ServerSentEvent>? {
        streamedBody().map { StreamDecoding.textEvents($0, origin: origin) }
    }

    private func streamedBody() -> HTTPBody? {
        if let stream {
            if case .known(0) = stream.length { return nil }
            return stream
        }
        guard let body, !body.isEmpty else { return nil }
        return HTTPBody(body)
    }

    private var origin: StreamDecoding.Origin {
        StreamDecoding.Origin(operationID: operationID, body: .request)
    }

    /// `application/json` and `+json` types such as `application/problem+json`.
    static func isJSON(_ contentType: String) -> Bool {
        let essence = contentType.prefix { $0 != ";" }.trimmingCharacters(in: .whitespaces).lowercased()
        return essence == "application/json" || essence.hasSuffix("+json")
    }
}
