import Foundation
import HTTPTypes
import OpenAPIRuntime
import PlexusRuntime
import Testing

@Suite struct AuthenticationMiddlewareTests {
    /// The Plexus schemes plus an API key in each place.
    static let schemes: [String: SecuritySchemeKind] = [
        "client_auth": .basic,
        "user_auth": .bearer,
        "key_header": .apiKey(name: "X-API-Key", location: .header),
        "key_query": .apiKey(name: "api key", location: .query),
        "key_cookie": .apiKey(name: "session", location: .cookie),
    ]

    static let requirements: [String: [[String]]] = [
        "createAccessToken": [["client_auth"]],
        "listAccounts": [["user_auth"]],
        "getStatus": [[]],
        "search": [["key_query", "key_cookie"]],
        "either": [["user_auth"], ["key_header"]],
    ]

    func sentRequest(
        _ operationID: String, path: String = "/v1/x", cookie: String? = nil, credentials: [String: Credential]
    ) async throws -> HTTPRequest {
        let middleware = AuthenticationMiddleware(
            schemes: Self.schemes, requirements: Self.requirements, credentials: credentials)
        var request = HTTPRequest(method: .get, scheme: "http", authority: "127.0.0.1", path: path)
        if let cookie { request.headerFields[.cookie] = cookie }
        let sent = SentRequest()
        _ = try await middleware.intercept(
            request, body: nil, baseURL: URL(fileURLWithPath: "/"), operationID: operationID
        ) { request, _, _ in
            await sent.set(request)
            return (HTTPResponse(status: .ok), nil)
        }
        return try #require(await sent.request)
    }

    actor SentRequest {
        var request: HTTPRequest?
        func set(_ request: HTTPRequest) { self.request = request }
    }

    @Test func basicAuthentication() async throws {
        let request = try await sentRequest(
            "createAccessToken", credentials: ["client_auth": .basic(username: "client", password: "s3cr:t")])
        #expect(request.headerFields[.authorization] == "Basic Y2xpZW50OnMzY3I6dA==")
    }

    @Test func bearerTokenIsAskedForOnEveryRequest() async throws {
        let counter = Counter()
        let credentials: [String: Credential] = ["user_auth": .bearer { "token-\(await counter.next())" }]
        let first = try await sentRequest("listAccounts", credentials: credentials)
        let second = try await sentRequest("listAccounts", credentials: credentials)
        #expect(first.headerFields[.authorization] == "Bearer token-1")
        #expect(second.headerFields[.authorization] == "Bearer token-2")
    }

    actor Counter {
        var value = 0
        func next() -> Int {
            value += 1
            return value
        }
    }

    @Test func apiKeysInQueryAndCookieApplyTogether() async throws {
        let request = try await sentRequest(
            "search", path: "/v1/search?q=a", cookie: "theme=dark",
            credentials: ["key_query": .apiKey("k&1"), "key_cookie": .apiKey("abc def")])
        #expect(request.path == "/v1/search?q=a&api%20key=k%261")
        #expect(request.headerFields[.cookie] == "theme=dark; session=abc%20def")
    }

    @Test func theFirstCoveredAlternativeIsUsed() async throws {
        let request = try await sentRequest("either", credentials: ["key_header": .apiKey("K")])
        #expect(request.headerFields[HTTPField.Name("X-API-Key")!] == "K")
        #expect(request.headerFields[.authorization] == nil)
    }

    @Test func anonymousOperationsSendNoCredentials() async throws {
        let request = try await sentRequest(
            "getStatus", credentials: ["client_auth": .basic(username: "a", password: "b")])
        #expect(request.headerFields[.authorization] == nil)
    }

    @Test func missingOrMismatchedCredentialsAreReportedBeforeSending() async throws {
        await #expect(throws: AuthenticationMiddleware.MissingCredentials.self) {
            try await sentRequest("listAccounts", credentials: [:])
        }
        await #expect(throws: AuthenticationMiddleware.MissingCredentials.self) {
            try await sentRequest("listAccounts", credentials: ["user_auth": .apiKey("x")])
        }
    }
}
