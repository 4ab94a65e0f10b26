internal import Mustache

/// What `Struct.mustache` and the shape templates render for an object type. `StructPropertyViewModel` and
/// `StructParameterViewModel` carry names, literal values and decisions (which shape a property's declaration,
/// assignment, decoding and encoding take, named by the template that spells it); the templates carry the Swift
/// code, so a template override changes how a property is stored, decoded or encoded. `StructBuilder` renders each
/// part with its shape's template and `Struct.mustache` places the parts.
struct StructViewModel {
    var docLines: [String]
    /// Marked `@available(*, deprecated)`.
    var deprecated = false
    /// Deprecated in the document but used by other generated types, so noted in the doc comment instead.
    var deprecationNote = false
    var access: String
    var name: String
    /// Each property's parts, as its shape templates spelled them.
    var properties: [StructPropertyParts]
    /// Properties beyond the documented ones, when the schema allows them.
    var additional: AdditionalPropertiesViewModel?
    /// The initializer's parameters as their templates spelled them, in order (the additional properties last).
    var initParameters: [String]
    /// The parameters go one per line: they do not fit on the initializer's line.
    var wrapsInitParameters: Bool
    /// The documented properties' JSON names, as string literal contents: left out of the additional properties.
    var knownKeys: [String]
    /// `Hashable`, `Equatable` or nil (`EmitterOptions.ModelConformance`).
    var conformance: String?
}

/// One property's declaration, assignment, decoding and encoding, each rendered from the template of its shape
/// (without the final line break), for `Struct.mustache` to place.
struct StructPropertyParts {
    var docLines: [String]
    var member: String
    var assignment: String
    var decode: String
    var encode: String
}

/// One stored property of a struct and how it is kept, initialized, decoded and encoded: each of those is a shape,
/// and each shape a template of its own (`StructMemberStored.mustache`, `StructDecodeIfPresent.mustache`, ...), so
/// an override can change exactly one of them.
struct StructPropertyViewModel {
    var docLines: [String]
    /// The struct's access level (`public`).
    var access: String
    /// The Swift name callers use.
    var name: String
    /// The initializer's parameter for this property, as its body reads it: `name`, except for a property
    /// called `self`, whose parameter would hide `self` itself.
    var argument: String
    /// The stored property's name: `name`, or `_name` behind an accessor.
    var storage: String
    /// The property's JSON name, as the contents of a string literal: the key it is decoded from and encoded at.
    var key: String
    var deprecated: Bool
    /// The type callers see, spelled (`Account`, `Account?`, `Nullable<Account>?`).
    var publicType: String
    /// The type of the stored property behind an accessor, spelled (`Indirect<Account>?`).
    var storedType: String
    /// The type of the value itself (`Account`).
    var baseType: String
    /// The type the decoder reads for the stored value (`Indirect<Account>` when boxed, `Nullable<Account>` for an
    /// optional nullable boxed value, else `baseType`).
    var valueType: String
    /// What the encoder writes: the stored property, or the value in its box.
    var encodedValue: String
    /// The schema's default as a Swift literal, when it has one the type can hold.
    var defaultLiteral: String?
    /// What comes before a deprecated property's declaration (`StructDeprecation.mustache`); empty otherwise.
    var deprecation = ""
    var member: MemberShape
    var assignment: AssignmentShape
    var decode: DecodeShape
    var encode: EncodeShape
    /// The `ValueConstraints(…)` the decoder checks the value against (on servers), from `Constraints.mustache`;
    /// `nil` when the document states none that apply.
    var constraints: String? = nil

    /// How the property is declared: the template that declares it.
    enum MemberShape: String, CaseIterable {
        case stored = "StructMemberStored"
        case defaulted = "StructMemberDefaulted"
        case boxed = "StructMemberBoxed"
        case boxedOptional = "StructMemberBoxedOptional"
        case deprecated = "StructMemberDeprecated"
    }

    /// How the initializer stores the argument: the template that assigns it.
    enum AssignmentShape: String, CaseIterable {
        case plain = "StructAssignPlain"
        case boxed = "StructAssignBoxed"
        case boxedOptional = "StructAssignBoxedOptional"
    }

    /// How the value is decoded: the template that decodes it.
    enum DecodeShape: String, CaseIterable {
        case dateTime = "StructDecodeDateTime"
        case dateTimeIfPresent = "StructDecodeDateTimeIfPresent"
        case dateTimeArray = "StructDecodeDateTimeArray"
        case dateTimeArrayIfPresent = "StructDecodeDateTimeArrayIfPresent"
        case required = "StructDecodeRequired"
        case requiredBoxed = "StructDecodeRequiredBoxed"
        case requiredNullable = "StructDecodeRequiredNullable"
        case requiredNullableBoxed = "StructDecodeRequiredNullableBoxed"
        case ifPresent = "StructDecodeIfPresent"
        case ifPresentBoxed = "StructDecodeIfPresentBoxed"
        case nullableIfPresent = "StructDecodeNullableIfPresent"
        case nullableIfPresentBoxed = "StructDecodeNullableIfPresentBoxed"
    }

    /// How the value is encoded: the template that encodes it.
    enum EncodeShape: String, CaseIterable {
        case dateTime = "StructEncodeDateTime"
        case dateTimeNullable = "StructEncodeDateTimeNullable"
        case dateTimeIfPresent = "StructEncodeDateTimeIfPresent"
        case dateTimeArray = "StructEncodeDateTimeArray"
        case dateTimeArrayIfPresent = "StructEncodeDateTimeArrayIfPresent"
        case uuid = "StructEncodeUUID"
        case uuidIfPresent = "StructEncodeUUIDIfPresent"
        case uuidNullable = "StructEncodeUUIDNullable"
        case uuidArray = "StructEncodeUUIDArray"
        case uuidArrayIfPresent = "StructEncodeUUIDArrayIfPresent"
        case uuidArrayNullable = "StructEncodeUUIDArrayNullable"
        case ifPresent = "StructEncodeIfPresent"
        case nullable = "StructEncodeNullable"
        case required = "StructEncodeRequired"
    }
}

/// The dictionary of properties beyond the documented ones.
struct AdditionalPropertiesViewModel {
    /// The type of each value.
    var valueType: String
    /// True when the struct has documented properties (their keys are left out of the dictionary).
    var hasKnownKeys: Bool
}

/// One parameter of the initializer: a property's, or the additional properties'.
struct StructParameterViewModel {
    var name: String
    /// The parameter's type, spelled (the base type when defaulted, the value type for additional properties).
    var type: String
    var shape: Shape

    /// How the parameter is declared: the template that spells it.
    enum Shape: String, CaseIterable {
        /// `name: Type`.
        case plain = "StructParameterPlain"
        /// `name: Type? = nil` for an optional property.
        case optional = "StructParameterOptional"
        /// `name: Base? = nil` for a property whose getter supplies the default.
        case defaulted = "StructParameterDefaulted"
        /// `additionalProperties: [String: Value] = [:]`.
        case additional = "StructParameterAdditional"
    }
}

extension StructViewModel: TemplateContext {
    func templateValue(named key: String) -> TemplateValue {
        switch key {
        case "docLines": .init(docLines)
        case "deprecated": .init(deprecated)
        case "deprecationNote": .init(deprecationNote)
        case "access": .init(access)
        case "name": .init(name)
        case "properties": .init(properties)
        case "additional": .init(additional)
        case "initParameters": .init(initParameters)
        case "wrapsInitParameters": .init(wrapsInitParameters)
        case "hasProperties": .init(!properties.isEmpty)
        case "knownKeys": .init(knownKeys)
        case "conformance": .init(conformance)
        default: .missing
        }
    }
}

extension StructPropertyParts: TemplateContext {
    func templateValue(named key: String) -> TemplateValue {
        switch key {
        case "docLines": .init(docLines)
        case "member": .init(member)
        case "assignment": .init(assignment)
        case "decode": .init(decode)
        case "encode": .init(encode)
        default: .missing
        }
    }
}

extension StructPropertyViewModel: TemplateContext {
    func templateValue(named key: String) -> TemplateValue {
        switch key {
        case "docLines": .init(docLines)
        case "access": .init(access)
        case "name": .init(name)
        case "argument": .init(argument)
        case "storage": .init(storage)
        case "key": .init(self.key)
        case "deprecated": .init(deprecated)
        case "publicType": .init(publicType)
        case "storedType": .init(storedType)
        case "baseType": .init(baseType)
        case "valueType": .init(valueType)
        case "encodedValue": .init(encodedValue)
        case "defaultLiteral": .init(defaultLiteral)
        case "deprecation": .init(deprecation)
        case "checked": .init(constraints != nil)
        case "constraints": .init(constraints)
        default: .missing
        }
    }
}

extension AdditionalPropertiesViewModel: TemplateContext {
    func templateValue(named key: String) -> TemplateValue {
        switch key {
        case "valueType": .init(valueType)
        case "hasKnownKeys": .init(hasKnownKeys)
        default: .missing
        }
    }
}

extension StructParameterViewModel: TemplateContext {
    func templateValue(named key: String) -> TemplateValue {
        switch key {
        case "name": .init(name)
        case "type": .init(type)
        default: .missing
        }
    }
}

/// A schema default as a Swift value: `DefaultValue.mustache`.
struct DefaultValueViewModel: ShapedViewModel {
    enum Shape: String, CaseIterable {
        /// A Swift literal as it is (`true`, `"text"`, `12`, `1.5`).
        case plain
        /// An integer a `Decimal` holds.
        case decimalInteger
        /// A number a `Decimal` reads from its text, exactly.
        case decimalText
        /// A case of a generated enum, by its name.
        case enumCase
    }

    var shape: Shape
    /// The literal, the number's text or the case's name.
    var literal: String

    func value(named key: String) -> TemplateValue { key == "literal" ? .init(literal) : .missing }
}
