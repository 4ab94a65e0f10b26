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

    /// `body`'s result, computed on a thread with a `bytes` stack; on the calling thread if no thread can be made.
    public static func run<Result>(_ body: () -> Result) -> Result {
        withoutActuallyEscaping(body) { body in
            var result: Result?
            let job = Job { result = body() }
            var attributes = pthread_attr_t()
            pthread_attr_init(&attributes)
            defer { pthread_attr_destroy(&attributes) }
            pthread_attr_setstacksize(&attributes, bytes)
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
                    Unmanaged<Job>.fromOpaque(context).takeRetainedValue().work()
                    return nil
                }, context)
            guard status == 0 else {
                Unmanaged<Job>.fromOpaque(context).release()
                return body()
            }
            #if canImport(Glibc)
                pthread_join(thread, nil)
            #else
                if let thread { pthread_join(thread, nil) }
            #endif
            // The thread has ended: `result` is written and no longer shared.
            return result ?? body()
        }
    }

    /// The work handed to the thread; the caller waits for it, so nothing is used by two threads at once.
    private final class Job: @unchecked Sendable {
        let work: () -> Void
        init(_ work: @escaping () -> Void) { self.work = work }
    }
}
