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
                    let leftovers = job.work?() ?? []
                    // The closure wraps the caller's non-escaping `body`: it must be gone before the caller goes on.
                    job.work = nil
                    job.done.signal()
                    withExtendedLifetime(leftovers) {}
                    return nil
                }, context)
            guard status == 0 else {
                Unmanaged<Job>.fromOpaque(context).release()
                let leftovers = job.work?() ?? []
                job.work = nil
                withExtendedLifetime(leftovers) {}
                return result ?? body().result
            }
            job.done.wait()
            // The thread has signalled: `result` is written and no longer touched by it.
            return result ?? body().result
        }
    }

    /// The work handed to the thread; the caller waits until it is done, so nothing is used by two threads at once
    /// (the leftovers, released afterwards, are only the thread's).
    private final class Job: @unchecked Sendable {
        var work: (() -> [AnyObject])?
        let done = Signal()
        init(_ work: @escaping () -> [AnyObject]) { self.work = work }
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
