public import Foundation
public import HTTPTypes
public import OpenAPIRuntime

/// Retries requests the server answered with "try again later" (423 Locked, 429 Too Many Requests, 503 Service
/// Unavailable by default), waiting longer after each attempt and honouring `Retry-After`.
///
/// Only idempotent methods are retried unless the policy says otherwise, and never a request whose body can be
/// sent only once (a streamed upload). When the server asks for a wait longer than `Policy.maximumDelay`, or the
/// attempts run out, the last response is returned as it is, so the caller sees the real status.
public struct RetryMiddleware: ClientMiddleware {
    /// What is retried, how often and how long to wait.
    public struct Policy: Sendable, Hashable {
        /// Response statuses that mean "the same request may succeed later".
        public var statuses: Set<Int>
        /// Methods that may be sent again.
        public var methods: Set<HTTPRequest.Method>
        /// Attempts in total, the first included.
        public var maximumAttempts: Int
        /// The wait before the first retry; the n-th retry waits n times this when the server names no time.
        public var baseDelay: Duration
        /// The longest wait; a `Retry-After` beyond it ends the retries.
        public var maximumDelay: Duration

        /// Retries 423, 429 and 503 for idempotent methods, up to 4 attempts, waiting 0.5 s, 1 s, 1.5 s.
        public init(
            statuses: Set<Int> = [423, 429, 503],
            methods: Set<HTTPRequest.Method> = [.get, .head, .options, .put, .delete, .trace],
            maximumAttempts: Int = 4,
            baseDelay: Duration = .milliseconds(500),
            maximumDelay: Duration = .seconds(30)
        ) {
            self.statuses = statuses
            self.methods = methods
            self.maximumAttempts = maximumAttempts
            self.baseDelay = baseDelay
            self.maximumDelay = maximumDelay
        }
    }

    /// How many attempts and how long to wait between them.
    public var policy: Policy
    private let sleep: @Sendable (Duration) async throws -> Void
    private let now: @Sendable () -> Date

    /// - Parameters:
    ///   - sleep: waits between attempts; replaceable so tests and custom schedulers need not wait in real time.
    ///   - now: the current time, for `Retry-After` given as an HTTP date.
    public init(
        policy: Policy = Policy(),
        sleep: @escaping @Sendable (Duration) async throws -> Void = { try await Task.sleep(for: $0) },
        now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.policy = policy
        self.sleep = sleep
        self.now = now
    }

    /// Sends the request, and again after a wait while the answer is 423, 429 or 503 and attempts remain.
    public func intercept(
        _ request: HTTPRequest,
        body: HTTPBody?,
        baseURL: URL,
        operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        let replayable = body.map { $0.iterationBehavior == .multiple } ?? true
        guard replayable, policy.methods.contains(request.method), policy.maximumAttempts > 1 else {
            return try await next(request, body, baseURL)
        }
        var attempt = 1
        while true {
            let (response, responseBody) = try await next(request, body, baseURL)
            guard attempt < policy.maximumAttempts, policy.statuses.contains(response.status.code),
                let delay = delay(before: attempt, response: response)
            else {
                return (response, responseBody)
            }
            if let responseBody {
                // Read what is left of the refused response so the connection can be reused.
                _ = try? await ArraySlice<UInt8>(collecting: responseBody, upTo: 1 << 20)
            }
            try await sleep(delay)
            attempt += 1
        }
    }

    /// The wait before retry number `attempt`, or nil when the server asks for longer than the policy allows.
    func delay(before attempt: Int, response: HTTPResponse) -> Duration? {
        if let retryAfter = response.headerFields[.retryAfter], let requested = Self.seconds(in: retryAfter, now: now())
        {
            let wait = Duration.seconds(max(0, requested))
            return wait <= policy.maximumDelay ? wait : nil
        }
        return min(policy.baseDelay * attempt, policy.maximumDelay)
    }

    /// `Retry-After` is either delay-seconds or an HTTP-date (RFC 9110, section 10.2.3).
    static func seconds(in retryAfter: String, now: Date) -> Int? {
        let text = retryAfter.trimmingCharacters(in: .whitespaces)
        if let seconds = Int(text) { return seconds }
        guard let date = httpDate(text) else { return nil }
        return Int(date.timeIntervalSince(now).rounded(.up))
    }

    private static func httpDate(_ text: String) -> Date? {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        return formatter.date(from: text)
    }
}
