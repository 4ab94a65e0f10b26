import Foundation
import OpenAPIRuntime
import PlexusRuntime
import Synchronization
import Testing

/// Streamed bodies as `StreamEncoding` writes them: every item as soon as it is produced, items produced while the
/// writer is busy joined into larger chunks, and a bounded amount waiting whatever the producer's pace.
@Suite(.timeLimit(.minutes(1))) struct StreamEncodingTests {
    struct Item: Codable, Hashable, Sendable {
        var id: Int
        var text: String
    }

    final class Counter: Sendable {
        let value = Mutex(0)
    }

    static func items(_ body: HTTPBody) async throws -> [Item] {
        let bytes = try await [UInt8](collecting: body, upTo: 1 << 30)
        return try bytes.split(separator: UInt8(ascii: "\n")).map {
            try JSONDecoder().decode(Item.self, from: Data($0))
        }
    }

    @Test func anItemOfASlowProducerGoesOutBeforeTheNextIsProduced() async throws {
        let (items, continuation) = AsyncThrowingStream<Item, any Error>.makeStream()
        continuation.yield(Item(id: 1, text: "first"))
        let body = StreamEncoding.jsonLines(ItemStream(items))
        var iterator = body.makeAsyncIterator()
        // Nothing more is produced until the first chunk is out: a writer waiting for more would never return.
        let first = try #require(try await iterator.next())
        #expect(String(decoding: first, as: UTF8.self) == #"{"id":1,"text":"first"}"# + "\n")
        continuation.yield(Item(id: 2, text: "second"))
        continuation.finish()
        let second = try #require(try await iterator.next())
        #expect(String(decoding: second, as: UTF8.self) == #"{"id":2,"text":"second"}"# + "\n")
        #expect(try await iterator.next() == nil)
    }

    @Test func itemsProducedWhileTheWriterIsBusyGoOutTogetherInOrder() async throws {
        let sent = (1...2000).map { Item(id: $0, text: "item \($0)") }
        let body = StreamEncoding.jsonLines(ItemStream(sent))
        var chunks = 0
        var bytes: [UInt8] = []
        for try await chunk in body {
            chunks += 1
            bytes += chunk
            try await Task.sleep(for: .milliseconds(2))  // a slow connection
        }
        #expect(chunks < sent.count / 2, "\(chunks) chunks for \(sent.count) items")
        #expect(try await Self.items(HTTPBody(bytes)) == sent)
    }

    @Test func aFailureOfTheProducerEndsTheBodyAfterTheItemsBeforeIt() async throws {
        struct Broken: Error {}
        let produced = Counter()
        let items = AsyncThrowingStream<Item, any Error> {
            let next = produced.value.withLock { value -> Int in
                value += 1
                return value
            }
            if next > 3 { throw Broken() }
            return Item(id: next, text: "")
        }
        var bytes: [UInt8] = []
        await #expect(throws: Broken.self) {
            for try await chunk in StreamEncoding.jsonLines(ItemStream(items)) { bytes += chunk }
        }
        #expect(try await Self.items(HTTPBody(bytes)).map(\.id) == [1, 2, 3])
    }

    @Test func aProducerFasterThanTheWriterWaitsInsteadOfFillingMemory() async throws {
        let produced = Counter()
        let big = String(repeating: "x", count: 16 << 10)
        let items = AsyncThrowingStream<Item, any Error> {
            let next = produced.value.withLock { value -> Int in
                value += 1
                return value
            }
            return next <= 100 ? Item(id: next, text: big) : nil
        }
        let body = StreamEncoding.jsonLines(ItemStream(items))
        var iterator = body.makeAsyncIterator()
        let first = try #require(try await iterator.next())
        try await Task.sleep(for: .milliseconds(300))
        // 64 KiB may wait: four items of 16 KiB (and their framing), plus the one the producer holds.
        #expect(produced.value.withLock { $0 } <= 8)
        var total = first.split(separator: UInt8(ascii: "\n")).count
        while let chunk = try await iterator.next() {
            total += chunk.split(separator: UInt8(ascii: "\n")).count
        }
        #expect(total == 100)
    }
}
