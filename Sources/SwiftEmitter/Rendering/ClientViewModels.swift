internal import Mustache

/// What `Client.mustache` renders: the credentials, the security requirements and a method pair per operation.
/// Argument lists and the expressions in the request builders are rendered from their own templates
/// (`Argument.mustache`, `ParameterValue.mustache`, `BodyWrite.mustache`, `ResponseBodyRead.mustache`).
struct ClientViewModel: MustacheParent {
    var access: String
    /// The client's type name.
    var name: String
    var schemes: [ClientSchemeViewModel]
    var requirements: [ClientRequirementViewModel]
    var methods: [ClientMethodViewModel]
    /// The API's client, or a webhook or callback sender (which sends each request to the URL it is given).
    var surface: OperationSurface = .api

    func child(named key: String) -> Any? {
        switch key {
        case "access": access
        case "name": name
        case "schemes": schemes
        case "hasSchemes": !schemes.isEmpty
        case "requirements": requirements
        case "methods": methods
        default: surface.child(named: key)
        }
    }
}

/// A security scheme the client can apply, by kind.
struct ClientSchemeViewModel: ShapedViewModel {
    enum Shape: String, CaseIterable {
        case basic
        case bearer
        case apiKey
    }

    var docLines: [String]
    /// The `Credentials` property.
    var property: String
    /// The scheme's name, a string literal.
    var name: String
    var shape: Shape
    /// An API key's parameter name, a string literal.
    var keyName = ""
    /// Where an API key goes: `header`, `query` or `cookie`.
    var keyLocation = ""

    func value(named key: String) -> Any? {
        switch key {
        case "docLines": docLines
        case "property": property
        case "name": name
        case "keyName": keyName
        case "keyLocation": keyLocation
        default: nil
        }
    }
}

/// An operation's security requirement: any one of the alternatives, each a set of schemes applied together.
struct ClientRequirementViewModel: MustacheParent {
    /// A string literal.
    var operationID: String
    var alternatives: [ClientAlternativeViewModel]

    func child(named key: String) -> Any? {
        switch key {
        case "operationID": operationID
        case "alternatives": alternatives
        default: nil
        }
    }
}

/// The schemes one alternative of a security requirement applies together.
struct ClientAlternativeViewModel: MustacheParent {
    /// String literals.
    var schemeNames: [String]

    func child(named key: String) -> Any? { key == "schemeNames" ? schemeNames : nil }
}

/// One operation's two methods (the success body, the full response) and its request builder.
struct ClientMethodViewModel: MustacheParent {
    var docLines: [String]
    var deprecated: Bool
    var name: String
    var responseName: String
    var requestBuilderName: String
    var outputType: String
    /// `` `GET /pets/{id}` ``, for the doc comments.
    var route: String
    /// The error type the method throws, spelled (`ResponseError<Problem>`).
    var errorName: String
    /// A string literal.
    var operationID: String
    /// The method's parameters, each from `Argument.mustache`.
    var arguments: [String]
    /// The request builder's parameters (no defaults).
    var builderArguments: [String]
    /// The arguments the methods pass to the request builder, each from `ArgumentValue.mustache`.
    var forwarded: [String]
    /// Each list is one per line when it does not fit on the declaration's line.
    var wrapsArguments: Bool
    var wrapsBuilderArguments: Bool
    var wrapsForwarded: Bool
    /// What the method returns, spelled; nil when it returns nothing.
    var returnType: String?
    /// The HTTP method's name (`get`).
    var method: String
    /// The path template, a string literal.
    var routePath: String
    /// The `Accept` header, a string literal, when it is not JSON alone.
    var accept: String?
    var parameters: [ClientParameterViewModel]
    var body: ClientBodyViewModel?
    var statusCases: [ClientStatusCaseViewModel]
    /// The error body's type, spelled, when the error responses share one.
    var errorType: String?
    /// Which responses stream, when any does.
    var streaming: ResponseStreamingViewModel?

    func child(named key: String) -> Any? {
        switch key {
        case "streaming": streaming
        case "docLines": docLines
        case "hasDocLines": !docLines.isEmpty
        case "deprecated": deprecated
        case "name": name
        case "responseName": responseName
        case "requestBuilderName": requestBuilderName
        case "outputType": outputType
        case "route": route
        case "errorName": errorName
        case "operationID": operationID
        case "arguments": arguments
        case "builderArguments": builderArguments
        case "forwarded": forwarded
        case "wrapsArguments": wrapsArguments
        case "wrapsBuilderArguments": wrapsBuilderArguments
        case "wrapsForwarded": wrapsForwarded
        case "returnType": returnType
        case "method": method
        case "routePath": routePath
        case "accept": accept
        case "hasSteps": !parameters.isEmpty || body != nil
        case "parameters": parameters
        case "body": body
        case "statusCases": statusCases
        case "errorType": errorType
        default: nil
        }
    }
}

/// Which documented responses of an operation stream their body, for `PlexusRuntime.ResponseStreaming`: every
/// documented code and range with whether it streams, and whether `default` does.
struct ResponseStreamingViewModel: MustacheParent {
    struct Entry {
        var status: Int
        var streams: Bool
    }

    var codes: [Entry]
    var ranges: [Entry]
    var otherwise: Bool

    func child(named key: String) -> Any? {
        switch key {
        case "codes": codes
        case "hasCodes": !codes.isEmpty
        case "ranges": ranges
        case "hasRanges": !ranges.isEmpty
        case "otherwise": otherwise
        default: nil
        }
    }
}

extension ResponseStreamingViewModel.Entry: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "status": status
        case "streams": streams
        default: nil
        }
    }
}

/// A parameter the request builder writes into the request, by location.
struct ClientParameterViewModel: ShapedViewModel {
    enum Shape: String, CaseIterable {
        case path
        case query
        case header
        case cookie
    }

    var shape: Shape
    /// A string literal.
    var wireName: String
    /// From `ParameterValue.mustache`.
    var value: String
    /// The style's name (`form`, `simple`, ...).
    var style: String
    var explode: Bool
    var allowReserved: Bool

    func value(named key: String) -> Any? {
        switch key {
        case "wireName": wireName
        case "value": value
        case "style": style
        case "explode": explode
        case "allowReserved": allowReserved
        default: nil
        }
    }
}

/// The request body the request builder writes.
struct ClientBodyViewModel: MustacheParent {
    var label: String
    /// Written only when given.
    var optional: Bool
    /// From `BodyWrite.mustache`.
    var write: String

    func child(named key: String) -> Any? {
        switch key {
        case "label": label
        case "optional": optional
        case "write": write
        default: nil
        }
    }
}

/// A success status and what the method returns for it.
struct ClientStatusCaseViewModel: MustacheParent {
    var status: StatusViewModel
    /// The body read (`ResponseBodyRead.mustache`), when this status has the returned body.
    var read: String?
    /// `nil` is returned: other success statuses have a body, this one has none.
    var returnsNil: Bool

    func child(named key: String) -> Any? {
        switch key {
        case "read": read
        case "returnsNil": returnsNil
        default: status.child(named: key)
        }
    }
}
