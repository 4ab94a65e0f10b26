import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import OpenAPIAsyncHTTPClient
import OpenAPIHummingbird
import OpenAPIRuntime
import PlexusRuntime
import Testing

/// Broken streams end the iteration with a `StreamError` that names the operation and the position: never a crash,
/// never a silent end. The client is the generated one; the server is written by hand to send what no generated
/// stub would (a broken event, a truncated JSON line, a body cut off mid-way).
@Suite(.serialized) struct MalformedStreamTests {
    struct Cut: Error {}

    /// A route answering `path` with `chunks`, then failing (the connection is cut) when `cut` is set.
    static func withRawServer(
        _ routes: [(path: String, contentType: String, length: Int?, chunks: [String], cut: Bool)],
        cutWhenOpen gate: Gate? = nil, _ body: @Sendable (Client) async throws -> Void
    ) async throws {
        let router = Router()
        for route in routes {
            router.get(RouterPath(route.path)) { _, _ -> Response in
                var headers = HTTPFields()
                headers[.contentType] = route.contentType
                return Response(
                    status: .ok, headers: headers,
                    body: ResponseBody(contentLength: route.length) { writer in
                        for chunk in route.chunks {
                            try await writer.write(ByteBuffer(string: chunk))
                            try await Task.sleep(for: .milliseconds(5))
                        }
                        if route.cut {
                            // The client says when it has what came before: on a busy machine the reset could
                            // otherwise overtake data the client has not read yet.
                            await gate?.waitUntilOpen(orAfter: .seconds(120))
                            throw Cut()
                        }
                        try await writer.finish(nil)
                    })
            }
        }
        let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)))
        try await app.test(.live) { testClient in
            let port = try #require(testClient.port)
            let url = try #require(URL(string: "http://127.0.0.1:\(port)"))
            try await body(Client(serverURL: url, transport: AsyncHTTPClientTransport()))
        }
    }

    /// Reads `stream` to its end; returns how many items arrived and the error that ended it. Opens `gate` once
    /// `opening` items have arrived.
    static func drain<Element>(_ stream: ItemStream<Element>, opening gate: Gate? = nil, after opening: Int = 0)
        async -> (count: Int, error: (any Error)?)
    {
        var count = 0
        do {
            for try await _ in stream {
                count += 1
                if count == opening { gate?.open() }
            }
            return (count, nil)
        } catch {
            return (count, error)
        }
    }

    @Test func anEventThatIsNotTheDocumentedTypeEndsTheStreamAtThatEvent() async throws {
        let body = #"data: {"sequence": 1}\#n\#ndata: {"sequence": 2}\#n\#ndata: {"sequence": "three"}\#n\#n"#
        try await Self.withRawServer([("/ticks", "text/event-stream", nil, [body], false)]) { client in
            let (count, error) = await Self.drain(try await client.streamTicks(count: 3))
            #expect(count == 2)
            let streamError = try #require(error as? StreamError)
            #expect(streamError.operationID == "streamTicks")
            #expect(streamError.itemKind == "event" && streamError.itemNumber == 3)
            #expect(streamError.description.hasPrefix("streamTicks: response body, event 3 ("))
            #expect(streamError.description.contains("not a valid Tick"))
        }
    }

    @Test func aBodyEndingInsideAnEventIsAnErrorNotASilentEnd() async throws {
        let chunks = [#"data: {"sequence": 1}\#n\#n"#, #"id: 2\#ndata: {"seq"#]
        try await Self.withRawServer([("/ticks", "text/event-stream", nil, chunks, false)]) { client in
            let (count, error) = await Self.drain(try await client.streamTicks(count: 2))
            #expect(count == 1)
            let streamError = try #require(error as? StreamError)
            #expect(streamError.itemNumber == 2)
            #expect(streamError.reason.contains("ends inside an event"))
        }
    }

    @Test func aTruncatedJSONLineEndsTheStreamAtThatLine() async throws {
        let chunks = [#"{"id": 1, "name": "a"}\#n"#, #"{"id": 2, "name": "b"}\#n{"id": 3, "na"#]
        try await Self.withRawServer([("/export", "application/jsonl", nil, chunks, false)]) { client in
            let (count, error) = await Self.drain(try await client.exportItems(count: 3))
            #expect(count == 2)
            let streamError = try #require(error as? StreamError)
            #expect(streamError.operationID == "exportItems")
            #expect(streamError.itemKind == "line" && streamError.itemNumber == 3)
            #expect(streamError.description.contains("exportItems: response body, line 3"))
        }
    }

    @Test func aJSONLinesBodyCutOffMidwayNamesTheLineItWasReading() async throws {
        let chunks = [#"{"id": 1, "name": "a"}\#n"#, #"{"id": 2, "name": "b"}\#n"#]
        let gate = Gate()
        try await Self.withRawServer([("/export", "application/jsonl", nil, chunks, true)], cutWhenOpen: gate) {
            client in
            let (count, error) = await Self.drain(try await client.exportItems(count: 3), opening: gate, after: 2)
            #expect(count == 2)
            let streamError = try #require(error as? StreamError)
            #expect(streamError.itemNumber == 3)
            #expect(streamError.reason.hasPrefix("the body failed"))
        }
    }

    @Test func aDownloadCutOffMidwaySaysHowManyBytesArrived() async throws {
        let half = String(repeating: "x", count: 500)
        try await Self.withRawServer([("/download", "application/octet-stream", 1000, [half], true)]) { client in
            var received = 0
            var failure: (any Error)?
            do {
                for try await chunk in try await client.download(size: 1000) { received += chunk.count }
            } catch {
                failure = error
            }
            let streamError = try #require(failure as? StreamError)
            #expect(streamError.operationID == "download")
            #expect(streamError.itemKind == "byte" && streamError.itemNumber == nil)
            #expect(streamError.bytesReceived == received)
            #expect(received < 1000)
            #expect(streamError.description.hasPrefix("download: response body, byte stream ("))
        }
    }

    @Test func theServerAnswersABrokenUploadWith400NamingTheLine() async throws {
        let router = Router()
        try StreamServer().registerHandlers(on: router)
        let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)))
        try await app.test(.live) { testClient in
            let port = try #require(testClient.port)
            let url = try #require(URL(string: "http://127.0.0.1:\(port)"))
            var fields = HTTPFields()
            fields[.contentType] = "application/x-ndjson"
            let request = HTTPRequest(method: .post, scheme: nil, authority: nil, path: "/import", headerFields: fields)
            let body = HTTPBody(#"{"id": 1, "name": "a"}\#n{"id": "two", "name": "b"}\#n"#)
            let (response, responseBody) = try await AsyncHTTPClientTransport().send(
                request, body: body, baseURL: url, operationID: "raw")
            #expect(response.status == .badRequest)
            let text = try await String(collecting: try #require(responseBody), upTo: 1 << 16)
            #expect(text.hasPrefix("importItems: request body, line 2 ("))
            #expect(text.contains("not a valid Item"))
        }
    }
}
