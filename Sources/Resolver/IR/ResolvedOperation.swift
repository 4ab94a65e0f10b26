public import Diagnostics
public import OpenAPIModel

/// One operation with every reference followed and every schema turned into a `TypeRef`.
public struct ResolvedOperation: Sendable, Equatable {
    /// The Swift method name.
    public var name: String
    /// The `operationId` as written, if any.
    public var operationId: String?
    /// Where the `operationId` key is written, if it is.
    public var operationIdLocation: SourceLocation?
    /// The operation's id in generated code and at run time (middlewares see it): its `operationId`, unless an
    /// operation resolved earlier already has that id (an invalid document), then a name no other operation has.
    public var identifier: String = ""
    /// The HTTP method.
    public var method: HTTPMethod
    /// The path template, e.g. `/rest/accounts/{account-id}`.
    public var path: String
    /// The operation's `summary`.
    public var summary: String?
    /// The operation's `description`.
    public var description: String?
    /// The operation's tags, in document order.
    public var tags: [String]
    /// Where each of `tags` is written.
    public var tagLocations: [SourceLocation]
    /// True when the operation is deprecated.
    public var deprecated: Bool
    /// Path-level parameters merged with the operation's (the operation's win), in document order.
    public var parameters: [ResolvedParameter]
    /// The request body, references followed; `nil` when there is none.
    public var requestBody: ResolvedRequestBody?
    /// Where the `requestBody` key is written, even when its reference could not be followed.
    public var requestBodyLocation: SourceLocation?
    /// Responses sorted by status: codes, then ranges, then `default`.
    public var responses: [ResolvedResponse]
    /// The alternatives a caller may satisfy (operation level over document level); empty means no security.
    public var security: [ResolvedSecurityRequirement]
    /// The operation states its own `security` (rather than inheriting the document's).
    public var declaresSecurity: Bool
    /// The servers of the operation (its own, else its path item's, else the document's).
    public var servers: [ResolvedServer]
    /// Requests the API may send back, by callback name.
    public var callbacks: [ResolvedCallback]
    /// Where the operation is written.
    public var location: SourceLocation
}

/// A parameter of an operation.
public struct ResolvedParameter: Sendable, Equatable {
    /// The Swift argument name, unique within the operation.
    public var name: String
    /// The name on the wire.
    public var wireName: String
    /// Where the parameter goes: path, query, header or cookie.
    public var location: Parameter.Location
    /// How the value is serialized (the `style`, or its default for the location).
    public var style: Parameter.Style
    /// Whether arrays and objects are exploded (the `explode`, or its default for the style).
    public var explode: Bool
    /// True when the parameter must be sent.
    public var required: Bool
    /// True when the parameter is deprecated.
    public var deprecated: Bool
    /// True when reserved characters are sent unencoded (query parameters).
    public var allowReserved: Bool
    /// The value's type.
    public var type: TypeRef
    /// The media type when the parameter is described by `content` instead of a schema.
    public var contentType: String?
    /// The parameter's `description`.
    public var description: String?
    /// The schema's `default`, when it has one.
    public var defaultValue: JSONValue?
    /// Where the parameter is written.
    public var sourceLocation: SourceLocation
    /// What the parameter's schema requires of its value beyond its type, with the constraints of an alias it
    /// refers to merged in; `nil` when nothing is required.
    public var constraints: ValueConstraints? = nil
}

/// A request body, per media type.
public struct ResolvedRequestBody: Sendable, Equatable {
    /// True when a body must be sent.
    public var required: Bool
    /// The body's `description`.
    public var description: String?
    /// One entry per media type, in document order.
    public var contents: [ResolvedContent]
}

/// A body of one media type.
public struct ResolvedContent: Sendable, Equatable {
    /// How a body of this media type is encoded.
    public enum Encoding: String, Sendable, Equatable {
        case json, formURLEncoded, multipart, binary, text, other
        /// `text/event-stream`: server-sent events.
        case eventStream
        /// `application/jsonl`, `application/x-ndjson` and their aliases: one JSON value per line.
        case jsonLines
        /// `application/json-seq` (RFC 7464): JSON values each after a record separator.
        case jsonSequence

        /// Bodies of this encoding are read and written item by item as they arrive, never collected.
        public var streams: Bool {
            switch self {
            case .eventStream, .jsonLines, .jsonSequence, .binary, .other: true
            case .json, .formURLEncoded, .multipart, .text: false
            }
        }
    }

    /// The media type as written (`application/json`).
    public var mediaType: String
    /// How bodies of this media type are written and read.
    public var encoding: Encoding
    /// The body's type; `nil` when the media type has no schema.
    public var type: TypeRef?
    /// Encodings of form and multipart properties, by property name.
    public var propertyEncodings: [String: String]
    /// For event streams, JSON Lines and JSON Sequences, the type of one item: the media type's `itemSchema`
    /// (OpenAPI 3.2), else the items of an array `schema`, else the `schema`; `nil` for other encodings.
    public var itemType: TypeRef? = nil
    /// `itemType` is a `text/event-stream` `itemSchema`, which describes the whole event (`data`, `event`, `id`,
    /// `retry`) rather than its data.
    public var itemDescribesEvent = false

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
        if base == "text/event-stream" { return .eventStream }
        if base == "application/jsonl" || base == "application/x-ndjson" || base == "application/x-jsonlines"
            || base == "application/jsonlines" || base == "application/ndjson"
        {
            return .jsonLines
        }
        if base == "application/json-seq" { return .jsonSequence }
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
    /// The status code, range or `default`.
    public var status: ResponseStatus
    /// The response's `description`.
    public var description: String?
    /// The response headers, in document order.
    public var headers: [ResolvedHeader]
    /// One entry per media type, in document order.
    public var contents: [ResolvedContent]
    /// Where the response is written (a shared response: where its component is), when known.
    public var location: SourceLocation? = nil
}

/// A response header.
public struct ResolvedHeader: Sendable, Equatable {
    /// The Swift property name.
    public var name: String
    /// The header's name as sent (`X-Rate-Limit`).
    public var wireName: String
    /// True when the header is always present.
    public var required: Bool
    /// The header value's type.
    public var type: TypeRef
    /// The header's `description`.
    public var description: String?
}

/// One alternative of a security requirement: every listed scheme must be applied.
public struct ResolvedSecurityRequirement: Sendable, Equatable {
    /// Scheme names (as in `components.securitySchemes`) and the scopes required of each.
    public var schemes: [(name: String, scopes: [String])]
    /// Where each scope of each scheme is written, by scheme name.
    public var scopeLocations: [String: [SourceLocation]] = [:]

    /// Equal when the same schemes with the same scopes are listed in the same order.
    public static func == (lhs: ResolvedSecurityRequirement, rhs: ResolvedSecurityRequirement) -> Bool {
        lhs.schemes.count == rhs.schemes.count
            && zip(lhs.schemes, rhs.schemes).allSatisfy { $0.name == $1.name && $0.scopes == $1.scopes }
    }
}

/// A server and its variables.
public struct ResolvedServer: Sendable, Equatable {
    /// The URL template as written, with `{variables}`.
    public var url: String
    /// The server's `description`.
    public var description: String?
    /// Variable names, defaults and allowed values, in document order.
    public var variables: [(name: String, defaultValue: String, allowed: [String]?)]

    /// Equal when URL, description and variables are.
    public static func == (lhs: ResolvedServer, rhs: ResolvedServer) -> Bool {
        lhs.url == rhs.url && lhs.description == rhs.description && lhs.variables.count == rhs.variables.count
            && zip(lhs.variables, rhs.variables).allSatisfy {
                $0.name == $1.name && $0.defaultValue == $1.defaultValue && $0.allowed == $1.allowed
            }
    }
}

/// A callback: the requests the API sends to a URL the caller provided.
public struct ResolvedCallback: Sendable, Equatable {
    /// The callback's name in the operation's `callbacks`.
    public var name: String
    /// The runtime expression giving the URL, e.g. `{$request.body#/callbackUrl}`.
    public var expression: String
    /// The requests the API sends to that URL.
    public var operations: [ResolvedOperation]
}

/// A security scheme, resolved.
public struct ResolvedSecurityScheme: Sendable, Equatable {
    /// The name in `components.securitySchemes`.
    public var name: String
    /// The Swift name used for credentials of this scheme.
    public var swiftName: String
    /// What kind of scheme it is (API key, HTTP, OAuth 2, OpenID Connect, mutual TLS).
    public var kind: SecurityScheme.Kind
    /// The scheme's `description`.
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
