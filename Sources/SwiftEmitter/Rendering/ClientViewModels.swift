internal import Mustache

/// What `Client.mustache` renders: the credentials, the security requirements and a method pair per operation.
/// Argument lists and the expressions in the request builders are rendered from their own templates
/// (`Argument.mustache`, `ParameterValue.mustache`, `BodyWrite.mustache`, `ResponseBodyRead.mustache`).
struct ClientViewModel: TemplateContext {
    var access: String
    /// The client's type name.
    var name: String
    var schemes: [ClientSchemeViewModel]
    var requirements: [ClientRequirementViewModel]
    var methods: [ClientMethodViewModel]
    /// The API's client, or a webhook or callback sender (which sends each request to the URL it is given).
    var surface: OperationSurface = .api

    func templateValue(named key: String) -> TemplateValue {
        switch key {
        case "access": .init(access)
        case "name": .init(name)
        case "schemes": .init(schemes)
        case "hasSchemes": .init(!schemes.isEmpty)
        case "requirements": .init(requirements)
        case "methods": .init(methods)
        default: surface.templateValue(named: key)
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

    func value(named key: String) -> TemplateValue {
        switch key {
        case "docLines": .init(docLines)
        case "property": .init(property)
        case "name": .init(name)
        case "keyName": .init(keyName)
        case "keyLocation": .init(keyLocation)
        default: .missing
        }
    }
}

/// An operation's security requirement: any one of the alternatives, each a set of schemes applied together.
struct ClientRequirementViewModel: TemplateContext {
    /// A string literal.
    var operationID: String
    var alternatives: [ClientAlternativeViewModel]

    func templateValue(named key: String) -> TemplateValue {
        switch key {
        case "operationID": .init(operationID)
        case "alternatives": .init(alternatives)
        default: .missing
        }
    }
}

/// The schemes one alternative of a security requirement applies together.
struct ClientAlternativeViewModel: TemplateContext {
    /// String literals.
    var schemeNames: [String]

    func templateValue(named key: String) -> TemplateValue {
        key == "schemeNames" ? .init(schemeNames) : .missing
    }
}

/// One operation's two methods (the success body, the full response) and its request builder.
struct ClientMethodViewModel: TemplateContext {
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

    func templateValue(named key: String) -> TemplateValue {
        switch key {
        case "streaming": .init(streaming)
        case "docLines": .init(docLines)
        case "hasDocLines": .init(!docLines.isEmpty)
        case "deprecated": .init(deprecated)
        case "name": .init(name)
        case "responseName": .init(responseName)
        case "requestBuilderName": .init(requestBuilderName)
        case "outputType": .init(outputType)
        case "route": .init(route)
        case "errorName": .init(errorName)
        case "operationID": .init(operationID)
        case "arguments": .init(arguments)
        case "builderArguments": .init(builderArguments)
        case "forwarded": .init(forwarded)
        case "wrapsArguments": .init(wrapsArguments)
        case "wrapsBuilderArguments": .init(wrapsBuilderArguments)
        case "wrapsForwarded": .init(wrapsForwarded)
        case "returnType": .init(returnType)
        case "method": .init(method)
        case "routePath": .init(routePath)
        case "accept": .init(accept)
        case "hasSteps": .init(!parameters.isEmpty || body != nil)
        case "parameters": .init(parameters)
        case "body": .init(body)
        case "statusCases": .init(statusCases)
        case "errorType": .init(errorType)
        default: .missing
        }
    }
}

/// Which documented responses of an operation stream their body, for `PlexusRuntime.ResponseStreaming`: every
/// documented code and range with whether it streams, and whether `default` does.
struct ResponseStreamingViewModel: TemplateContext {
    struct Entry {
        var status: Int
        var streams: Bool
    }

    var codes: [Entry]
    var ranges: [Entry]
    var otherwise: Bool

    func templateValue(named key: String) -> TemplateValue {
        switch key {
        case "codes": .init(codes)
        case "hasCodes": .init(!codes.isEmpty)
        case "ranges": .init(ranges)
        case "hasRanges": .init(!ranges.isEmpty)
        case "otherwise": .init(otherwise)
        default: .missing
        }
    }
}

extension ResponseStreamingViewModel.Entry: TemplateContext {
    func templateValue(named key: String) -> TemplateValue {
        switch key {
        case "status": .init(status)
        case "streams": .init(streams)
        default: .missing
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

    func value(named key: String) -> TemplateValue {
        switch key {
        case "wireName": .init(wireName)
        case "value": .init(value)
        case "style": .init(style)
        case "explode": .init(explode)
        case "allowReserved": .init(allowReserved)
        default: .missing
        }
    }
}

/// The request body the request builder writes.
struct ClientBodyViewModel: TemplateContext {
    var label: String
    /// Written only when given.
    var optional: Bool
    /// From `BodyWrite.mustache`.
    var write: String

    func templateValue(named key: String) -> TemplateValue {
        switch key {
        case "label": .init(label)
        case "optional": .init(optional)
        case "write": .init(write)
        default: .missing
        }
    }
}

/// A success status and what the method returns for it.
struct ClientStatusCaseViewModel: TemplateContext {
    var status: StatusViewModel
    /// The body read (`ResponseBodyRead.mustache`), when this status has the returned body.
    var read: String?
    /// `nil` is returned: other success statuses have a body, this one has none.
    var returnsNil: Bool

    func templateValue(named key: String) -> TemplateValue {
        switch key {
        case "read": .init(read)
        case "returnsNil": .init(returnsNil)
        default: status.templateValue(named: key)
        }
    }
}
