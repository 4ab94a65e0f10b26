internal import Foundation
public import OpenAPIRuntime

/// Writes streamed bodies item by item as the items are produced, with OpenAPIRuntime's framing: what a client
/// sends and what a server stub answers when the document gives a streaming media type.
public enum StreamEncoding {
    /// JSON Lines: each item as one line of JSON.
    public static func jsonLines<Item: Encodable & Sendable>(_ items: ItemStream<Item>) -> HTTPBody {
        HTTPBody(
            items.asEncodedJSONLines(encoder: RequestJSONEncoder.make()), length: .unknown,
            iterationBehavior: .single)
    }

    /// JSON Text Sequences: each item as one record.
    public static func jsonSequence<Item: Encodable & Sendable>(_ items: ItemStream<Item>) -> HTTPBody {
        HTTPBody(
            items.asEncodedJSONSequence(encoder: RequestJSONEncoder.make()), length: .unknown,
            iterationBehavior: .single)
    }

    /// Server-sent events whose `data` is JSON.
    public static func events<Payload: Encodable & Sendable & Hashable>(
        _ events: ItemStream<ServerSentEventWithJSONData<Payload>>
    ) -> HTTPBody {
        HTTPBody(
            events.asEncodedServerSentEventsWithJSONData(encoder: RequestJSONEncoder.make()), length: .unknown,
            iterationBehavior: .single)
    }

    /// Server-sent events whose `data` is text.
    public static func textEvents(_ events: ItemStream<ServerSentEvent>) -> HTTPBody {
        HTTPBody(events.asEncodedServerSentEvents(), length: .unknown, iterationBehavior: .single)
    }
}
