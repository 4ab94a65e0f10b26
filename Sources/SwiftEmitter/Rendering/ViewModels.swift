internal import Mustache

/// What the templates render. Here every field is final text that the templates only place; the struct view models
/// (`StructViewModels.swift`) carry decisions instead, and their templates the code.

struct FileViewModel {
    var source: String
    var imports: [ImportViewModel]
    var declarations: [String]
}

/// A module a generated file imports, with the access level of the import when the file's public signatures use
/// the module's types.
struct ImportViewModel: MustacheParent {
    var module: String
    /// `public` or `package`; nil for a plain import.
    var importAccess: String?

    func child(named key: String) -> Any? {
        switch key {
        case "module": module
        case "importAccess": importAccess
        default: nil
        }
    }
}

struct EnumCaseViewModel {
    var name: String
    var literal: String
}

struct EnumViewModel {
    var docLines: [String]
    /// Marked `@available(*, deprecated)`.
    var deprecated = false
    /// Deprecated in the document but used by other generated types, so noted in the doc comment instead.
    var deprecationNote = false
    var access: String
    var name: String
    var rawType: String
    var cases: [EnumCaseViewModel]
    var unknownCase: String
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
    /// Marked `@available(*, deprecated)`.
    var deprecated = false
    /// Deprecated in the document but used by other generated types, so noted in the doc comment instead.
    var deprecationNote = false
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
    /// Marked `@available(*, deprecated)`.
    var deprecated = false
    /// Deprecated in the document but used by other generated types, so noted in the doc comment instead.
    var deprecationNote = false
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
        case "deprecated": deprecated
        case "deprecationNote": deprecationNote
        case "access": access
        case "name": name
        case "rawType": rawType
        case "cases": cases
        case "unknownCase": unknownCase
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
        case "deprecated": deprecated
        case "deprecationNote": deprecationNote
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
        case "deprecated": deprecated
        case "deprecationNote": deprecationNote
        case "access": access
        case "name": name
        case "type": type
        default: nil
        }
    }
}
