import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import OpenAPIAsyncHTTPClient
import OpenAPIHummingbird
import OpenAPIRuntime
import PlexusRuntime
import Synchronization
import Testing

/// Streamed bodies from the generated client to the generated server stubs and back, over real HTTP on 127.0.0.1
/// (AsyncHTTPClient and Hummingbird). The SDK is generated from `Fixtures/streams.yaml`.
@Suite(.serialized) struct StreamingEndToEndTests {
    static func withServer(
        _ server: StreamServer = StreamServer(), _ body: @Sendable (Client) async throws -> Void
    ) async throws {
        let router = Router()
        try server.registerHandlers(on: router)
        let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)))
        try await app.test(.live) { testClient in
            let port = try #require(testClient.port)
            let url = try #require(URL(string: "http://127.0.0.1:\(port)"))
            try await body(Client(serverURL: url, transport: AsyncHTTPClientTransport()))
        }
    }

    @Test func eventsArriveOneByOneBeforeTheServerHasSentTheLast() async throws {
        let server = StreamServer()
        try await Self.withServer(server) { client in
            var received: [ServerSentEventWithJSONData<Tick>] = []
            var sentWhenFirstArrived = -1
            for try await event in try await client.streamTicks(count: 1000, delayMilliseconds: 1) {
                if received.isEmpty { sentWhenFirstArrived = server.ticksSent.value }
                received.append(event)
                // The server holds tick 6 back until this gate opens: tick 5 arrived while the stream was open.
                if received.count == 5 { server.gate.open() }
            }
            #expect(sentWhenFirstArrived < 1000)
            #expect(server.gate.heldBackInVain.withLock { $0 } == false)
            #expect(received.count == 1000)
            #expect(received.map { $0.data?.sequence } == Array(1...1000))
            #expect(received.allSatisfy { $0.event == "tick" })
            #expect(received.first?.id == "1" && received.last?.id == "1000")
            #expect(received.first?.retry == 1500 && received.first?.data?.note == "first")
        }
    }

    @Test func aDocumentedErrorStatusIsReadWholeNotStreamed() async throws {
        try await Self.withServer { client in
            let error = await #expect(throws: ResponseError<Problem>.self) {
                try await client.streamTicks(count: -1)
            }
            #expect(error?.status.code == 404)
            #expect(error?.body?.message == "no stream of -1 ticks")
            guard case .notFound(let problem) = try await client.streamTicksResponse(count: -1) else {
                Issue.record("expected .notFound")
                return
            }
            #expect(problem.message == "no stream of -1 ticks")
        }
    }

    @Test func textEventsKeepEventIDAndMultiLineData() async throws {
        try await Self.withServer { client in
            var events: [ServerSentEvent] = []
            for try await event in try await client.streamLog() { events.append(event) }
            #expect(
                events == [
                    ServerSentEvent(event: "log", data: "started"), ServerSentEvent(data: "two\nlines"),
                    ServerSentEvent(id: "3", event: "log", data: "done"),
                ])
        }
    }

    @Test func eventsDescribedByAnItemSchemaGoBothWays() async throws {
        try await Self.withServer { client in
            let sent = ItemStream(
                (1...20).map {
                    ServerSentEventWithJSONData(event: "say", data: ChatMessage(text: "hello \($0)"), id: "\($0)")
                })
            var echoed: [ServerSentEventWithJSONData<ChatMessage>] = []
            for try await event in try await client.chat(body: sent) { echoed.append(event) }
            #expect(echoed.map { $0.data?.text } == (1...20).map { "HELLO \($0)" })
            #expect(echoed.map(\.id) == (1...20).map { "\($0)" })
            #expect(echoed.allSatisfy { $0.event == "say" })
        }
    }

    @Test func aJSONLinesExportOfOneHundredThousandItems() async throws {
        try await Self.withServer { client in
            var count = 0
            var inOrder = true
            for try await item in try await client.exportItems(count: 100_000) {
                count += 1
                if item.id != count || item.name != "item \(count)" { inOrder = false }
            }
            #expect(count == 100_000)
            #expect(inOrder)
        }
    }

    @Test func aJSONLinesUploadIsReadLineByLine() async throws {
        try await Self.withServer { client in
            let produced = Counter()
            let items = AsyncThrowingStream<Item, any Error> {
                guard produced.value < 10_000 else { return nil }
                produced.increment()
                return Item(id: produced.value, name: "upload \(produced.value)")
            }
            let summary = try await client.importItems(body: ItemStream(items))
            #expect(summary.count == 10_000)
            #expect(summary.lastID == 10_000)
        }
    }

    @Test func jsonTextSequenceRecords() async throws {
        try await Self.withServer { client in
            var ids: [Int] = []
            for try await record in try await client.streamRecords(count: 500) { ids.append(record.id) }
            #expect(ids == Array(1...500))
        }
    }

    @Test func binaryDownloadAndUploadStream() async throws {
        try await Self.withServer { client in
            let size: Int64 = 4 << 20
            let arrived = try await PatternBytes.measure(try await client.download(size: size))
            #expect(arrived.count == size)
            #expect(arrived.checksum == PatternBytes.checksum(count: size))
            #expect(arrived.chunks > 1)

            let summary = try await client.upload(body: PatternBytes.body(count: size))
            #expect(summary.bytes == size)
            #expect(summary.checksum == PatternBytes.checksum(count: size))
        }
    }
}
