/// The items of a streamed body (JSON Lines, JSON Sequence, server-sent events), one at a time as they arrive.
///
/// Generated code returns one where a response streams and takes one where a request or a server's answer
/// streams. Iterate it with `for try await item in stream`; a malformed or cut-off body ends the iteration with a
/// `StreamError` naming the operation and the position. Make one from any async sequence of items (it is read
/// as the body is sent) or from an array.
public struct ItemStream<Element: Sendable>: AsyncSequence, Sendable {
    /// What iteration throws: a `StreamError`, or the error of the sequence the stream was made from.
    public typealias Failure = any Error

    private let makeIterator: @Sendable () -> Iterator

    /// A stream of the items `base` produces, read as the stream is iterated.
    public init<Base: AsyncSequence & Sendable>(_ base: Base) where Base.Element == Element {
        makeIterator = { Iterator(base.makeAsyncIterator()) }
    }

    /// A stream of `items`.
    public init(_ items: [Element]) {
        makeIterator = {
            var remaining = items[...]
            return Iterator { remaining.popFirst() }
        }
    }

    /// Starts reading the items.
    public func makeAsyncIterator() -> Iterator {
        makeIterator()
    }

    /// Produces the items one by one.
    public struct Iterator: AsyncIteratorProtocol {
        private let produceNext: () async throws -> Element?

        init<Base: AsyncIteratorProtocol>(_ base: Base) where Base.Element == Element {
            var base = base
            produceNext = { try await base.next() }
        }

        init(_ produceNext: @escaping () async throws -> Element?) {
            self.produceNext = produceNext
        }

        /// The next item, or nil after the last one.
        public mutating func next() async throws -> Element? {
            try await produceNext()
        }
    }
}

@available(*, unavailable) extension ItemStream.Iterator: Sendable {}
