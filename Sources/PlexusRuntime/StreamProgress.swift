internal import OpenAPIRuntime

/// How far one iteration of a streamed body has got: the bytes that arrived and, for server-sent events, whether
/// the bytes since the last blank line hold an event that was never finished.
///
/// The byte counter writes it and the decoder reading the same iteration reads it, both in the task iterating the
/// stream, one after the other; it is never shared between iterations.
final class StreamProgress: @unchecked Sendable {
    /// Bytes received so far.
    private(set) var bytes = 0
    /// A field line of a server-sent event arrived after the last blank line: the body ends inside an event.
    private(set) var eventPending = false

    private let tracksEvents: Bool
    private var lineIsEmpty = true
    private var lineIsComment = false
    private var previousByte: UInt8 = 0

    init(tracksEvents: Bool) {
        self.tracksEvents = tracksEvents
    }

    func received(_ chunk: HTTPBody.ByteChunk) {
        bytes += chunk.count
        guard tracksEvents else { return }
        for byte in chunk {
            defer { previousByte = byte }
            if byte == UInt8(ascii: "\n") && previousByte == UInt8(ascii: "\r") { continue }
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                if lineIsEmpty { eventPending = false }
                lineIsEmpty = true
                lineIsComment = false
            } else {
                if lineIsEmpty { lineIsComment = byte == UInt8(ascii: ":") }
                lineIsEmpty = false
                if !lineIsComment { eventPending = true }
            }
        }
    }
}

/// A body's bytes, counted into a `StreamProgress` as they pass.
struct CountedBytes: AsyncSequence, Sendable {
    typealias Element = HTTPBody.ByteChunk

    let body: HTTPBody
    let progress: StreamProgress

    func makeAsyncIterator() -> Iterator {
        Iterator(base: body.makeAsyncIterator(), progress: progress)
    }

    struct Iterator: AsyncIteratorProtocol {
        var base: HTTPBody.Iterator
        let progress: StreamProgress

        mutating func next() async throws -> HTTPBody.ByteChunk? {
            guard let chunk = try await base.next() else { return nil }
            progress.received(chunk)
            return chunk
        }
    }
}
