internal import Mustache

/// What the templates render. Here every field is final text that the templates only place; the struct view models
/// (`StructViewModels.swift`) carry decisions instead, and their templates the code.

struct FileViewModel {
    var source: String
    var imports: [String]
    var declarations: [String]
}

struct CodingKeyViewModel {
    var name: String
    var rawValue: String
}

struct EnumCaseViewModel {
    var name: String
    var literal: String
}

struct EnumViewModel {
    var docLines: [String]
    var attributes: [String]
    var access: String
    var name: String
    var rawType: String
    var cases: [EnumCaseViewModel]
    var unknownCase: String
    var allCasesList: String
}

/// One case of a union (`Union.mustache`): names, literals and how its value is coded.
struct UnionCaseViewModel {
    var docLines: [String]
    var name: String
    /// The Swift type of the case's value.
    var type: String
    /// The discriminator values that select the case, as string literals.
    var labels: [String]
    /// The value is a `date-time` string, coded through `DateTimeCoding`.
    var isDateTime: Bool
}

/// A `oneOf`/`anyOf` as an enum (`Union.mustache`): decoded by its discriminator, or by trying the cases in order.
struct UnionViewModel {
    var docLines: [String]
    var attributes: [String]
    var access: String
    var isIndirect: Bool
    var name: String
    var cases: [UnionCaseViewModel]
    /// Every case has discriminator values: the discriminator picks the case.
    var isDiscriminated: Bool
    /// The discriminator's property name as a string literal, and as the contents of one (for messages).
    var propertyLiteral: String
    var propertyText: String
    /// The discriminator values, listed for the error message (string literal contents).
    var expectedText: String
}

struct AliasViewModel {
    var docLines: [String]
    var attributes: [String]
    var access: String
    var name: String
    var type: String
}

// Lookups by name for the renderer: much faster than the `Mirror` reflection mustache falls back to.

extension FileViewModel: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "source": source
        case "imports": imports
        case "declarations": declarations
        default: nil
        }
    }
}

extension CodingKeyViewModel: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "name": name
        case "rawValue": rawValue
        default: nil
        }
    }
}

extension EnumCaseViewModel: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "name": name
        case "literal": literal
        default: nil
        }
    }
}

extension EnumViewModel: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "docLines": docLines
        case "attributes": attributes
        case "access": access
        case "name": name
        case "rawType": rawType
        case "cases": cases
        case "unknownCase": unknownCase
        case "allCasesList": allCasesList
        default: nil
        }
    }
}

extension UnionCaseViewModel: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "docLines": docLines
        case "name": name
        case "type": type
        case "labels": labels
        case "isDateTime": isDateTime
        default: nil
        }
    }
}

extension UnionViewModel: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "docLines": docLines
        case "attributes": attributes
        case "access": access
        case "isIndirect": isIndirect
        case "name": name
        case "cases": cases
        case "isDiscriminated": isDiscriminated
        case "propertyLiteral": propertyLiteral
        case "propertyText": propertyText
        case "expectedText": expectedText
        default: nil
        }
    }
}

extension AliasViewModel: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "docLines": docLines
        case "attributes": attributes
        case "access": access
        case "name": name
        case "type": type
        default: nil
        }
    }
}

struct ClientSchemeViewModel {
    var docLines: [String]
    var property: String
    var name: String
    var kind: String
}

struct ClientMethodViewModel {
    var docLines: [String]
    var attributes: [String]
    var name: String
    var responseName: String
    var requestBuilderName: String
    var outputType: String
    var route: String
    var operationID: String
    var arguments: String
    var builderArguments: String
    var forwardedArguments: String
    var returnClause: String
    var lines: [String]
    var statusCases: [String]
}

struct ClientViewModel {
    var access: String
    var schemes: [ClientSchemeViewModel]
    var hasSchemes: Bool { !schemes.isEmpty }
    var requirements: [String]
    var methods: [ClientMethodViewModel]
}

extension ClientSchemeViewModel: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "docLines": docLines
        case "property": property
        case "name": name
        case "kind": kind
        default: nil
        }
    }
}

extension ClientMethodViewModel: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "docLines": docLines
        case "attributes": attributes
        case "name": name
        case "responseName": responseName
        case "requestBuilderName": requestBuilderName
        case "outputType": outputType
        case "route": route
        case "operationID": operationID
        case "arguments": arguments
        case "builderArguments": builderArguments
        case "forwardedArguments": forwardedArguments
        case "returnClause": returnClause
        case "lines": lines
        case "statusCases": statusCases
        default: nil
        }
    }
}

extension ClientViewModel: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "access": access
        case "schemes": schemes
        case "hasSchemes": hasSchemes
        case "requirements": requirements
        case "methods": methods
        default: nil
        }
    }
}

/// A declaration with its doc comment: an `Input` property or an `Output` case.
struct DeclarationViewModel {
    var docLines: [String]
    var declaration: String
}

extension DeclarationViewModel: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "docLines": docLines
        case "declaration": declaration
        default: nil
        }
    }
}

struct OperationTypeViewModel {
    /// A blank line separates it from the one before.
    var notFirst = true
    var docLines: [String]
    var typeName: String
    var operationID: String
    var properties: [DeclarationViewModel]
    var hasProperties: Bool { !properties.isEmpty }
    var initArguments: String
    var assignments: [String]
    var cases: [DeclarationViewModel]
    var decodeCases: [String]
    var encodeLines: [String]
}

extension OperationTypeViewModel: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "notFirst": notFirst
        case "docLines": docLines
        case "typeName": typeName
        case "operationID": operationID
        case "properties": properties
        case "hasProperties": hasProperties
        case "initArguments": initArguments
        case "assignments": assignments
        case "cases": cases
        case "decodeCases": decodeCases
        case "encodeLines": encodeLines
        default: nil
        }
    }
}

struct OperationTypesViewModel {
    var access: String
    var namespace: String
    var input: String
    var output: String
    var operations: [OperationTypeViewModel]
}

extension OperationTypesViewModel: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "access": access
        case "namespace": namespace
        case "input": input
        case "output": output
        case "operations": operations
        default: nil
        }
    }
}

struct ServerOperationViewModel {
    /// A blank line separates it from the one before.
    var notFirst = true
    var docLines: [String]
    var name: String
    var inputType: String
    var outputType: String
    var method: String
    var path: String
    var operationID: String
    var inputLines: [String]
}

extension ServerOperationViewModel: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "notFirst": notFirst
        case "docLines": docLines
        case "name": name
        case "inputType": inputType
        case "outputType": outputType
        case "method": method
        case "path": path
        case "operationID": operationID
        case "inputLines": inputLines
        default: nil
        }
    }
}

struct ServerViewModel {
    var access: String
    var protocolName: String
    var operations: [ServerOperationViewModel]
}

extension ServerViewModel: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "access": access
        case "protocolName": protocolName
        case "operations": operations
        default: nil
        }
    }
}
