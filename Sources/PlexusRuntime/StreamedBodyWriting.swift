public import OpenAPIRuntime

/// A message a generated client or server stub is putting together (`OperationRequest`, `OutgoingResponse`) that
/// can carry a body sent as it is produced: the typed streams are written through `setBody(_:contentType:)`.
public protocol StreamedBodyWriting {
    /// Sends a body as it is produced, never collected, with its media type.
    mutating func setBody(_ stream: HTTPBody, contentType: String)
}

extension StreamedBodyWriting {
    /// Sends `items` as JSON Lines, each line written as its item is produced.
    public mutating func setJSONLinesBody<Item: Encodable & Sendable>(_ items: ItemStream<Item>, contentType: String) {
        setBody(StreamEncoding.jsonLines(items), contentType: contentType)
    }

    /// Sends `items` as JSON Text Sequences, each record written as its item is produced.
    public mutating func setJSONSequenceBody<Item: Encodable & Sendable>(
        _ items: ItemStream<Item>, contentType: String
    ) {
        setBody(StreamEncoding.jsonSequence(items), contentType: contentType)
    }

    /// Sends `events` as server-sent events with JSON data, each written as it is produced.
    public mutating func setEventStreamBody<Payload: Encodable & Sendable & Hashable>(
        _ events: ItemStream<ServerSentEventWithJSONData<Payload>>, contentType: String
    ) {
        setBody(StreamEncoding.events(events), contentType: contentType)
    }

    /// Sends `events` as server-sent events with text data, each written as it is produced.
    public mutating func setEventStreamBody(_ events: ItemStream<ServerSentEvent>, contentType: String) {
        setBody(StreamEncoding.textEvents(events), contentType: contentType)
    }
}
