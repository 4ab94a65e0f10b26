import Synchronization

/// The chunks of a streamed body as they are written: each item as soon as it is produced, and the items produced
/// while the previous write was still going out joined into one chunk of up to `limit` bytes.
///
/// OpenAPIRuntime's serializers yield one chunk per item, and a transport writes each chunk on its own; a producer
/// that is faster than the connection would pay a write per item. Here the upstream is read by a task of its own
/// into a bounded hand-off, and each `next()` takes everything that is waiting, so a slow stream is not delayed
/// (the first waiting chunk is taken at once) and a fast one goes out in large chunks. The producer waits while
/// `limit` bytes are waiting: memory stays bounded whatever the producer's pace. The task ends with the iteration
/// (the last chunk, an error, or the iterator going away, which cancels it).
struct CoalescedChunks<Upstream: AsyncSequence & Sendable>: AsyncSequence, Sendable
where Upstream.Element == ArraySlice<UInt8> {
    typealias Element = ArraySlice<UInt8>

    let upstream: Upstream
    /// The most bytes that wait for the writer, and the largest chunk it is given (a single larger item is given
    /// whole).
    var limit = 64 << 10

    func makeAsyncIterator() -> Iterator {
        let handoff = Handoff(limit: limit)
        handoff.start(reading: upstream)
        return Iterator(handoff: handoff, lifetime: Lifetime(handoff: handoff))
    }

    struct Iterator: AsyncIteratorProtocol {
        let handoff: Handoff
        let lifetime: Lifetime

        mutating func next() async throws -> ArraySlice<UInt8>? {
            try await handoff.take()
        }
    }

    /// Ends the reading task when the last copy of the iterator goes away (the transport stopped writing).
    final class Lifetime: Sendable {
        let handoff: Handoff

        init(handoff: Handoff) {
            self.handoff = handoff
        }

        deinit {
            handoff.abandon()
        }
    }

    /// The bounded buffer between the task reading the upstream and the writer.
    final class Handoff: Sendable {
        /// What the writer finds when it looks.
        private enum Outcome {
            case chunk(ArraySlice<UInt8>, CheckedContinuation<Void, Never>?)
            case end((any Error)?)
            case wait
        }

        private struct State {
            var chunks: [ArraySlice<UInt8>] = []
            var bytes = 0
            var finished = false
            var failure: (any Error)?
            var waitingWriter: CheckedContinuation<Void, Never>?
            var waitingProducer: CheckedContinuation<Void, Never>?
            var abandoned = false
        }

        private let state = Mutex(State())
        private let limit: Int
        private let producer = Mutex<Task<Void, Never>?>(nil)

        init(limit: Int) {
            self.limit = limit
        }

        /// Starts the task that reads `upstream` into the hand-off.
        func start(reading upstream: Upstream) {
            let task = Task {
                do {
                    for try await chunk in upstream {
                        guard await self.put(chunk) else { return }
                    }
                    self.finish(nil)
                } catch {
                    self.finish(error)
                }
            }
            producer.withLock { $0 = task }
        }

        /// The writer went away: the reading task stops, and a producer waiting for room is let go.
        func abandon() {
            producer.withLock { $0?.cancel() }
            state.withLock { state in
                state.abandoned = true
                return state.waitingProducer.take()
            }?.resume()
        }

        /// Everything waiting (up to `limit` bytes, or one larger chunk), waiting for the first chunk if there is
        /// none; nil after the last.
        func take() async throws -> ArraySlice<UInt8>? {
            while true {
                let outcome = state.withLock { state -> Outcome in
                    if !state.chunks.isEmpty {
                        var joined = state.chunks.removeFirst()
                        while let next = state.chunks.first, joined.count + next.count <= limit {
                            joined.append(contentsOf: next)
                            state.chunks.removeFirst()
                        }
                        state.bytes -= joined.count
                        return .chunk(joined, state.waitingProducer.take())
                    }
                    if state.finished { return .end(state.failure.take()) }
                    return .wait
                }
                switch outcome {
                case .chunk(let chunk, let producer):
                    producer?.resume()
                    return chunk
                case .end(let failure?):
                    throw failure
                case .end(nil):
                    return nil
                case .wait:
                    await withCheckedContinuation { continuation in
                        let ready = state.withLock { state -> Bool in
                            if !state.chunks.isEmpty || state.finished { return true }
                            state.waitingWriter = continuation
                            return false
                        }
                        if ready { continuation.resume() }
                    }
                }
            }
        }

        /// Adds `chunk` once there is room; false when the writer has gone away.
        private func put(_ chunk: ArraySlice<UInt8>) async -> Bool {
            while true {
                let (stored, writer) = state.withLock { state -> (Bool?, CheckedContinuation<Void, Never>?) in
                    if state.abandoned { return (nil, nil) }
                    guard state.bytes < limit || state.chunks.isEmpty else { return (false, nil) }
                    state.chunks.append(chunk)
                    state.bytes += chunk.count
                    return (true, state.waitingWriter.take())
                }
                writer?.resume()
                guard let stored else { return false }
                if stored { return true }
                await withCheckedContinuation { continuation in
                    let proceed = state.withLock { state -> Bool in
                        if state.abandoned || state.bytes < limit || state.chunks.isEmpty { return true }
                        state.waitingProducer = continuation
                        return false
                    }
                    if proceed { continuation.resume() }
                }
            }
        }

        private func finish(_ failure: (any Error)?) {
            let writer = state.withLock { state -> CheckedContinuation<Void, Never>? in
                state.finished = true
                state.failure = failure
                return state.waitingWriter.take()
            }
            writer?.resume()
        }
    }
}
