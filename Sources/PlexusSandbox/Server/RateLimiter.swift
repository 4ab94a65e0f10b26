import Foundation
public import HTTPTypes
public import OpenAPIRuntime
import PlexusAPI
import Synchronization

/// Answers 429 with `Retry-After` once a caller (one `Authorization` value, or one anonymous caller) exceeds the
/// configured rate: a token bucket per caller, refilled at `requestsPerSecond` up to `burst`.
public final class RateLimiter: ServerMiddleware, Sendable {
    let limit: SandboxConfiguration.RateLimit
    let buckets = Mutex<[String: Bucket]>([:])

    struct Bucket {
        var tokens: Double
        var updated: ContinuousClock.Instant
    }

    /// A limiter enforcing `limit` per caller.
    public init(limit: SandboxConfiguration.RateLimit) {
        self.limit = limit
    }

    /// Passes the request on while the caller has tokens left, else answers 429.
    public func intercept(
        _ request: HTTPRequest, body: HTTPBody?, metadata: ServerRequestMetadata, operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, ServerRequestMetadata) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        if let wait = take(caller: request.headerFields[.authorization] ?? "") {
            let seconds = max(1, Int(wait.rounded(.up)))
            return try ErrorResponse.make(
                status: .tooManyRequests,
                SandboxError.model(._1007, "Too many requests: at most \(limit.requestsPerSecond) per second"),
                headerFields: [.retryAfter: String(seconds)])
        }
        return try await next(request, body, metadata)
    }

    /// Takes a token from `caller`'s bucket; returns how many seconds until one is available when there is none.
    func take(caller: String, now: ContinuousClock.Instant = .now) -> Double? {
        buckets.withLock { buckets in
            var bucket = buckets[caller] ?? Bucket(tokens: Double(limit.burst), updated: now)
            let elapsed = (now - bucket.updated).timeInterval
            bucket.tokens = min(Double(limit.burst), bucket.tokens + elapsed * limit.requestsPerSecond)
            bucket.updated = now
            defer { buckets[caller] = bucket }
            if bucket.tokens >= 1 {
                bucket.tokens -= 1
                return nil
            }
            return (1 - bucket.tokens) / limit.requestsPerSecond
        }
    }
}
