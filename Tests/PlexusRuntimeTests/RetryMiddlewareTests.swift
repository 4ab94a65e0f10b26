import Foundation
import HTTPTypes
import OpenAPIRuntime
import PlexusRuntime
import Testing

@Suite struct RetryMiddlewareTests {
    /// Plays the server's answers in order and records what the middleware did.
    actor Script {
        var responses: [HTTPResponse]
        private(set) var requests = 0
        private(set) var waits: [Duration] = []

        init(_ responses: [HTTPResponse]) { self.responses = responses }

        func answer() -> HTTPResponse {
            requests += 1
            return responses.removeFirst()
        }

        func wait(_ duration: Duration) { waits.append(duration) }
    }

    static func response(_ status: Int, retryAfter: String? = nil) -> HTTPResponse {
        var response = HTTPResponse(status: .init(code: status))
        if let retryAfter { response.headerFields[.retryAfter] = retryAfter }
        return response
    }

    static let now = Date(timeIntervalSince1970: 1_700_000_000)  // Tue, 14 Nov 2023 22:13:20 GMT

    func run(
        _ script: Script, method: HTTPRequest.Method = .get, body: HTTPBody? = nil,
        policy: RetryMiddleware.Policy = .init()
    ) async throws -> Int {
        let middleware = RetryMiddleware(
            policy: policy, sleep: { await script.wait($0) }, now: { Self.now })
        let request = HTTPRequest(method: method, scheme: "http", authority: "127.0.0.1", path: "/accounts")
        let (response, _) = try await middleware.intercept(
            request, body: body, baseURL: URL(fileURLWithPath: "/"), operationID: "listAccounts"
        ) { _, _, _ in (await script.answer(), HTTPBody("busy")) }
        return response.status.code
    }

    @Test func busyResourceSucceedsAfterIncreasingWaits() async throws {
        let script = Script([Self.response(423), Self.response(503), Self.response(200)])
        #expect(try await run(script) == 200)
        #expect(await script.requests == 3)
        #expect(await script.waits == [.milliseconds(500), .milliseconds(1000)])
    }

    @Test func retryAfterInSecondsAndAsDateIsHonoured() async throws {
        let script = Script([
            Self.response(429, retryAfter: "3"),
            Self.response(423, retryAfter: "Tue, 14 Nov 2023 22:13:25 GMT"),
            Self.response(204),
        ])
        #expect(try await run(script) == 204)
        #expect(await script.waits == [.seconds(3), .seconds(5)])
    }

    @Test func givesUpAfterTheLastAttemptWithTheServersAnswer() async throws {
        let script = Script(Array(repeating: Self.response(423), count: 4))
        #expect(try await run(script) == 423)
        #expect(await script.requests == 4)
    }

    @Test func waitLongerThanTheMaximumIsNotAttempted() async throws {
        let script = Script([Self.response(503, retryAfter: "3600"), Self.response(200)])
        #expect(try await run(script) == 503)
        #expect(await script.requests == 1)
        #expect(await script.waits.isEmpty)
    }

    @Test func otherStatusesAreReturnedAtOnce() async throws {
        let script = Script([Self.response(500), Self.response(200)])
        #expect(try await run(script) == 500)
        #expect(await script.requests == 1)
    }

    @Test func postIsRetriedOnlyWhenThePolicySaysSo() async throws {
        let byDefault = Script([Self.response(423), Self.response(201)])
        #expect(try await run(byDefault, method: .post, body: HTTPBody("{}")) == 423)

        var policy = RetryMiddleware.Policy()
        policy.methods.insert(.post)
        let optedIn = Script([Self.response(423), Self.response(201)])
        #expect(try await run(optedIn, method: .post, body: HTTPBody("{}"), policy: policy) == 201)
    }

    @Test func aBodyThatCanBeSentOnlyOnceIsNotResent() async throws {
        let stream = AsyncStream<HTTPBody.ByteChunk> { continuation in
            continuation.yield(ArraySlice("{}".utf8))
            continuation.finish()
        }
        let script = Script([Self.response(423), Self.response(200)])
        #expect(try await run(script, method: .put, body: HTTPBody(stream, length: .known(2))) == 423)
        #expect(await script.requests == 1)
    }
}
