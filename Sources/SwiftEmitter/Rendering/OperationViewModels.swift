internal import Mustache

/// What `Operations.mustache` renders: per operation, an `Input` with every parameter and the body, and an
/// `Output` with a case per documented response that reads itself from a client response and writes itself as a
/// server response.
struct OperationTypesViewModel: TemplateContext {
    var access: String
    var namespace: String
    var input: String
    var output: String
    /// Server stubs use the types: each operation's `Input`, and `Output.response()`.
    var forServer: Bool
    /// The client uses the types: `Output.init(_:)` reads a response.
    var forClient: Bool
    var operations: [OperationTypeViewModel]
    /// The API's operations, its webhooks or its callbacks.
    var surface: OperationSurface = .api

    func templateValue(named key: String) -> TemplateValue {
        switch key {
        case "access": .init(access)
        case "namespace": .init(namespace)
        case "input": .init(input)
        case "forServer": .init(forServer)
        case "forClient": .init(forClient)
        case "output": .init(output)
        case "operations": .init(operations)
        default: surface.templateValue(named: key)
        }
    }
}

/// One operation's `Input` and `Output`.
struct OperationTypeViewModel: TemplateContext {
    /// The operation's summary as doc-comment lines.
    var docLines: [String]
    /// `` `GET /pets/{id}` ``.
    var route: String
    var typeName: String
    /// A string literal.
    var operationID: String
    var properties: [InputPropertyViewModel]
    /// The initializer's parameters, each from `Argument.mustache`.
    var initArguments: [String]
    /// One per line when they do not fit on the declaration's line.
    var wrapsInitArguments: Bool
    var cases: [OutputCaseViewModel]
    /// A `default` response is documented, so no status is undocumented.
    var hasDefault: Bool

    func templateValue(named key: String) -> TemplateValue {
        switch key {
        case "docLines": .init(docLines)
        case "hasDocLines": .init(!docLines.isEmpty)
        case "route": .init(route)
        case "typeName": .init(typeName)
        case "operationID": .init(operationID)
        case "properties": .init(properties)
        case "hasProperties": .init(!properties.isEmpty)
        case "initArguments": .init(initArguments)
        case "wrapsInitArguments": .init(wrapsInitArguments)
        case "cases": .init(cases)
        case "hasDefault": .init(hasDefault)
        default: .missing
        }
    }
}

/// A parameter or the body as a property of `Input`.
struct InputPropertyViewModel: TemplateContext {
    var docLines: [String]
    /// The property's name, escaped.
    var label: String
    /// The name after `self.`, not escaped.
    var rawName: String
    /// The type, spelled with `?` when optional.
    var type: String

    func templateValue(named key: String) -> TemplateValue {
        switch key {
        case "docLines": .init(docLines)
        case "label": .init(label)
        case "rawName": .init(rawName)
        case "type": .init(type)
        default: .missing
        }
    }
}

/// A documented response as a case of `Output`: its associated values, how a client reads it and how a server
/// writes it.
struct OutputCaseViewModel: TemplateContext {
    var docLines: [String]
    /// The case's name as declared (escaped).
    var name: String
    /// The case's name in patterns (`.default`).
    var caseName: String
    var status: StatusViewModel
    var values: [OutputValueViewModel]
    /// The body written, from `BodyWrite.mustache`.
    var bodyWrite: String?
    var headerWrites: [HeaderWriteViewModel]

    func templateValue(named key: String) -> TemplateValue {
        switch key {
        case "docLines": .init(docLines)
        case "name": .init(name)
        case "caseName": .init(caseName)
        case "values": .init(values)
        case "hasValues": .init(!values.isEmpty)
        case "bodyWrite": .init(bodyWrite)
        case "headerWrites": .init(headerWrites)
        case "hasWrites": .init(bodyWrite != nil || !headerWrites.isEmpty)
        default: status.templateValue(named: key)
        }
    }
}

/// An associated value of an `Output` case: the body, the status code of a range or `default`, or a header.
struct OutputValueViewModel: TemplateContext {
    /// The label; nil for the body.
    var valueLabel: String?
    /// The type, spelled.
    var valueType: String
    /// The name it is bound to when the case is written.
    var binding: String
    /// The status code the response came with.
    var isStatusCode: Bool
    /// How a client reads it (`ResponseBodyRead.mustache`, `ParameterRead.mustache`); nil for the status code.
    var read: String?

    func templateValue(named key: String) -> TemplateValue {
        switch key {
        case "valueLabel": .init(valueLabel)
        case "valueType": .init(valueType)
        case "binding": .init(binding)
        case "isStatusCode": .init(isStatusCode)
        case "read": .init(read)
        default: .missing
        }
    }
}

/// A header a server writes into its response.
struct HeaderWriteViewModel: TemplateContext {
    /// A string literal.
    var headerWireName: String
    /// From `ParameterValue.mustache`; `nil` (the literal) for a type no header can carry.
    var headerValue: String

    func templateValue(named key: String) -> TemplateValue {
        switch key {
        case "headerWireName": .init(headerWireName)
        case "headerValue": .init(headerValue)
        default: .missing
        }
    }
}
