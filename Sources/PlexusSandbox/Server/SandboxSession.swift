/// Who is calling the current request, as `SandboxAuthentication` found out from its `Authorization` header.
///
/// Handlers read it through `SandboxSession.current`; the middleware binds it around the operation, so a handler
/// for a `user_auth` operation only runs with a user.
struct SandboxSession: Sendable {
    /// The user the bearer token belongs to; `nil` for client-authenticated and public operations.
    var user: UserSpace?
    /// The scopes the token grants.
    var scopes: Set<String>

    /// The session of the request this task serves.
    @TaskLocal static var current: SandboxSession?

    /// The calling user; only reachable for operations `SandboxAuthentication` guards with `user_auth`.
    static func user() throws -> UserSpace {
        guard let user = current?.user else { throw Missing() }
        return user
    }

    /// A user operation ran without a user: the authentication middleware was not installed.
    struct Missing: Error, CustomStringConvertible {
        var description: String { "the operation needs a user session; install SandboxAuthentication" }
    }
}
