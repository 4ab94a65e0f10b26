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

    /// What kind of scheme it is, with its settings.
    public var kind: Kind
    /// The `description` (CommonMark).
    public var description: String?
    /// The `x-` extension fields, in document order.
    public var extensions: OrderedMap<JSONValue>
    /// Where the object starts in its file.
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
    /// The implicit flow, when offered.
    public var implicit: OAuthFlow?
    /// The resource owner password flow, when offered.
    public var password: OAuthFlow?
    /// The client credentials flow, when offered.
    public var clientCredentials: OAuthFlow?
    /// The authorization code flow, when offered.
    public var authorizationCode: OAuthFlow?
    /// The `x-` extension fields, in document order.
    public var extensions: OrderedMap<JSONValue>
}

/// One OAuth 2 flow.
public struct OAuthFlow: Sendable, Equatable {
    /// Where the user authorizes (implicit and authorization code flows).
    public var authorizationUrl: String?
    /// Where tokens are obtained (password, client credentials and authorization code flows).
    public var tokenUrl: String?
    /// Where tokens are refreshed.
    public var refreshUrl: String?
    /// Scope names and their descriptions.
    public var scopes: OrderedMap<String>
    /// The `x-` extension fields, in document order.
    public var extensions: OrderedMap<JSONValue>
    /// Where the object starts in its file.
    public var location: SourceLocation
}

/// One alternative of a `security` list: every named scheme must be satisfied, with the listed scopes.
public struct SecurityRequirement: Sendable, Equatable {
    /// Scheme names and the scopes required of each.
    public var schemes: OrderedMap<[String]>
    /// Where the requirement is written.
    public var location: SourceLocation
    /// Where each scope of each scheme is written, in the order of `schemes`.
    public var scopeLocations: [String: [SourceLocation]] = [:]
}
