import Foundation
public import PlexusAPI
import PlexusRuntime

extension SandboxAPI {
    /// `POST /auth/token`: the password and refresh token grants; authorization codes are not issued here.
    public func createAccessToken(_ input: Operations.CreateAccessToken.Input) async throws
        -> Operations.CreateAccessToken.Output
    {
        let result: Result<AccessToken, SandboxBank.TokenRefusal>
        switch input.body {
        case .userCredentialRequest(let request):
            guard request.grantType == .password else {
                return .clientError(SandboxError.invalid("grant_type", "must be password"), statusCode: 400)
            }
            result = bank.issueToken(username: request.username, password: request.password, scope: request.scope)
        case .refreshTokenRequest(let request):
            guard request.grantType == .refreshToken else {
                return .clientError(SandboxError.invalid("grant_type", "must be refresh_token"), statusCode: 400)
            }
            result = bank.refresh(token: request.refreshToken, scope: request.scope)
        case .authorizationCodeRequest:
            return .clientError(
                SandboxError.invalid("grant_type", "the sandbox issues no authorization codes; use password"),
                statusCode: 400)
        }
        switch result {
        case .success(let token): return .ok(token)
        case .failure(.unknownUser): return .notFound(SandboxError.notFound("User"))
        case .failure(.wrongPassword):
            return .unauthorized(SandboxError.model(._10000, "Login credentials are invalid"))
        case .failure(.blocked):
            return .unauthorized(SandboxError.model(._10002, "Online access is blocked after three wrong passwords"))
        case .failure(.invalidRefreshToken):
            return .unauthorized(SandboxError.model(._1003, "The refresh token is unknown, spent or expired"))
        case .failure(.unknownScope(let scope)):
            return .clientError(SandboxError.invalid("scope", "unknown or not granted: \(scope)"), statusCode: 400)
        }
    }

    /// `POST /auth/revoke`: unknown (or empty) tokens are fine, as RFC 7009 asks.
    public func revokeToken(_ input: Operations.RevokeToken.Input) async throws -> Operations.RevokeToken.Output {
        bank.revoke(token: input.body.token)
        return .noContent
    }

    /// `POST /auth/user`.
    public func createUser(_ input: Operations.CreateUser.Input) async throws -> Operations.CreateUser.Output {
        let body = input.body
        guard Self.isEmail(body.email) else {
            return .badRequest(SandboxError.invalid("email", "not an email address"))
        }
        guard body.password.count >= 6 else {
            return .badRequest(SandboxError.invalid("password", "must have at least 6 characters"))
        }
        guard
            let user = bank.createUser(
                email: body.email, password: body.password, fullName: body.fullName, language: body.language)
        else {
            return .conflict(SandboxError.model(._1001, "Entry already exists: a user with this email"))
        }
        return .created(user)
    }

    /// `GET /rest/user`.
    public func getUser(_ input: Operations.GetUser.Input) async throws -> Operations.GetUser.Output {
        .ok(try withUser { state, _ in state.user })
    }

    /// `PUT /rest/user`.
    public func updateUser(_ input: Operations.UpdateUser.Input) async throws -> Operations.UpdateUser.Output {
        .ok(
            try withUser { state, _ in
                if let fullName = input.body.fullName { state.user.fullName = fullName }
                if let language = input.body.language { state.user.language = language }
                return state.user
            })
    }

    /// `DELETE /rest/user`: the user, its data and its tokens.
    public func deleteUser(_ input: Operations.DeleteUser.Input) async throws -> Operations.DeleteUser.Output {
        bank.delete(try SandboxSession.user())
        return .noContent
    }

    /// `GET /version`.
    public func getVersion(_ input: Operations.GetVersion.Input) async throws -> Operations.GetVersion.Output {
        .ok(Version(environment: "sandbox", version: "0.0.1"))
    }

    /// A light check: one `@`, something before it, a dot in the domain after it, no spaces.
    static func isEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        return parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".") && !parts[1].hasPrefix(".")
            && !parts[1].hasSuffix(".") && !text.contains(" ")
    }
}
