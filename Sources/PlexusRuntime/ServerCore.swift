public import Foundation
public import HTTPTypes
public import OpenAPIRuntime

/// What every generated server stub does the same way: register each operation's route on a `ServerTransport`,
/// run the middlewares, read the body, answer a request the stub cannot read with 400, and write the handler's
/// output.
public struct ServerCore: Sendable {
    /// Only its path matters: operations are served under it (`https://example.com/api/v1` serves `/api/v1/...`).
    public var serverURL: URL
    /// Run around every handler, in order.
    public var middlewares: [any ServerMiddleware]
    /// Request bodies larger than this are answered with 413 instead of being read into memory.
    public var maximumBodySize: Int

    /// A core serving under `serverURL`'s path, with `middlewares`, refusing bodies over `maximumBodySize` bytes.
    public init(
        serverURL: URL = .defaultOpenAPIServerURL, middlewares: [any ServerMiddleware] = [],
        maximumBodySize: Int = 16 << 20
    ) {
        self.serverURL = serverURL
        self.middlewares = middlewares
        self.maximumBodySize = maximumBodySize
    }

    /// The route for a path template of the document: the server URL's path, then the template.
    public func routePath(_ template: String) -> String {
        var prefix = serverURL.path
        while prefix.hasSuffix("/") { prefix.removeLast() }
        return prefix + template
    }

    /// Registers one operation; `handler` reads the request and writes the response.
    ///
    /// When `streamsRequestBody`, the body is handed to the handler unread (no size limit: the handler reads it
    /// as it arrives); otherwise it is read whole, up to `maximumBodySize`.
    public func register(
        on transport: any ServerTransport, method: HTTPRequest.Method, path: String, operationID: String,
        streamsRequestBody: Bool = false,
        handler: @escaping @Sendable (IncomingRequest) async throws -> OutgoingResponse
    ) throws {
        let maximumBodySize = self.maximumBodySize
        var next: @Sendable (HTTPRequest, HTTPBody?, ServerRequestMetadata) async throws -> (HTTPResponse, HTTPBody?) =
            {
                request, body, metadata in
                let bytes: [UInt8]?
                do {
                    if streamsRequestBody {
                        bytes = nil
                    } else if let body {
                        bytes = Array(try await ArraySlice<UInt8>(collecting: body, upTo: maximumBodySize))
                    } else {
                        bytes = nil
                    }
                } catch {
                    return Self.plainText(.contentTooLarge, "request body is larger than \(maximumBodySize) bytes")
                }
                let incoming = IncomingRequest(
                    operationID: operationID, request: request, pathParameters: metadata.pathParameters, body: bytes,
                    stream: streamsRequestBody ? body : nil)
                let output: OutgoingResponse
                do {
                    output = try await handler(incoming)
                } catch let error as BadRequest {
                    return Self.plainText(error.status, "\(operationID): \(error.message)")
                } catch let error as ParameterDecoding.Malformed {
                    return Self.plainText(.badRequest, "\(operationID): \(error.description)")
                } catch let error as FormBody.Malformed {
                    return Self.plainText(.badRequest, "\(operationID): \(error.description)")
                } catch let error as StreamError where error.body == .request {
                    return Self.plainText(.badRequest, error.description)
                }
                var response = HTTPResponse(status: output.status, headerFields: output.headerFields)
                if let stream = output.stream { return (response, stream) }
                if output.body == nil { response.headerFields[.contentLength] = "0" }
                return (response, output.body.map { HTTPBody($0) })
            }
        for middleware in middlewares.reversed() {
            let inner = next
            next = { try await middleware.intercept($0, body: $1, metadata: $2, operationID: operationID, next: inner) }
        }
        try transport.register(next, method: method, path: routePath(path))
    }

    private static func plainText(_ status: HTTPResponse.Status, _ message: String) -> (HTTPResponse, HTTPBody?) {
        var fields = HTTPFields()
        fields[.contentType] = "text/plain; charset=utf-8"
        return (HTTPResponse(status: status, headerFields: fields), HTTPBody(message + "\n"))
    }
}
