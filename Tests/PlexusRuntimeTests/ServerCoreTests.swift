import Foundation
import HTTPTypes
import OpenAPIRuntime
import PlexusRuntime
import Synchronization
import Testing

/// How a generated stub's route reads requests and answers those it cannot read. The transport here only keeps
/// the registered handler; the HTTP round trips are in the end-to-end tests.
@Suite struct ServerCoreTests {
    final class RecordingTransport: ServerTransport, Sendable {
        typealias Handler =
            @Sendable (HTTPRequest, HTTPBody?, ServerRequestMetadata) async throws -> (HTTPResponse, HTTPBody?)
        let routes = Mutex<[(method: HTTPRequest.Method, path: String, handler: Handler)]>([])

        func register(_ handler: @escaping Handler, method: HTTPRequest.Method, path: String) throws {
            routes.withLock { $0.append((method, path, handler)) }
        }

        func call(_ request: HTTPRequest, body: String? = nil, pathParameters: [String: Substring] = [:]) async throws
            -> (Int, String)
        {
            let handler = try #require(routes.withLock { $0.first?.handler })
            let (response, responseBody) = try await handler(
                request, body.map { HTTPBody($0) }, ServerRequestMetadata(pathParameters: pathParameters))
            guard let responseBody else { return (response.status.code, "") }
            return (response.status.code, try await String(collecting: responseBody, upTo: 1 << 16))
        }
    }

    static func request(_ path: String, _ fields: HTTPFields = [:]) -> HTTPRequest {
        HTTPRequest(method: .post, scheme: nil, authority: nil, path: path, headerFields: fields)
    }

    @Test func routesLiveUnderTheServerURLsPath() throws {
        let transport = RecordingTransport()
        let server = ServerCore(serverURL: try #require(URL(string: "https://example.com/api/v1/")))
        try server.register(on: transport, method: .get, path: "/pets/{id}", operationID: "getPet") { _ in
            OutgoingResponse(status: 204)
        }
        #expect(transport.routes.withLock { $0.map(\.path) } == ["/api/v1/pets/{id}"])
        #expect(ServerCore().routePath("/pets") == "/pets")
    }

    @Test func parametersAndBodyReachTheHandlerTyped() async throws {
        let transport = RecordingTransport()
        try ServerCore().register(on: transport, method: .post, path: "/items/{id}", operationID: "put") { request in
            let id = try request.path("id", .primitive).value(String.self, parameter: "id")
            let tags = try request.query("tags", .array, style: .form, explode: false).map {
                try $0.values(String.self, parameter: "tags")
            }
            let trace = try request.requiredHeader("X-Trace", .primitive).value(Int.self, parameter: "X-Trace")
            let session = try request.cookie("session", .primitive).map {
                try $0.value(String.self, parameter: "session")
            }
            let body = try request.jsonBody([String: Int].self)
            var response = OutgoingResponse(status: 200)
            response.setBody(
                "\(id)|\(tags ?? [])|\(trace)|\(session ?? "-")|\(body["n"] ?? 0)", contentType: "text/plain")
            return response
        }
        var fields = HTTPFields()
        fields[HTTPField.Name("X-Trace")!] = "7"
        fields[.cookie] = "theme=dark; session=a%20b"
        fields[.contentType] = "application/json; charset=utf-8"
        let (status, text) = try await transport.call(
            Self.request("/items/..%2Fx?tags=a,b%2Cc", fields), body: #"{"n": 3}"#, pathParameters: ["id": "..%2Fx"])
        #expect(status == 200)
        #expect(text == #"../x|["a", "b,c"]|7|a b|3"#)
    }

    @Test(
        arguments: [
            ("/items", [:], nil, 400, "put: header 'X-Trace' is required"),
            ("/items", ["X-Trace": "x"], nil, 400, "put: parameter 'X-Trace': 'x' is not a valid integer"),
            ("/items", ["X-Trace": "1"], nil, 400, "put: a request body is required"),
            (
                "/items", ["X-Trace": "1", "Content-Type": "text/plain"], "{}", 415,
                "put: expected a JSON body, got 'text/plain'"
            ),
            (
                "/items", ["X-Trace": "1"], #"{"n": "three"}"#, 400,
                "put: request body is not a valid Dictionary<String, Int>: at 'n': expected integer"
            ),
            (
                "/items?tags=%ZZ", ["X-Trace": "1"], "{}", 400,
                "put: parameter 'tags': '%ZZ' is not valid percent-encoded UTF-8"
            ),
        ] as [(String, [String: String], String?, Int, String)])
    func requestsTheStubCannotReadAreRefusedWithAMessage(
        path: String, headers: [String: String], body: String?, status: Int, message: String
    ) async throws {
        let transport = RecordingTransport()
        let called = Mutex(false)
        try ServerCore().register(on: transport, method: .post, path: "/items", operationID: "put") { request in
            _ = try request.query("tags", .array, style: .form, explode: false)
            _ = try request.requiredHeader("X-Trace", .primitive).value(Int.self, parameter: "X-Trace")
            _ = try request.jsonBody([String: Int].self)
            called.withLock { $0 = true }
            return OutgoingResponse(status: 204)
        }
        var fields = HTTPFields()
        for (name, value) in headers { fields[HTTPField.Name(name)!] = value }
        let (answered, text) = try await transport.call(Self.request(path, fields), body: body)
        #expect(answered == status)
        #expect(text == message + "\n")
        #expect(!called.withLock { $0 })
    }

    @Test func oversizedBodiesAreRefusedWith413() async throws {
        let transport = RecordingTransport()
        try ServerCore(maximumBodySize: 8).register(on: transport, method: .post, path: "/items", operationID: "put") {
            _ in
            OutgoingResponse(status: 204)
        }
        let (status, text) = try await transport.call(Self.request("/items"), body: String(repeating: "x", count: 9))
        #expect(status == 413)
        #expect(text == "request body is larger than 8 bytes\n")
    }

    /// A body whose announced length is over the limit is refused without reading any of it (swift-openapi-runtime's
    /// collecting checks the length first): the stream here would never end if it were read.
    @Test func aBodyAnnouncedTooLargeIsRefusedUnread() async throws {
        let transport = RecordingTransport()
        try ServerCore(maximumBodySize: 8).register(on: transport, method: .post, path: "/items", operationID: "put") {
            _ in
            OutgoingResponse(status: 204)
        }
        let handler = try #require(transport.routes.withLock { $0.first?.handler })
        let endless = AsyncStream<ArraySlice<UInt8>> { _ in }
        let body = HTTPBody(endless, length: .known(1 << 30), iterationBehavior: .single)
        let (response, responseBody) = try await handler(
            Self.request("/items"), body, ServerRequestMetadata(pathParameters: [:]))
        #expect(response.status.code == 413)
        let text = try await String(collecting: try #require(responseBody), upTo: 1 << 16)
        #expect(text == "request body is larger than 8 bytes\n")
    }

    /// A path segment that cannot be its parameter's type names no resource (404), unless the operation documents
    /// 400 and no 404; a bad query parameter is still 400.
    @Test func aMalformedPathSegmentIsNotFoundAndAMalformedQueryIsABadRequest() async throws {
        for (status, expected) in [(HTTPResponse.Status.notFound, 404), (.badRequest, 400)] {
            let transport = RecordingTransport()
            try ServerCore().register(
                on: transport, method: .get, path: "/pets/{id}", operationID: "getPet", malformedPathStatus: status
            ) { request in
                _ = try request.path("id", .primitive).value(Int.self, parameter: "id")
                _ = try request.query("limit", .primitive, style: .form, explode: true).map {
                    try $0.value(Int.self, parameter: "limit")
                }
                return OutgoingResponse(status: 204)
            }
            let (path, _) = try await transport.call(Self.request("/pets/abc"), pathParameters: ["id": "abc"])
            #expect(path == expected)
            let (query, _) = try await transport.call(Self.request("/pets/1?limit=x"), pathParameters: ["id": "1"])
            #expect(query == 400)
        }
    }

    /// Methods the document does not declare on a path get 405 with `Allow`; HEAD is left to GET's route.
    @Test func undeclaredMethodsAreRefusedWith405AndAllow() async throws {
        let transport = RecordingTransport()
        try ServerCore().refuseUndeclaredMethods(on: transport, path: "/pets/{id}", declared: [.get, .delete])
        let methods = transport.routes.withLock { $0.map(\.method.rawValue) }
        #expect(methods == ["PUT", "POST", "OPTIONS", "PATCH", "TRACE", "QUERY"])
        let handler = try #require(transport.routes.withLock { $0.first?.handler })
        let (response, body) = try await handler(
            HTTPRequest(method: .put, scheme: nil, authority: nil, path: "/pets/1"), nil,
            ServerRequestMetadata(pathParameters: ["id": "1"]))
        #expect(response.status == .methodNotAllowed)
        #expect(response.headerFields[.allow] == "GET, DELETE")
        #expect(
            try await String(collecting: try #require(body), upTo: 1024)
                == "PUT /pets/{id} is not allowed; allowed: GET, DELETE\n")
    }

    /// A rejection responder writes refusals in the API's own error format (here a JSON object).
    @Test func theRejectionResponderWritesRefusals() async throws {
        let transport = RecordingTransport()
        let core = ServerCore(maximumBodySize: 8) { refused in
            var response = OutgoingResponse(status: refused.status.code)
            try response.setJSONBody(
                ["status": "\(refused.status.code)", "why": refused.message], contentType: "application/json")
            return response
        }
        try core.register(on: transport, method: .post, path: "/items", operationID: "put") { request in
            _ = try request.jsonBody([String: Int].self)
            return OutgoingResponse(status: 204)
        }
        let (status, text) = try await transport.call(
            Self.request("/items", [.contentType: "application/json"]), body: "{]")
        #expect(status == 400)
        #expect(text.hasPrefix("{\"status\":\"400\",\"why\":\"put: request body is not a valid"))
        let (tooLarge, answer) = try await transport.call(
            Self.request("/items", [.contentType: "application/json", .contentLength: "9"]), body: "{\"n\": 100}")
        #expect(tooLarge == 413)
        #expect(answer.contains("request body is larger than 8 bytes"))
    }
}
