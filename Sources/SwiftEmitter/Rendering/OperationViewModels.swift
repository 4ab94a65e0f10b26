internal import Mustache

/// What `Operations.mustache` renders: per operation, an `Input` with every parameter and the body, and an
/// `Output` with a case per documented response that reads itself from a client response and writes itself as a
/// server response.
struct OperationTypesViewModel: MustacheParent {
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

    func child(named key: String) -> Any? {
        switch key {
        case "access": access
        case "namespace": namespace
        case "input": input
        case "forServer": forServer
        case "forClient": forClient
        case "output": output
        case "operations": operations
        default: surface.child(named: key)
        }
    }
}

/// One operation's `Input` and `Output`.
struct OperationTypeViewModel: MustacheParent {
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

    func child(named key: String) -> Any? {
        switch key {
        case "docLines": docLines
        case "hasDocLines": !docLines.isEmpty
        case "route": route
        case "typeName": typeName
        case "operationID": operationID
        case "properties": properties
        case "hasProperties": !properties.isEmpty
        case "initArguments": initArguments
        case "wrapsInitArguments": wrapsInitArguments
        case "cases": cases
        case "hasDefault": hasDefault
        default: nil
        }
    }
}

/// A parameter or the body as a property of `Input`.
struct InputPropertyViewModel: MustacheParent {
    var docLines: [String]
    /// The property's name, escaped.
    var label: String
    /// The name after `self.`, not escaped.
    var rawName: String
    /// The type, spelled with `?` when optional.
    var type: String

    func child(named key: String) -> Any? {
        switch key {
        case "docLines": docLines
        case "label": label
        case "rawName": rawName
        case "type": type
        default: nil
        }
    }
}

/// A documented response as a case of `Output`: its associated values, how a client reads it and how a server
/// writes it.
struct OutputCaseViewModel: MustacheParent {
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

    func child(named key: String) -> Any? {
        switch key {
        case "docLines": docLines
        case "name": name
        case "caseName": caseName
        case "values": values
        case "hasValues": !values.isEmpty
        case "bodyWrite": bodyWrite
        case "headerWrites": headerWrites
        case "hasWrites": bodyWrite != nil || !headerWrites.isEmpty
        default: status.child(named: key)
        }
    }
}

/// An associated value of an `Output` case: the body, the status code of a range or `default`, or a header.
struct OutputValueViewModel: MustacheParent {
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

    func child(named key: String) -> Any? {
        switch key {
        case "valueLabel": valueLabel
        case "valueType": valueType
        case "binding": binding
        case "isStatusCode": isStatusCode
        case "read": read
        default: nil
        }
    }
}

/// A header a server writes into its response.
struct HeaderWriteViewModel: MustacheParent {
    /// A string literal.
    var headerWireName: String
    /// From `ParameterValue.mustache`; `nil` (the literal) for a type no header can carry.
    var headerValue: String

    func child(named key: String) -> Any? {
        switch key {
        case "headerWireName": headerWireName
        case "headerValue": headerValue
        default: nil
        }
    }
}
