public import Foundation
import PlexusAPI
import Synchronization

/// The sandbox's state: users with their tokens, each user's bank data in a `UserSpace` of its own (so requests of
/// different users never wait for each other), the catalog, and the notifications to deliver.
public final class SandboxBank: Sendable {
    /// How the sandbox behaves.
    public let configuration: SandboxConfiguration
    let directory = Mutex(Directory())
    let delivery: NotificationDelivery
    /// The URL the sandbox is reachable at, once it listens (for the redirect challenges' locations).
    let publicURL = Mutex<URL?>(nil)

    /// Users and the tokens issued to them.
    struct Directory {
        var usersByEmail: [String: UserSpace] = [:]
        var accessTokens: [String: Grant] = [:]
        var refreshTokens: [String: Grant] = [:]
        var issued = 0
        /// Users created so far, the demo user included.
        var users = 1
    }

    /// What a token stands for.
    struct Grant {
        var user: UserSpace
        var scopes: Set<String>
        var expiresAt: Date
    }

    /// The scopes a token gets when it asks for none: every scope of `user_auth`.
    static let allScopes: Set<String> = [
        "accounts=ro", "accounts=rw", "balance=ro", "transactions=ro", "transactions=rw", "categories=ro",
        "payments=rw", "user=rw", "offline",
    ]

    /// The demo user every sandbox starts with: `demo` (or `demo@plexus.zone`) / `demo`, its demo bank access added
    /// and synchronized.
    public static let demoUser = (username: "demo", password: "demo")

    /// A bank with the demo user, behaving as `configuration` says.
    public init(configuration: SandboxConfiguration = SandboxConfiguration()) {
        self.configuration = configuration
        delivery = NotificationDelivery(userAgent: configuration.notificationUserAgent)
        let demo = UserSpace(
            user: User(id: "U1", fullName: "Demo User", email: "demo@plexus.zone", language: "de", createdAt: Date()),
            password: Self.demoUser.password, configuration: configuration)
        demo.seedDemoAccess()
        // The demo user logs in as `demo` or with its email.
        directory.withLock {
            $0.usersByEmail[Self.demoUser.username] = demo
            $0.usersByEmail["demo@plexus.zone"] = demo
        }
    }

    /// A fresh access token of the demo user with every scope, for tools that drive the sandbox without the
    /// token endpoint (the load test's hand-written server has only its one route).
    public func demoAccessToken() -> String {
        switch issueToken(username: Self.demoUser.username, password: Self.demoUser.password, scope: nil) {
        case .success(let token): token.accessToken
        case .failure: ""
        }
    }

    /// Whether `authorization` is HTTP basic with the client credentials.
    func acceptsClient(authorization: String) -> Bool {
        let expected = Data("\(configuration.clientID):\(configuration.clientSecret)".utf8).base64EncodedString()
        let parts = authorization.split(separator: " ", maxSplits: 1)
        return parts.count == 2 && parts[0].lowercased() == "basic" && parts[1] == expected
    }

    /// The session of a bearer token that is known and not expired.
    func session(authorization: String, now: Date = Date()) -> SandboxSession? {
        let parts = authorization.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else { return nil }
        return directory.withLock { directory in
            guard let grant = directory.accessTokens[String(parts[1])], grant.expiresAt > now else { return nil }
            return SandboxSession(user: grant.user, scopes: grant.scopes)
        }
    }

    /// Registers a new user; `nil` when the email is taken.
    func createUser(email: String, password: String, fullName: String?, language: String?) -> User? {
        directory.withLock { directory in
            guard directory.usersByEmail[email.lowercased()] == nil else { return nil }
            directory.users += 1
            let user = User(
                id: "U\(directory.users)", fullName: fullName, email: email, language: language,
                createdAt: Date())
            directory.usersByEmail[email.lowercased()] = UserSpace(
                user: user, password: password, configuration: configuration)
            return user
        }
    }

    /// Why a token could not be issued.
    enum TokenRefusal: Error {
        case unknownUser
        case wrongPassword
        case blocked
        case unknownScope(String)
        case invalidRefreshToken
    }

    /// Issues a token for `username` and `password`: three wrong passwords in a row block the user.
    func issueToken(username: String, password: String, scope: String?) -> Result<AccessToken, TokenRefusal> {
        directory.withLock { directory in
            guard let user = directory.usersByEmail[username.lowercased()] else { return .failure(.unknownUser) }
            switch user.checkPassword(password) {
            case .blocked: return .failure(.blocked)
            case .wrong: return .failure(.wrongPassword)
            case .accepted: break
            }
            let scopes: Set<String>
            switch Self.scopes(scope) {
            case .success(let requested): scopes = requested
            case .failure(let refusal): return .failure(refusal)
            }
            return .success(Self.issue(for: user, scopes: scopes, in: &directory, lifetime: configuration))
        }
    }

    /// Exchanges a refresh token for a new access token (and a new refresh token; the old one is spent).
    func refresh(token: String, scope: String?) -> Result<AccessToken, TokenRefusal> {
        directory.withLock { directory in
            guard let grant = directory.refreshTokens.removeValue(forKey: token), grant.expiresAt > Date() else {
                return .failure(.invalidRefreshToken)
            }
            var scopes = grant.scopes
            if let scope {
                switch Self.scopes(scope) {
                case .success(let requested) where requested.isSubset(of: grant.scopes): scopes = requested
                case .success: return .failure(.unknownScope(scope))
                case .failure(let refusal): return .failure(refusal)
                }
            }
            return .success(Self.issue(for: grant.user, scopes: scopes, in: &directory, lifetime: configuration))
        }
    }

    /// Forgets an access or refresh token (unknown tokens are fine, as RFC 7009 asks).
    func revoke(token: String) {
        directory.withLock { directory in
            directory.accessTokens[token] = nil
            directory.refreshTokens[token] = nil
        }
    }

    /// Removes `user` and every token issued to it.
    func delete(_ user: UserSpace) {
        directory.withLock { directory in
            directory.usersByEmail = directory.usersByEmail.filter { $0.value !== user }
            directory.accessTokens = directory.accessTokens.filter { $0.value.user !== user }
            directory.refreshTokens = directory.refreshTokens.filter { $0.value.user !== user }
        }
    }

    private static func scopes(_ scope: String?) -> Result<Set<String>, TokenRefusal> {
        guard let scope else { return .success(allScopes) }
        let requested = Set(scope.split(separator: " ").map(String.init))
        if let unknown = requested.subtracting(allScopes).sorted().first { return .failure(.unknownScope(unknown)) }
        return .success(requested.isEmpty ? allScopes : requested)
    }

    private static func issue(
        for user: UserSpace, scopes: Set<String>, in directory: inout Directory,
        lifetime configuration: SandboxConfiguration
    ) -> AccessToken {
        directory.issued += 1
        let access = Self.token(prefix: "at", number: directory.issued)
        directory.accessTokens[access] = Grant(
            user: user, scopes: scopes,
            expiresAt: Date().addingTimeInterval(TimeInterval(configuration.accessTokenLifetime)))
        var refresh: String?
        if scopes.contains("offline") {
            let token = Self.token(prefix: "rt", number: directory.issued)
            directory.refreshTokens[token] = Grant(
                user: user, scopes: scopes, expiresAt: Date().addingTimeInterval(90 * 86_400))
            refresh = token
        }
        return AccessToken(
            accessToken: access, tokenType: .bearer, expiresIn: configuration.accessTokenLifetime,
            refreshToken: refresh, scope: scopes.sorted().joined(separator: " "))
    }

    /// A token that cannot be guessed: a counter (unique) and 24 random bytes.
    private static func token(prefix: String, number: Int) -> String {
        var generator = SystemRandomNumberGenerator()
        let random = (0..<24).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let text = Data(random).base64EncodedString().replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "=", with: "")
        return "\(prefix)\(number)\(text)"
    }
}

extension SandboxBank {
    /// Tells the bank the URL it is reachable at (for the locations of redirect challenges), when it listens on a
    /// port chosen by the system.
    public func serve(at url: URL) {
        publicURL.withLock { $0 = url }
    }

    /// Where redirect challenges send the customer: the sandbox's own SCA page, under the URL it serves at.
    var redirectBase: URL {
        let base = publicURL.withLock { $0 } ?? URL(string: "http://localhost:8080") ?? URL(fileURLWithPath: "/")
        return base.appendingPathComponent("sandbox").appendingPathComponent("sca")
    }

    /// Completes the redirect challenge `challengeID` of whichever user's process issued it, as the customer's
    /// visit to the bank's page would; returns whether there was one waiting.
    func completeRedirect(challengeID: UUID) -> Bool {
        let spaces = directory.withLock { Array($0.usersByEmail.values) }
        var seen = Set<ObjectIdentifier>()
        for space in spaces where seen.insert(ObjectIdentifier(space)).inserted {
            let (completed, deliveries) = space.update { state, now in state.completeRedirect(challengeID, now: now) }
            delivery.deliver(deliveries)
            if completed { return true }
        }
        return false
    }
}
