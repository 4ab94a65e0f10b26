public import Foundation
public import HTTPTypes
public import OpenAPIRuntime

/// How a security scheme of the document puts credentials on a request.
public enum SecuritySchemeKind: Sendable, Hashable {
    /// `type: http, scheme: basic`.
    case basic
    /// `type: http, scheme: bearer`, `oauth2` and `openIdConnect`: an `Authorization: Bearer` token.
    case bearer
    /// `type: apiKey`: a named header, query item or cookie.
    case apiKey(name: String, location: APIKeyLocation)

    /// Where an API key goes.
    public enum APIKeyLocation: String, Sendable, Hashable {
        case header, query, cookie
    }
}

/// A credential the caller configures for one security scheme.
public enum Credential: Sendable {
    case basic(username: String, password: String)
    /// Asked for a token before every request, so it can refresh an expiring one.
    case bearer(token: @Sendable () async throws -> String)
    case apiKey(String)
}

/// Puts the credentials each operation's security requirement names on its requests.
///
/// A generated client passes the document's schemes and, per operation ID, the alternatives of its `security`
/// (each alternative a set of scheme names, all of which apply together). The first alternative the configured
/// credentials fully cover is used; an empty alternative means the operation may be called anonymously.
public struct AuthenticationMiddleware: ClientMiddleware {
    /// No configured credential satisfies any alternative, or a credential does not fit its scheme.
    public struct MissingCredentials: Error, CustomStringConvertible, Sendable, Hashable {
        /// The operation that could not be authenticated.
        public var operationID: String
        /// Which schemes it needs and what is missing.
        public var description: String
    }

    private let schemes: [String: SecuritySchemeKind]
    private let requirements: [String: [[String]]]
    private let defaultRequirement: [[String]]
    private let credentials: [String: Credential]

    /// - Parameters:
    ///   - schemes: the document's security schemes by name.
    ///   - requirements: each operation's alternatives; operations not listed use `defaultRequirement`.
    ///   - defaultRequirement: the document's top-level `security`.
    ///   - credentials: what the caller configured, by scheme name.
    public init(
        schemes: [String: SecuritySchemeKind], requirements: [String: [[String]]], defaultRequirement: [[String]] = [],
        credentials: [String: Credential]
    ) {
        self.schemes = schemes
        self.requirements = requirements
        self.defaultRequirement = defaultRequirement
        self.credentials = credentials
    }

    /// Applies the credentials of the first alternative the configured ones cover, or throws `MissingCredentials`.
    public func intercept(
        _ request: HTTPRequest,
        body: HTTPBody?,
        baseURL: URL,
        operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        let alternatives = requirements[operationID] ?? defaultRequirement
        guard !alternatives.isEmpty else { return try await next(request, body, baseURL) }
        guard let chosen = alternatives.first(where: { $0.allSatisfy { credentials[$0] != nil } }) else {
            let wanted = alternatives.map { $0.joined(separator: " + ") }.joined(separator: " or ")
            throw MissingCredentials(
                operationID: operationID, description: "operation '\(operationID)' needs credentials for \(wanted)")
        }
        var request = request
        for name in chosen {
            guard let scheme = schemes[name], let credential = credentials[name] else { continue }
            try await apply(credential, for: scheme, named: name, to: &request, operationID: operationID)
        }
        return try await next(request, body, baseURL)
    }

    private func apply(
        _ credential: Credential, for scheme: SecuritySchemeKind, named name: String, to request: inout HTTPRequest,
        operationID: String
    ) async throws {
        switch (scheme, credential) {
        case (.basic, .basic(let username, let password)):
            let token = Data("\(username):\(password)".utf8).base64EncodedString()
            request.headerFields[.authorization] = "Basic \(token)"
        case (.bearer, .bearer(let token)):
            request.headerFields[.authorization] = "Bearer \(try await token())"
        case (.apiKey(let keyName, .header), .apiKey(let value)):
            guard let field = HTTPField.Name(keyName) else {
                throw MissingCredentials(
                    operationID: operationID, description: "'\(keyName)' of scheme '\(name)' is not a valid header name"
                )
            }
            request.headerFields[field] = value
        case (.apiKey(let keyName, .query), .apiKey(let value)):
            let item =
                ParameterEncoding.queryComponent(keyName, allowReserved: false) + "="
                + ParameterEncoding.queryComponent(value, allowReserved: false)
            let path = request.path ?? "/"
            request.path = path + (path.contains("?") ? "&" : "?") + item
        case (.apiKey(let keyName, .cookie), .apiKey(let value)):
            let cookie = ParameterEncoding.cookie(name: keyName, value: .primitive(value))
            if let existing = request.headerFields[.cookie] {
                request.headerFields[.cookie] = existing + "; " + cookie
            } else {
                request.headerFields[.cookie] = cookie
            }
        default:
            throw MissingCredentials(
                operationID: operationID, description: "the credential configured for '\(name)' does not fit its scheme"
            )
        }
    }
}
