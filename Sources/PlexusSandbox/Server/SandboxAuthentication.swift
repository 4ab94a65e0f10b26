import Foundation
public import HTTPTypes
public import OpenAPIRuntime
import PlexusAPI

/// Checks each request's credentials against what its operation's `security` asks for and binds the caller as
/// `SandboxSession.current`: HTTP basic with the client credentials (`client_auth`) for creating users and tokens and
/// the complete catalog, a user's bearer token (`user_auth`) for everything under `/rest`, nothing for `/version`.
/// A request without the right credentials is answered with 401 and the spec's error body before its handler runs.
public struct SandboxAuthentication: ServerMiddleware {
    let bank: SandboxBank

    /// Operations the spec secures with `client_auth`.
    static let clientOperations: Set<String> = [
        "createAccessToken", "createUser", "revokeToken", "listCompleteCatalog",
    ]
    /// Operations with `security: []`.
    static let publicOperations: Set<String> = ["getVersion"]

    /// Authenticates against `bank`'s users and tokens.
    public init(bank: SandboxBank) {
        self.bank = bank
    }

    /// Runs `next` with the caller bound, or answers 401.
    public func intercept(
        _ request: HTTPRequest, body: HTTPBody?, metadata: ServerRequestMetadata, operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, ServerRequestMetadata) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        let authorization = request.headerFields[.authorization]
        if Self.publicOperations.contains(operationID) {
            return try await SandboxSession.$current.withValue(SandboxSession(user: nil, scopes: [])) {
                try await next(request, body, metadata)
            }
        }
        if Self.clientOperations.contains(operationID) {
            guard let authorization, bank.acceptsClient(authorization: authorization) else {
                return try ErrorResponse.make(
                    status: .unauthorized,
                    SandboxError.model(._1004, "Invalid client authorization: HTTP basic with the client credentials"),
                    headerFields: [.wwwAuthenticate: "Basic realm=\"plexus\""])
            }
            return try await SandboxSession.$current.withValue(SandboxSession(user: nil, scopes: [])) {
                try await next(request, body, metadata)
            }
        }
        guard let authorization, let session = bank.session(authorization: authorization) else {
            return try ErrorResponse.make(
                status: .unauthorized, SandboxError.unauthorized,
                headerFields: [.wwwAuthenticate: "Bearer realm=\"plexus\""])
        }
        return try await SandboxSession.$current.withValue(session) { try await next(request, body, metadata) }
    }
}

/// An error answer written outside a handler (by a middleware): the spec's error body as JSON.
enum ErrorResponse {
    /// `status` with `error` as its JSON body and `headerFields` added.
    static func make(status: HTTPResponse.Status, _ error: ErrorModel, headerFields: HTTPFields = [:]) throws
        -> (HTTPResponse, HTTPBody?)
    {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let bytes = try encoder.encode(error)
        var fields = headerFields
        fields[.contentType] = "application/json"
        fields[.contentLength] = String(bytes.count)
        return (HTTPResponse(status: status, headerFields: fields), HTTPBody(bytes))
    }
}
