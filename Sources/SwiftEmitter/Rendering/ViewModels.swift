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
struct ImportViewModel: TemplateContext {
    var module: String
    /// `public` or `package`; nil for a plain import.
    var importAccess: String?

    func templateValue(named key: String) -> TemplateValue {
        switch key {
        case "module": .init(module)
        case "importAccess": .init(importAccess)
        default: .missing
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
    /// `Hashable`, `Equatable` or nil (`EmitterOptions.ModelConformance`).
    var conformance: String?
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

extension FileViewModel: TemplateContext {
    func templateValue(named key: String) -> TemplateValue {
        switch key {
        case "source": .init(source)
        case "imports": .init(imports)
        case "declarations": .init(declarations)
        default: .missing
        }
    }
}

extension EnumCaseViewModel: TemplateContext {
    func templateValue(named key: String) -> TemplateValue {
        switch key {
        case "name": .init(name)
        case "literal": .init(literal)
        default: .missing
        }
    }
}

extension EnumViewModel: TemplateContext {
    func templateValue(named key: String) -> TemplateValue {
        switch key {
        case "docLines": .init(docLines)
        case "deprecated": .init(deprecated)
        case "deprecationNote": .init(deprecationNote)
        case "access": .init(access)
        case "name": .init(name)
        case "rawType": .init(rawType)
        case "cases": .init(cases)
        case "unknownCase": .init(unknownCase)
        default: .missing
        }
    }
}

extension UnionCaseViewModel: TemplateContext {
    func templateValue(named key: String) -> TemplateValue {
        switch key {
        case "docLines": .init(docLines)
        case "name": .init(name)
        case "type": .init(type)
        case "labels": .init(labels)
        case "isDateTime": .init(isDateTime)
        default: .missing
        }
    }
}

extension UnionViewModel: TemplateContext {
    func templateValue(named key: String) -> TemplateValue {
        switch key {
        case "docLines": .init(docLines)
        case "deprecated": .init(deprecated)
        case "deprecationNote": .init(deprecationNote)
        case "access": .init(access)
        case "isIndirect": .init(isIndirect)
        case "name": .init(name)
        case "cases": .init(cases)
        case "isDiscriminated": .init(isDiscriminated)
        case "propertyLiteral": .init(propertyLiteral)
        case "propertyText": .init(propertyText)
        case "expectedText": .init(expectedText)
        case "conformance": .init(conformance)
        default: .missing
        }
    }
}

extension AliasViewModel: TemplateContext {
    func templateValue(named key: String) -> TemplateValue {
        switch key {
        case "docLines": .init(docLines)
        case "deprecated": .init(deprecated)
        case "deprecationNote": .init(deprecationNote)
        case "access": .init(access)
        case "name": .init(name)
        case "type": .init(type)
        default: .missing
        }
    }
}
