public import Foundation
public import HTTPTypes
public import OpenAPIRuntime

/// What every generated client does the same way: send a request through the middlewares and the transport, then
/// read the response body as a documented type or turn it into a `ResponseError`.
public struct ClientCore: Sendable {
    /// The server the operations' paths are appended to.
    public var serverURL: URL
    /// Sends the requests (AsyncHTTPClient, URLSession, or any other `ClientTransport`).
    public var transport: any ClientTransport
    /// Run around every request, in order.
    public var middlewares: [any ClientMiddleware]
    /// Responses larger than this are refused instead of being read into memory.
    public var maximumBodySize: Int

    /// A core sending to `serverURL` through `transport` and `middlewares`.
    public init(
        serverURL: URL, transport: any ClientTransport, middlewares: [any ClientMiddleware] = [],
        maximumBodySize: Int = 64 << 20
    ) {
        self.serverURL = serverURL
        self.transport = transport
        self.middlewares = middlewares
        self.maximumBodySize = maximumBodySize
    }

    /// Sends the request; middlewares run in order, the first one outermost.
    ///
    /// The body of a response whose status `streaming` says streams is handed over unread (`OperationResponse`'s
    /// stream readers); every other body is read whole, up to `maximumBodySize`.
    ///
    /// A webhook or callback sender gives `url`, the URL its receiver registered, which replaces `serverURL`.
    public func send(
        _ request: OperationRequest, operationID: String, streaming: ResponseStreaming = .none, to url: URL? = nil
    ) async throws -> OperationResponse {
        let transport = self.transport
        var next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?) = {
            try await transport.send($0, body: $1, baseURL: $2, operationID: operationID)
        }
        for middleware in middlewares.reversed() {
            let inner = next
            next = { try await middleware.intercept($0, body: $1, baseURL: $2, operationID: operationID, next: inner) }
        }
        let (response, body) = try await next(request.httpRequest(), request.body, url ?? serverURL)
        if let body, streaming.streams(response.status.code) {
            return OperationResponse(operationID: operationID, response: response, body: [], stream: body)
        }
        let bytes: [UInt8]
        if let body {
            bytes = Array(try await ArraySlice<UInt8>(collecting: body, upTo: maximumBodySize))
        } else {
            bytes = []
        }
        return OperationResponse(operationID: operationID, response: response, body: bytes)
    }
}

/// A response with its body read.
public struct OperationResponse: Sendable {
    /// The operation the response answers.
    public var operationID: String
    /// The response's status and header fields.
    public var response: HTTPResponse
    /// The whole body; empty when the body streams.
    public var body: [UInt8]
    /// The body, unread, when the operation documents a streaming body for the status.
    public var stream: HTTPBody?

    /// A response of `operationID` with its body read, or with a body that streams.
    public init(operationID: String, response: HTTPResponse, body: [UInt8], stream: HTTPBody? = nil) {
        self.operationID = operationID
        self.response = response
        self.body = body
        self.stream = stream
    }

    /// The status code.
    public var statusCode: Int { response.status.code }

    /// The body as text (UTF-8; invalid bytes become U+FFFD).
    public var text: String { String(decoding: body, as: UTF8.self) }

    /// The body's bytes.
    public var data: Data { Data(body) }

    /// The body as it arrives, never collected: a binary download.
    public var byteStream: HTTPBody {
        StreamDecoding.bytes(unread, origin: origin)
    }

    /// The body as JSON Lines of `Item`, read line by line as it arrives.
    public func jsonLines<Item: Decodable & Sendable>(_ type: Item.Type) -> ItemStream<Item> {
        StreamDecoding.jsonLines(unread, of: Item.self, decoder: JSONDecoder(), origin: origin)
    }

    /// The body as JSON Text Sequences of `Item`, read record by record as it arrives.
    public func jsonSequence<Item: Decodable & Sendable>(_ type: Item.Type) -> ItemStream<Item> {
        StreamDecoding.jsonSequence(unread, of: Item.self, decoder: JSONDecoder(), origin: origin)
    }

    /// The body as server-sent events with JSON data of `Payload`, read event by event as it arrives.
    public func events<Payload: Decodable & Sendable & Hashable>(_ type: Payload.Type)
        -> ItemStream<ServerSentEventWithJSONData<Payload>>
    {
        StreamDecoding.events(unread, of: Payload.self, decoder: JSONDecoder(), origin: origin)
    }

    /// The body as server-sent events with text data, read event by event as it arrives.
    public var textEvents: ItemStream<ServerSentEvent> {
        StreamDecoding.textEvents(unread, origin: origin)
    }

    /// The body for a stream reader: the unread stream, or the bytes read whole (a status that does not stream).
    private var unread: HTTPBody {
        stream ?? HTTPBody(body)
    }

    private var origin: StreamDecoding.Origin {
        StreamDecoding.Origin(operationID: operationID, body: .response)
    }

    /// The body as JSON of the documented type.
    public func decode<Value: Decodable>(_ type: Value.Type) throws -> Value {
        do {
            return try JSONDecoder().decode(Value.self, from: Data(body))
        } catch {
            throw ClientMessageError(
                description: "\(operationID): HTTP \(statusCode) body is not a valid \(Value.self): \(error)")
        }
    }

    /// The error for a response the operation does not treat as success, with the body decoded as `Body` when it
    /// matches.
    public func error<Body: Decodable & Sendable>(_ type: Body.Type) -> ResponseError<Body> {
        ResponseError(
            operationID: operationID, status: response.status, headerFields: response.headerFields,
            body: try? JSONDecoder().decode(Body.self, from: Data(body)), rawBody: body)
    }

    /// A documented response header in its shape, or nil when the response does not carry it.
    public func header(_ name: String, _ shape: ParameterDecoding.Shape, explode: Bool = false) throws
        -> ParameterValue?
    {
        try response.headerFields.parameter(name, shape, explode: explode)
    }

    /// A header the document says the response always carries.
    public func requiredHeader(_ name: String, _ shape: ParameterDecoding.Shape, explode: Bool = false) throws
        -> ParameterValue
    {
        guard let value = try header(name, shape, explode: explode) else {
            throw ClientMessageError(
                description: "\(operationID): HTTP \(statusCode) response lacks the required header '\(name)'")
        }
        return value
    }

    /// The error for a response without a documented body.
    public func error() -> ResponseError<JSONValue> {
        error(JSONValue.self)
    }
}
