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
    /// Writes the answer to a request the stub refuses; plain text when `nil`.
    public var rejection: RequestRejection.Responder?

    /// The body size limit when the caller sets none: 16 MiB.
    public static let defaultMaximumBodySize = 16 << 20

    /// A core serving under `serverURL`'s path, with `middlewares`, refusing bodies over `maximumBodySize` bytes and
    /// answering refused requests through `rejection`.
    public init(
        serverURL: URL = .defaultOpenAPIServerURL, middlewares: [any ServerMiddleware] = [],
        maximumBodySize: Int = defaultMaximumBodySize, rejection: RequestRejection.Responder? = nil
    ) {
        self.serverURL = serverURL
        self.middlewares = middlewares
        self.maximumBodySize = maximumBodySize
        self.rejection = rejection
    }

    /// Answers requests for `path` with a method the document does not declare for it: 405 with `Allow` listing the
    /// declared ones (RFC 9110, 15.5.6), through the rejection responder. `HEAD` is left to the transport where
    /// `GET` is declared.
    public func refuseUndeclaredMethods(
        on transport: any ServerTransport, path: String, declared: [HTTPRequest.Method]
    ) throws {
        let allow = declared.map(\.rawValue).joined(separator: ", ")
        let rejection = self.rejection
        // The methods of RFC 9110 and PATCH, and QUERY (the safe method with a body of draft-ietf-httpbis-safe-method).
        let query = HTTPRequest.Method("QUERY").map { [$0] } ?? []
        let candidates: [HTTPRequest.Method] = [.get, .put, .post, .delete, .options, .head, .patch, .trace] + query
        for method in candidates where !declared.contains(method) && !(method == .head && declared.contains(.get)) {
            try transport.register(
                { request, _, _ in
                    let refused = RequestRejection(
                        status: .methodNotAllowed, operationID: path,
                        message: "\(request.method.rawValue) \(path) is not allowed; allowed: \(allow)")
                    var (response, body) = Self.answer(refused, with: rejection)
                    response.headerFields[.allow] = allow
                    return (response, body)
                }, method: method, path: routePath(path))
        }
    }

    /// The route for a path template of the document: the server URL's path, then the template.
    public func routePath(_ template: String) -> String {
        var prefix = serverURL.path
        while prefix.hasSuffix("/") { prefix.removeLast() }
        return prefix + template
    }

    /// Registers one operation; `handler` reads the request and writes the response.
    ///
    /// A path segment that cannot be its parameter's type is answered with `malformedPathStatus`: 404 (the path
    /// names no resource), or 400 for an operation that documents 400 and no 404.
    ///
    /// When `streamsRequestBody`, the body is handed to the handler unread (no size limit: the handler reads it
    /// as it arrives); otherwise it is read whole, up to `maximumBodySize`. A body whose announced length is over the
    /// limit is refused before a byte of it is read (collecting checks the length first; the transports take it from
    /// `Content-Length`); one without a length is refused as soon as it passes the limit.
    public func register(
        on transport: any ServerTransport, method: HTTPRequest.Method, path: String, operationID: String,
        streamsRequestBody: Bool = false, malformedPathStatus: HTTPResponse.Status = .notFound,
        handler: @escaping @Sendable (IncomingRequest) async throws -> OutgoingResponse
    ) throws {
        let maximumBodySize = self.maximumBodySize
        let rejection = self.rejection
        @Sendable func refuse(_ status: HTTPResponse.Status, _ message: String) -> (HTTPResponse, HTTPBody?) {
            Self.answer(RequestRejection(status: status, operationID: operationID, message: message), with: rejection)
        }
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
                    return refuse(.contentTooLarge, "request body is larger than \(maximumBodySize) bytes")
                }
                let incoming = IncomingRequest(
                    operationID: operationID, request: request, pathParameters: metadata.pathParameters, body: bytes,
                    stream: streamsRequestBody ? body : nil)
                let output: OutgoingResponse
                do {
                    output = try await handler(incoming)
                } catch let error as BadRequest {
                    return refuse(error.status, "\(operationID): \(error.message)")
                } catch let error as ParameterDecoding.Malformed {
                    // A path segment that cannot be its parameter's type (`/pets/abc` for an integer ID) names no
                    // resource: not found, as for any other path the API does not serve (unless the operation
                    // documents 400 and no 404).
                    let status: HTTPResponse.Status =
                        metadata.pathParameters[error.parameter] != nil ? malformedPathStatus : .badRequest
                    return refuse(status, "\(operationID): \(error.description)")
                } catch let error as FormBody.Malformed {
                    return refuse(.badRequest, "\(operationID): \(error.description)")
                } catch let error as StreamError where error.body == .request {
                    return refuse(.badRequest, error.description)
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

    /// The answer to `refused`: the responder's, or plain text when there is none or it fails.
    private static func answer(_ refused: RequestRejection, with responder: RequestRejection.Responder?)
        -> (HTTPResponse, HTTPBody?)
    {
        if let responder, let output = try? responder(refused) {
            var response = HTTPResponse(status: output.status, headerFields: output.headerFields)
            if let stream = output.stream { return (response, stream) }
            response.headerFields[.contentLength] = String(output.body?.count ?? 0)
            return (response, output.body.map { HTTPBody($0) })
        }
        var fields = HTTPFields()
        fields[.contentType] = "text/plain; charset=utf-8"
        return (HTTPResponse(status: refused.status, headerFields: fields), HTTPBody(refused.message + "\n"))
    }
}
