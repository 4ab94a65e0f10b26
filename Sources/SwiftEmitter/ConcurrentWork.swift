internal import Foundation

/// Runs independent pieces of rendering on every core and returns their results in order, so the output is the
/// same as a serial run's, byte for byte.
///
/// Rendering a type or an operation reads only the resolved API, the options and the templates, all immutable
/// values, so the pieces share nothing that changes.
public enum ConcurrentWork {
    /// `transform` applied to `0..<count`, spread over the active cores; results in index order.
    public static func map<Result: Sendable>(_ count: Int, _ transform: @Sendable (Int) -> Result) -> [Result] {
        let workers = min(ProcessInfo.processInfo.activeProcessorCount, count)
        guard workers > 1 else { return (0..<count).map(transform) }
        let results = Results<Result>(count: count)
        // Workers take the next index as they finish one, so a few large pieces do not leave a core idle.
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while let index = results.claim() { results.store(transform(index), at: index) }
        }
        return results.collected()
    }

    /// The results of one `map`, filled by the workers.
    private final class Results<Result: Sendable>: @unchecked Sendable {
        // Every access holds `lock`; that makes the class safe to share between the workers.
        private let lock = NSLock()
        private let count: Int
        private var stored: [(index: Int, result: Result)] = []
        private var next = 0

        init(count: Int) {
            self.count = count
            stored.reserveCapacity(count)
        }

        /// The next index no worker has taken, or nil when all are taken.
        func claim() -> Int? {
            lock.withLock {
                guard next < count else { return nil }
                defer { next += 1 }
                return next
            }
        }

        func store(_ result: Result, at index: Int) {
            lock.withLock { stored.append((index, result)) }
        }

        /// The results in index order; every index was stored once `concurrentPerform` returned. (Kept as pairs, not
        /// as optional slots, so a `Result` that is itself optional comes back as it was.)
        func collected() -> [Result] {
            lock.withLock { stored.sorted { $0.index < $1.index }.map(\.result) }
        }
    }
}
