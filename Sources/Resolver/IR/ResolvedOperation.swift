public import Diagnostics
public import OpenAPIModel

/// One operation with every reference followed and every schema turned into a `TypeRef`.
public struct ResolvedOperation: Sendable, Equatable {
    /// The Swift method name.
    public var name: String
    /// The `operationId` as written, if any.
    public var operationId: String?
    public var method: HTTPMethod
    /// The path template, e.g. `/rest/accounts/{account-id}`.
    public var path: String
    public var summary: String?
    public var description: String?
    public var tags: [String]
    public var deprecated: Bool
    /// Path-level parameters merged with the operation's (the operation's win), in document order.
    public var parameters: [ResolvedParameter]
    public var requestBody: ResolvedRequestBody?
    /// Responses sorted by status: codes, then ranges, then `default`.
    public var responses: [ResolvedResponse]
    /// The alternatives a caller may satisfy (operation level over document level); empty means no security.
    public var security: [ResolvedSecurityRequirement]
    public var servers: [ResolvedServer]
    /// Requests the API may send back, by callback name.
    public var callbacks: [ResolvedCallback]
    public var location: SourceLocation
}

/// A parameter of an operation.
public struct ResolvedParameter: Sendable, Equatable {
    /// The Swift argument name, unique within the operation.
    public var name: String
    /// The name on the wire.
    public var wireName: String
    public var location: Parameter.Location
    public var style: Parameter.Style
    public var explode: Bool
    public var required: Bool
    public var deprecated: Bool
    public var allowReserved: Bool
    public var type: TypeRef
    /// The media type when the parameter is described by `content` instead of a schema.
    public var contentType: String?
    public var description: String?
    public var defaultValue: JSONValue?
    public var sourceLocation: SourceLocation
}

/// A request body, per media type.
public struct ResolvedRequestBody: Sendable, Equatable {
    public var required: Bool
    public var description: String?
    public var contents: [ResolvedContent]
}

/// A body of one media type.
public struct ResolvedContent: Sendable, Equatable {
    /// How a body of this media type is encoded.
    public enum Encoding: String, Sendable, Equatable {
        case json, formURLEncoded, multipart, binary, text, other
    }

    public var mediaType: String
    public var encoding: Encoding
    /// The body's type; `nil` when the media type has no schema.
    public var type: TypeRef?
    /// Encodings of form and multipart properties, by property name.
    public var propertyEncodings: [String: String]

    static func encoding(of mediaType: String) -> Encoding {
        // Nearly every media type is plain lower-case ASCII without parameters: classify that without copying.
        let plain = mediaType.utf8.allSatisfy {
            $0 != UInt8(ascii: ";") && $0 != UInt8(ascii: " ") && !($0 >= 0x41 && $0 <= 0x5A)
        }
        let base =
            plain
            ? mediaType
            : mediaType.split(separator: ";").first.map { $0.trimmingSpaces().lowercased() } ?? ""
        if base == "application/json" || base.hasSuffix("+json") { return .json }
        if base == "application/x-www-form-urlencoded" { return .formURLEncoded }
        if base.hasPrefix("multipart/") { return .multipart }
        if base.hasPrefix("text/") { return .text }
        if base == "application/octet-stream" || base.hasPrefix("image/") || base.hasPrefix("audio/")
            || base.hasPrefix("video/") || base == "application/pdf" || base == "application/zip"
        {
            return .binary
        }
        return .other
    }
}

/// A documented response.
public struct ResolvedResponse: Sendable, Equatable {
    public var status: ResponseStatus
    public var description: String?
    public var headers: [ResolvedHeader]
    public var contents: [ResolvedContent]
}

/// A response header.
public struct ResolvedHeader: Sendable, Equatable {
    /// The Swift property name.
    public var name: String
    public var wireName: String
    public var required: Bool
    public var type: TypeRef
    public var description: String?
}

/// One alternative of a security requirement: every listed scheme must be applied.
public struct ResolvedSecurityRequirement: Sendable, Equatable {
    /// Scheme names (as in `components.securitySchemes`) and the scopes required of each.
    public var schemes: [(name: String, scopes: [String])]

    public static func == (lhs: ResolvedSecurityRequirement, rhs: ResolvedSecurityRequirement) -> Bool {
        lhs.schemes.count == rhs.schemes.count
            && zip(lhs.schemes, rhs.schemes).allSatisfy { $0.name == $1.name && $0.scopes == $1.scopes }
    }
}

/// A server and its variables.
public struct ResolvedServer: Sendable, Equatable {
    public var url: String
    public var description: String?
    /// Variable names, defaults and allowed values, in document order.
    public var variables: [(name: String, defaultValue: String, allowed: [String]?)]

    public static func == (lhs: ResolvedServer, rhs: ResolvedServer) -> Bool {
        lhs.url == rhs.url && lhs.description == rhs.description && lhs.variables.count == rhs.variables.count
            && zip(lhs.variables, rhs.variables).allSatisfy {
                $0.name == $1.name && $0.defaultValue == $1.defaultValue && $0.allowed == $1.allowed
            }
    }
}

/// A callback: the requests the API sends to a URL the caller provided.
public struct ResolvedCallback: Sendable, Equatable {
    public var name: String
    /// The runtime expression giving the URL, e.g. `{$request.body#/callbackUrl}`.
    public var expression: String
    public var operations: [ResolvedOperation]
}

/// A security scheme, resolved.
public struct ResolvedSecurityScheme: Sendable, Equatable {
    /// The name in `components.securitySchemes`.
    public var name: String
    /// The Swift name used for credentials of this scheme.
    public var swiftName: String
    public var kind: SecurityScheme.Kind
    public var description: String?
}

extension StringProtocol {
    func trimmingSpaces() -> String {
        var text = Substring(self)
        while text.first == " " { text.removeFirst() }
        while text.last == " " { text.removeLast() }
        return String(text)
    }
}
