public import Diagnostics

/// How clients authenticate.
public struct SecurityScheme: Sendable, Equatable {
    /// The mechanism and its settings.
    public enum Kind: Sendable, Equatable {
        /// An API key sent in a header, query parameter or cookie.
        case apiKey(name: String, location: Parameter.Location)
        /// An HTTP `Authorization` scheme such as `basic` or `bearer`.
        case http(scheme: String, bearerFormat: String?)
        case oauth2(OAuthFlows)
        case openIdConnect(url: String)
        case mutualTLS
    }

    public var kind: Kind
    public var description: String?
    public var extensions: OrderedMap<JSONValue>
    public var location: SourceLocation

    /// The `type` value as written in the document.
    public var typeName: String {
        switch kind {
        case .apiKey: "apiKey"
        case .http: "http"
        case .oauth2: "oauth2"
        case .openIdConnect: "openIdConnect"
        case .mutualTLS: "mutualTLS"
        }
    }
}

/// The OAuth 2 flows a scheme supports.
public struct OAuthFlows: Sendable, Equatable {
    public var implicit: OAuthFlow?
    public var password: OAuthFlow?
    public var clientCredentials: OAuthFlow?
    public var authorizationCode: OAuthFlow?
    public var extensions: OrderedMap<JSONValue>
}

/// One OAuth 2 flow.
public struct OAuthFlow: Sendable, Equatable {
    public var authorizationUrl: String?
    public var tokenUrl: String?
    public var refreshUrl: String?
    /// Scope names and their descriptions.
    public var scopes: OrderedMap<String>
    public var extensions: OrderedMap<JSONValue>
    public var location: SourceLocation
}

/// One alternative of a `security` list: every named scheme must be satisfied, with the listed scopes.
public struct SecurityRequirement: Sendable, Equatable {
    /// Scheme names and the scopes required of each.
    public var schemes: OrderedMap<[String]>
    public var location: SourceLocation
}
