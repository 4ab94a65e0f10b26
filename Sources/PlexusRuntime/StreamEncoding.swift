internal import Foundation
public import OpenAPIRuntime

/// Writes streamed bodies item by item as the items are produced, with OpenAPIRuntime's framing: what a client
/// sends and what a server stub answers when the document gives a streaming media type. Items produced while a
/// write is going out are joined into one chunk (`CoalescedChunks`); none waits for another.
public enum StreamEncoding {
    /// JSON Lines: each item as one line of JSON.
    public static func jsonLines<Item: Encodable & Sendable>(_ items: ItemStream<Item>) -> HTTPBody {
        coalesced(items.asEncodedJSONLines(encoder: RequestJSONEncoder.make()))
    }

    /// JSON Text Sequences: each item as one record.
    public static func jsonSequence<Item: Encodable & Sendable>(_ items: ItemStream<Item>) -> HTTPBody {
        coalesced(items.asEncodedJSONSequence(encoder: RequestJSONEncoder.make()))
    }

    /// Server-sent events whose `data` is JSON.
    public static func events<Payload: Encodable & Sendable & Hashable>(
        _ events: ItemStream<ServerSentEventWithJSONData<Payload>>
    ) -> HTTPBody {
        coalesced(events.asEncodedServerSentEventsWithJSONData(encoder: RequestJSONEncoder.make()))
    }

    /// Server-sent events whose `data` is text.
    public static func textEvents(_ events: ItemStream<ServerSentEvent>) -> HTTPBody {
        coalesced(events.asEncodedServerSentEvents())
    }

    /// A body of `chunks` as they are produced, those produced while a write is going out joined into one.
    private static func coalesced<Chunks: AsyncSequence & Sendable>(_ chunks: Chunks) -> HTTPBody
    where Chunks.Element == ArraySlice<UInt8> {
        HTTPBody(CoalescedChunks(upstream: chunks), length: .unknown, iterationBehavior: .single)
    }
}
