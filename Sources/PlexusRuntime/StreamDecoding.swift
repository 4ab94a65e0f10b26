public import Foundation
public import OpenAPIRuntime

/// Reads streamed bodies item by item as the bytes arrive, with OpenAPIRuntime's framing (JSON Lines, JSON
/// Sequence, server-sent events) and the documented item type; nothing is collected beyond the item being read.
///
/// Every failure ends the iteration with a `StreamError` naming the operation, the body and the position: an item
/// that is not the documented type, a server-sent event the body ends inside of (which the event-stream format
/// would drop silently), and the connection failing.
public enum StreamDecoding {
    /// Where the body is read: names the operation and which body it is in errors.
    public struct Origin: Sendable {
        /// The operation.
        public var operationID: String
        /// The request's body or the response's.
        public var body: StreamError.Body

        /// The origin of a body of `operationID`.
        public init(operationID: String, body: StreamError.Body) {
            self.operationID = operationID
            self.body = body
        }
    }

    /// JSON Lines (`application/jsonl`, `application/x-ndjson`): one `Item` per line.
    public static func jsonLines<Item: Decodable & Sendable>(
        _ body: HTTPBody, of type: Item.Type, decoder: JSONDecoder, origin: Origin
    ) -> ItemStream<Item> {
        jsonItems(body, decoder: decoder, origin: origin, itemKind: "line") {
            frames(JSONLinesDeserializationSequence(upstream: $0))
        }
    }

    /// JSON Text Sequences (`application/json-seq`, RFC 7464): one `Item` per record.
    public static func jsonSequence<Item: Decodable & Sendable>(
        _ body: HTTPBody, of type: Item.Type, decoder: JSONDecoder, origin: Origin
    ) -> ItemStream<Item> {
        jsonItems(body, decoder: decoder, origin: origin, itemKind: "record") {
            frames(JSONSequenceDeserializationSequence(upstream: $0))
        }
    }

    /// Items that are each one JSON value, framed by `frames`.
    private static func jsonItems<Item: Decodable & Sendable>(
        _ body: HTTPBody, decoder: JSONDecoder, origin: Origin, itemKind: String,
        frames: @escaping @Sendable (CountedBytes) -> () async throws -> ArraySlice<UInt8>?
    ) -> ItemStream<Item> {
        let typeName = "\(Item.self)"
        return ItemStream(
            DecodedItems(body: body, origin: origin, itemKind: itemKind, tracksEvents: false, frames: frames) {
                try decode(Item.self, typeName, from: Data($0), decoder: decoder)
            })
    }

    /// Server-sent events (`text/event-stream`) whose `data` is JSON of `Data`; `event`, `id` and `retry` kept.
    public static func events<Payload: Decodable & Sendable & Hashable>(
        _ body: HTTPBody, of type: Payload.Type, decoder: JSONDecoder, origin: Origin
    ) -> ItemStream<ServerSentEventWithJSONData<Payload>> {
        let typeName = "\(Payload.self)"
        return ItemStream(
            DecodedItems(body: body, origin: origin, itemKind: "event", tracksEvents: true) { bytes in
                frames(bytes.asDecodedServerSentEvents())
            } decode: { event in
                ServerSentEventWithJSONData(
                    event: event.event,
                    data: try event.data.map {
                        try decode(Payload.self, typeName, from: Data($0.utf8), decoder: decoder)
                    },
                    id: event.id, retry: event.retry)
            })
    }

    /// Server-sent events (`text/event-stream`) whose `data` is text.
    public static func textEvents(_ body: HTTPBody, origin: Origin) -> ItemStream<ServerSentEvent> {
        ItemStream(
            DecodedItems(body: body, origin: origin, itemKind: "event", tracksEvents: true) { bytes in
                frames(bytes.asDecodedServerSentEvents())
            } decode: {
                $0
            })
    }

    /// A binary body passed on as it arrives, its failures (a connection cut mid-way) turned into `StreamError`s
    /// that say how many bytes had arrived.
    public static func bytes(_ body: HTTPBody, origin: Origin) -> HTTPBody {
        HTTPBody(
            ReportedBytes(body: body, origin: origin), length: body.length, iterationBehavior: body.iterationBehavior)
    }

    private static func frames<Frames: AsyncSequence>(_ sequence: Frames) -> () async throws -> Frames.Element? {
        var iterator = sequence.makeAsyncIterator()
        return { try await iterator.next() }
    }

    private static func decode<Item: Decodable>(
        _ type: Item.Type, _ typeName: String, from data: Data, decoder: JSONDecoder
    ) throws -> Item {
        do {
            return try decoder.decode(Item.self, from: data)
        } catch {
            throw ItemDecodingFailure(reason: "not a valid \(typeName): \(DecodingErrorText.describe(error))")
        }
    }
}

/// An item that arrived whole but is not the documented type.
private struct ItemDecodingFailure: Error {
    var reason: String
}

/// The items of a body: frames cut by OpenAPIRuntime's deserializer, each decoded, positions counted.
private struct DecodedItems<Frame, Item: Sendable>: AsyncSequence, Sendable {
    let body: HTTPBody
    let origin: StreamDecoding.Origin
    let itemKind: String
    let tracksEvents: Bool
    let makeFrames: @Sendable (CountedBytes) -> () async throws -> Frame?
    let decode: @Sendable (Frame) throws -> Item

    init(
        body: HTTPBody, origin: StreamDecoding.Origin, itemKind: String, tracksEvents: Bool,
        frames: @escaping @Sendable (CountedBytes) -> () async throws -> Frame?,
        decode: @escaping @Sendable (Frame) throws -> Item
    ) {
        self.body = body
        self.origin = origin
        self.itemKind = itemKind
        self.tracksEvents = tracksEvents
        self.makeFrames = frames
        self.decode = decode
    }

    func makeAsyncIterator() -> ItemStream<Item>.Iterator {
        let progress = StreamProgress(tracksEvents: tracksEvents)
        let nextFrame = makeFrames(CountedBytes(body: body, progress: progress))
        let decode = self.decode
        let origin = self.origin
        let itemKind = self.itemKind
        var count = 0
        var finished = false
        func failure(_ item: Int, _ reason: String) -> StreamError {
            finished = true
            return StreamError(
                operationID: origin.operationID, body: origin.body, itemKind: itemKind, itemNumber: item,
                bytesReceived: progress.bytes, reason: reason)
        }
        return ItemStream<Item>.Iterator {
            if finished { return nil }
            let frame: Frame?
            do {
                frame = try await nextFrame()
            } catch {
                throw failure(count + 1, "the body failed: \(error)")
            }
            guard let frame else {
                finished = true
                if progress.eventPending {
                    throw failure(count + 1, "the body ends inside an event (no blank line after its last field)")
                }
                return nil
            }
            count += 1
            do {
                return try decode(frame)
            } catch let error as ItemDecodingFailure {
                throw failure(count, error.reason)
            } catch {
                throw failure(count, "\(error)")
            }
        }
    }
}

/// A body's bytes as they arrive, a failure of the transport reported with the bytes received before it.
private struct ReportedBytes: AsyncSequence, Sendable {
    typealias Element = HTTPBody.ByteChunk

    let body: HTTPBody
    let origin: StreamDecoding.Origin

    func makeAsyncIterator() -> Iterator {
        Iterator(base: body.makeAsyncIterator(), origin: origin)
    }

    struct Iterator: AsyncIteratorProtocol {
        var base: HTTPBody.Iterator
        let origin: StreamDecoding.Origin
        var bytes = 0

        mutating func next() async throws -> HTTPBody.ByteChunk? {
            do {
                guard let chunk = try await base.next() else { return nil }
                bytes += chunk.count
                return chunk
            } catch let error as StreamError {
                throw error
            } catch {
                throw StreamError(
                    operationID: origin.operationID, body: origin.body, itemKind: "byte", itemNumber: nil,
                    bytesReceived: bytes, reason: "the body failed: \(error)")
            }
        }
    }
}
