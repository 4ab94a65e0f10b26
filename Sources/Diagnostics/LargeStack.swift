#if canImport(Glibc)
    internal import Glibc
#elseif canImport(Darwin)
    internal import Darwin
#endif

/// Runs work whose recursion follows the input (references followed into references, schemas into schemas) on a
/// thread with a stack large enough for the deepest input the stages accept, instead of the few hundred KiB to
/// 8 MiB of whatever thread the caller is on. The stages also bound that depth themselves and report a located
/// error beyond it, so the stack can never overflow.
public enum LargeStack {
    /// The stack reserved: address space only; pages are committed as the recursion actually reaches them.
    public static let bytes = 2 << 30

    /// `body`'s result, computed on a thread with a `bytes` stack. `body` also returns the working objects it is
    /// done with (caches, indexes): the thread releases them after the caller has the result, so tearing down large
    /// working structures (a tenth of the time of resolving a document of 50,000 schemas) does not hold the caller
    /// up; a process that exits meanwhile skips that work. On the calling thread if no thread can be made.
    public static func run<Result>(releasingAfterwards body: () -> (result: Result, leftovers: [AnyObject])) -> Result {
        withoutActuallyEscaping(body) { body in
            var result: Result?
            let job = Job {
                let (value, leftovers) = body()
                result = value
                return leftovers
            }
            if start(job) {
                job.done.wait()
            } else {
                withExtendedLifetime(job.run()) {}
            }
            // The work has signalled: `result` is written and no longer touched by the thread.
            return result ?? body().result
        }
    }

    /// `first()` on the calling thread while `second()` runs on a thread with a `bytes` stack; both results once both
    /// are done. For splitting large, independent work (decoding the halves of a 50,000-schema `components`) over
    /// two cores. `second` runs on the calling thread after `first` if no thread can be made.
    public static func concurrently<First, Second>(
        _ first: () -> First, _ second: () -> Second
    ) -> (First, Second) {
        withoutActuallyEscaping(second) { second in
            var secondResult: Second?
            let job = Job {
                secondResult = second()
                return []
            }
            let started = start(job)
            let firstResult = first()
            if started { job.done.wait() } else { _ = job.run() }
            // The work has signalled: `secondResult` is written and no longer touched by the thread.
            return (firstResult, secondResult ?? second())
        }
    }

    /// Starts `job` on a detached thread with a `bytes` stack; false when no thread can be made (nothing ran).
    private static func start(_ job: Job) -> Bool {
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        defer { pthread_attr_destroy(&attributes) }
        pthread_attr_setstacksize(&attributes, bytes)
        pthread_attr_setdetachstate(&attributes, Int32(PTHREAD_CREATE_DETACHED))
        #if canImport(Glibc)
            var thread = pthread_t()
        #else
            var thread: pthread_t?
        #endif
        let context = Unmanaged.passRetained(job).toOpaque()
        let status = pthread_create(
            &thread, &attributes,
            { context in
                guard let context else { return nil }
                let job = Unmanaged<Job>.fromOpaque(context).takeRetainedValue()
                // The leftovers outlive the signal: the thread releases them after the caller has gone on.
                withExtendedLifetime(job.run()) {}
                return nil
            }, context)
        guard status == 0 else {
            Unmanaged<Job>.fromOpaque(context).release()
            return false
        }
        return true
    }

    /// The work handed to the thread; the caller waits until it is done, so nothing is used by two threads at once
    /// (the leftovers, released afterwards, are only the thread's).
    private final class Job: @unchecked Sendable {
        private var work: (() -> [AnyObject])?
        let done = Signal()
        init(_ work: @escaping () -> [AnyObject]) { self.work = work }

        /// Does the work once, drops it and signals; returns the work's leftovers. The closure wraps the caller's
        /// non-escaping body, so it must be gone before the caller goes on.
        func run() -> [AnyObject] {
            let leftovers = work?() ?? []
            work = nil
            done.signal()
            return leftovers
        }
    }

    /// A one-time signal from the thread to the caller waiting for it.
    private final class Signal: @unchecked Sendable {
        private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
        private let condition = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
        private var signalled = false

        init() {
            pthread_mutex_init(mutex, nil)
            pthread_cond_init(condition, nil)
        }

        deinit {
            pthread_cond_destroy(condition)
            pthread_mutex_destroy(mutex)
            condition.deallocate()
            mutex.deallocate()
        }

        func signal() {
            pthread_mutex_lock(mutex)
            signalled = true
            pthread_cond_signal(condition)
            pthread_mutex_unlock(mutex)
        }

        func wait() {
            pthread_mutex_lock(mutex)
            while !signalled { pthread_cond_wait(condition, mutex) }
            pthread_mutex_unlock(mutex)
        }
    }
}
