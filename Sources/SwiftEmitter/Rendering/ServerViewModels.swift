internal import Mustache

/// What `Server.mustache` renders: the protocol a server implements and the code that reads each request into the
/// operation's `Input`.
struct ServerViewModel: TemplateContext {
    var access: String
    var protocolName: String
    var operations: [ServerOperationViewModel]
    /// Each path with the methods the document declares for it, for the 405 answers to the others.
    var routes: [ServerRouteViewModel] = []
    /// The API's server stubs, or a webhook or callback receiver.
    var surface: OperationSurface = .api
    /// With no operations there are no routes, and nothing to register them with.
    var hasOperations: Bool { !operations.isEmpty }

    func templateValue(named key: String) -> TemplateValue {
        switch key {
        case "access": .init(access)
        case "protocolName": .init(protocolName)
        case "operations": .init(operations)
        case "routes": .init(routes)
        case "hasOperations": .init(hasOperations)
        default: surface.templateValue(named: key)
        }
    }
}

/// One operation's requirement and route.
struct ServerOperationViewModel: TemplateContext {
    /// The summary and description as doc-comment lines.
    var docLines: [String]
    /// `` `GET /pets/{id}` ``.
    var route: String
    var deprecated: Bool
    var name: String
    var inputType: String
    var outputType: String
    /// The HTTP method's name (`get`).
    var method: String
    /// The path template, a string literal.
    var path: String
    /// A string literal.
    var operationID: String
    /// The `Input`'s arguments, each from `ArgumentValue.mustache` with its read from `ParameterRead.mustache` or
    /// `RequestBodyRead.mustache`.
    var inputArguments: [String]
    /// The request body streams: the stub reads it as it arrives.
    var streamsRequestBody = false
    /// A path segment that cannot be its parameter's type gets 400, not 404: the operation documents 400 and no 404.
    var malformedPathIsBadRequest = false

    func templateValue(named key: String) -> TemplateValue {
        switch key {
        case "streamsRequestBody": .init(streamsRequestBody)
        case "malformedPathIsBadRequest": .init(malformedPathIsBadRequest)
        case "docLines": .init(docLines)
        case "hasDocLines": .init(!docLines.isEmpty)
        case "route": .init(route)
        case "deprecated": .init(deprecated)
        case "name": .init(name)
        case "inputType": .init(inputType)
        case "outputType": .init(outputType)
        case "method": .init(method)
        case "path": .init(path)
        case "operationID": .init(operationID)
        case "inputArguments": .init(inputArguments)
        case "hasInputArguments": .init(!inputArguments.isEmpty)
        default: .missing
        }
    }
}

/// A path of the document and the methods it declares (the others are answered with 405 and `Allow`).
struct ServerRouteViewModel: TemplateContext {
    /// The path template as a Swift string literal.
    var path: String
    /// The declared methods' `HTTPRequest.Method` member names, sorted.
    var methods: [String]

    func templateValue(named key: String) -> TemplateValue {
        switch key {
        case "path": .init(path)
        case "methods": .init(methods)
        default: .missing
        }
    }
}
