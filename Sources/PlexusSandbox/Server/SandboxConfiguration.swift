public import Foundation

/// How a sandbox behaves: who may call it, how fast flows move, how much it lets a caller do.
public struct SandboxConfiguration: Sendable {
    /// The client credentials (HTTP basic) that create users and tokens.
    public var clientID: String
    /// The secret that goes with `clientID`.
    public var clientSecret: String
    /// Requests per second each credential may make before getting 429; `nil` for no limit.
    public var rateLimit: RateLimit?
    /// How long a synchronization or payment runs once its challenges are solved; resources answer 423 meanwhile.
    public var runDuration: Duration
    /// How long a decoupled challenge waits for the (simulated) approval in the banking app.
    public var decoupledApprovalDelay: Duration
    /// Lifetime of access tokens, in seconds.
    public var accessTokenLifetime: Int32
    /// Request bodies above this many bytes are answered with 413 before they are read.
    public var maximumBodySize: Int
    /// The `User-Agent` notifications are delivered with.
    public var notificationUserAgent: String

    /// A rate limit: `requestsPerSecond` on average, bursts of up to `burst` requests.
    public struct RateLimit: Sendable, Equatable {
        /// Sustained requests per second.
        public var requestsPerSecond: Double
        /// Requests allowed at once after a quiet period.
        public var burst: Int

        /// A limit of `requestsPerSecond`, allowing bursts of `burst` (by default one second's worth).
        public init(requestsPerSecond: Double, burst: Int? = nil) {
            self.requestsPerSecond = requestsPerSecond
            self.burst = burst ?? max(1, Int(requestsPerSecond.rounded(.up)))
        }
    }

    /// The defaults `swift run plexus-sandbox` uses.
    public init(
        clientID: String = "sandbox", clientSecret: String = "sandbox", rateLimit: RateLimit? = nil,
        runDuration: Duration = .milliseconds(1500), decoupledApprovalDelay: Duration = .seconds(2),
        accessTokenLifetime: Int32 = 3600, maximumBodySize: Int = 1 << 20,
        notificationUserAgent: String = "plexus-notification/19.10.0"
    ) {
        self.clientID = clientID
        self.clientSecret = clientSecret
        self.rateLimit = rateLimit
        self.runDuration = runDuration
        self.decoupledApprovalDelay = decoupledApprovalDelay
        self.accessTokenLifetime = accessTokenLifetime
        self.maximumBodySize = maximumBodySize
        self.notificationUserAgent = notificationUserAgent
    }
}

extension Duration {
    /// The duration in seconds, as a `TimeInterval`.
    var timeInterval: TimeInterval {
        let (seconds, attoseconds) = components
        return TimeInterval(seconds) + TimeInterval(attoseconds) / 1e18
    }
}
