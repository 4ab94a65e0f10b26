/// A check of `plexus-gen diff`: a stable id, whether it judges the HTTP contract or the generated Swift API, and
/// what it finds. Each is declared once here; code compares checks through these members, never by their text.
public struct DiffCheck: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// What a check judges.
    public enum Level: String, Sendable, Hashable {
        /// The HTTP contract: what requests and responses may contain.
        case contract
        /// The Swift API generated with the given config.
        case swift
    }

    /// The id users see, filter and ignore by (`parameter-became-required`).
    public let id: String
    /// What the check judges.
    public let level: Level
    /// The part of the document or API it concerns (`parameters`, `methods`).
    public let area: String
    /// What it finds, in a sentence.
    public let summary: String

    private init(_ id: String, _ level: Level, _ area: String, _ summary: String) {
        self.id = id
        self.level = level
        self.area = area
        self.summary = summary
    }

    /// The id.
    public var description: String { id }

    /// Orders checks by id.
    public static func < (lhs: DiffCheck, rhs: DiffCheck) -> Bool { lhs.id < rhs.id }

    /// The check with this id.
    public static func named(_ id: String) -> DiffCheck? { all.first { $0.id == id } }
    /// An operation is gone.
    public static let operationRemoved = DiffCheck(
        "operation-removed", .contract, "operations", "An operation is gone.")
    /// A new operation.
    public static let operationAdded = DiffCheck("operation-added", .contract, "operations", "A new operation.")
    /// An operation has a new method or path (same operationId, or the only one of that shape).
    public static let operationMoved = DiffCheck(
        "operation-moved", .contract, "operations",
        "An operation has a new method or path (same operationId, or the only one of that shape).")
    /// An operation's operationId changed.
    public static let operationIDChanged = DiffCheck(
        "operation-id-changed", .contract, "operations", "An operation's operationId changed.")
    /// An operation became deprecated.
    public static let operationDeprecated = DiffCheck(
        "operation-deprecated", .contract, "operations", "An operation became deprecated.")
    /// A path template names its parameter differently.
    public static let pathParameterRenamed = DiffCheck(
        "path-parameter-renamed", .contract, "paths", "A path template names its parameter differently.")
    /// A new required parameter.
    public static let parameterAddedRequired = DiffCheck(
        "parameter-added-required", .contract, "parameters", "A new required parameter.")
    /// A new optional parameter.
    public static let parameterAddedOptional = DiffCheck(
        "parameter-added-optional", .contract, "parameters", "A new optional parameter.")
    /// A parameter is gone.
    public static let parameterRemoved = DiffCheck("parameter-removed", .contract, "parameters", "A parameter is gone.")
    /// An optional parameter became required.
    public static let parameterBecameRequired = DiffCheck(
        "parameter-became-required", .contract, "parameters", "An optional parameter became required.")
    /// A required parameter became optional.
    public static let parameterBecameOptional = DiffCheck(
        "parameter-became-optional", .contract, "parameters", "A required parameter became optional.")
    /// A parameter moved (query, header, path, cookie).
    public static let parameterLocationChanged = DiffCheck(
        "parameter-location-changed", .contract, "parameters", "A parameter moved (query, header, path, cookie).")
    /// A parameter's style or explode changed.
    public static let parameterStyleChanged = DiffCheck(
        "parameter-style-changed", .contract, "parameters", "A parameter's style or explode changed.")
    /// A parameter's type changed.
    public static let parameterTypeChanged = DiffCheck(
        "parameter-type-changed", .contract, "parameters", "A parameter's type changed.")
    /// A parameter's format changed (same JSON type).
    public static let parameterFormatChanged = DiffCheck(
        "parameter-format-changed", .contract, "parameters", "A parameter's format changed (same JSON type).")
    /// A parameter allows a new enum value.
    public static let parameterEnumValueAdded = DiffCheck(
        "parameter-enum-value-added", .contract, "parameters", "A parameter allows a new enum value.")
    /// A parameter no longer allows an enum value.
    public static let parameterEnumValueRemoved = DiffCheck(
        "parameter-enum-value-removed", .contract, "parameters", "A parameter no longer allows an enum value.")
    /// A parameter's default changed.
    public static let parameterDefaultChanged = DiffCheck(
        "parameter-default-changed", .contract, "parameters", "A parameter's default changed.")
    /// A parameter became deprecated.
    public static let parameterDeprecated = DiffCheck(
        "parameter-deprecated", .contract, "parameters", "A parameter became deprecated.")
    /// An operation requires a body it did not take.
    public static let requestBodyAddedRequired = DiffCheck(
        "request-body-added-required", .contract, "request bodies", "An operation requires a body it did not take.")
    /// An operation takes an optional body it did not take.
    public static let requestBodyAddedOptional = DiffCheck(
        "request-body-added-optional", .contract, "request bodies",
        "An operation takes an optional body it did not take.")
    /// An operation no longer takes a body.
    public static let requestBodyRemoved = DiffCheck(
        "request-body-removed", .contract, "request bodies", "An operation no longer takes a body.")
    /// The request body became required.
    public static let requestBodyBecameRequired = DiffCheck(
        "request-body-became-required", .contract, "request bodies", "The request body became required.")
    /// The request body became optional.
    public static let requestBodyBecameOptional = DiffCheck(
        "request-body-became-optional", .contract, "request bodies", "The request body became optional.")
    /// The request body accepts a new media type.
    public static let requestMediaTypeAdded = DiffCheck(
        "request-media-type-added", .contract, "request bodies", "The request body accepts a new media type.")
    /// The request body no longer accepts a media type.
    public static let requestMediaTypeRemoved = DiffCheck(
        "request-media-type-removed", .contract, "request bodies", "The request body no longer accepts a media type.")
    /// The request body's schema has another type.
    public static let requestBodyTypeChanged = DiffCheck(
        "request-body-type-changed", .contract, "request bodies", "The request body's schema has another type.")
    /// A request schema has a new required property.
    public static let requestPropertyAddedRequired = DiffCheck(
        "request-property-added-required", .contract, "request bodies", "A request schema has a new required property.")
    /// A request schema has a new optional property.
    public static let requestPropertyAddedOptional = DiffCheck(
        "request-property-added-optional", .contract, "request bodies", "A request schema has a new optional property.")
    /// A request schema lost a property.
    public static let requestPropertyRemoved = DiffCheck(
        "request-property-removed", .contract, "request bodies", "A request schema lost a property.")
    /// A request property became required.
    public static let requestPropertyBecameRequired = DiffCheck(
        "request-property-became-required", .contract, "request bodies", "A request property became required.")
    /// A request property became optional.
    public static let requestPropertyBecameOptional = DiffCheck(
        "request-property-became-optional", .contract, "request bodies", "A request property became optional.")
    /// A request property's type changed.
    public static let requestPropertyTypeChanged = DiffCheck(
        "request-property-type-changed", .contract, "request bodies", "A request property's type changed.")
    /// A request property's format changed (same JSON type).
    public static let requestPropertyFormatChanged = DiffCheck(
        "request-property-format-changed", .contract, "request bodies",
        "A request property's format changed (same JSON type).")
    /// A request property allows null.
    public static let requestPropertyBecameNullable = DiffCheck(
        "request-property-became-nullable", .contract, "request bodies", "A request property allows null.")
    /// A request property no longer allows null.
    public static let requestPropertyBecameNonNullable = DiffCheck(
        "request-property-became-non-nullable", .contract, "request bodies", "A request property no longer allows null."
    )
    /// A request enum allows a new value.
    public static let requestEnumValueAdded = DiffCheck(
        "request-enum-value-added", .contract, "request bodies", "A request enum allows a new value.")
    /// A request enum no longer allows a value.
    public static let requestEnumValueRemoved = DiffCheck(
        "request-enum-value-removed", .contract, "request bodies", "A request enum no longer allows a value.")
    /// A request oneOf/anyOf has a new variant.
    public static let requestVariantAdded = DiffCheck(
        "request-variant-added", .contract, "request bodies", "A request oneOf/anyOf has a new variant.")
    /// A request oneOf/anyOf lost a variant.
    public static let requestVariantRemoved = DiffCheck(
        "request-variant-removed", .contract, "request bodies", "A request oneOf/anyOf lost a variant.")
    /// A request union's discriminator property or mapping changed.
    public static let requestDiscriminatorChanged = DiffCheck(
        "request-discriminator-changed", .contract, "request bodies",
        "A request union's discriminator property or mapping changed.")
    /// An operation documents a new response status.
    public static let responseStatusAdded = DiffCheck(
        "response-status-added", .contract, "responses", "An operation documents a new response status.")
    /// A documented response status is gone.
    public static let responseStatusRemoved = DiffCheck(
        "response-status-removed", .contract, "responses", "A documented response status is gone.")
    /// A response has a new media type.
    public static let responseMediaTypeAdded = DiffCheck(
        "response-media-type-added", .contract, "responses", "A response has a new media type.")
    /// A response lost a media type.
    public static let responseMediaTypeRemoved = DiffCheck(
        "response-media-type-removed", .contract, "responses", "A response lost a media type.")
    /// A response body's schema has another type.
    public static let responseBodyTypeChanged = DiffCheck(
        "response-body-type-changed", .contract, "responses", "A response body's schema has another type.")
    /// A response schema has a new property.
    public static let responsePropertyAdded = DiffCheck(
        "response-property-added", .contract, "responses", "A response schema has a new property.")
    /// A response schema lost a property.
    public static let responsePropertyRemoved = DiffCheck(
        "response-property-removed", .contract, "responses", "A response schema lost a property.")
    /// A response property is no longer always there.
    public static let responsePropertyBecameOptional = DiffCheck(
        "response-property-became-optional", .contract, "responses", "A response property is no longer always there.")
    /// A response property is now always there.
    public static let responsePropertyBecameRequired = DiffCheck(
        "response-property-became-required", .contract, "responses", "A response property is now always there.")
    /// A response property's type changed.
    public static let responsePropertyTypeChanged = DiffCheck(
        "response-property-type-changed", .contract, "responses", "A response property's type changed.")
    /// A response property's format changed (same JSON type).
    public static let responsePropertyFormatChanged = DiffCheck(
        "response-property-format-changed", .contract, "responses",
        "A response property's format changed (same JSON type).")
    /// A response property may be null.
    public static let responsePropertyBecameNullable = DiffCheck(
        "response-property-became-nullable", .contract, "responses", "A response property may be null.")
    /// A response property is never null now.
    public static let responsePropertyBecameNonNullable = DiffCheck(
        "response-property-became-non-nullable", .contract, "responses", "A response property is never null now.")
    /// A response enum has a new value.
    public static let responseEnumValueAdded = DiffCheck(
        "response-enum-value-added", .contract, "responses", "A response enum has a new value.")
    /// A response enum lost a value.
    public static let responseEnumValueRemoved = DiffCheck(
        "response-enum-value-removed", .contract, "responses", "A response enum lost a value.")
    /// A response oneOf/anyOf has a new variant.
    public static let responseVariantAdded = DiffCheck(
        "response-variant-added", .contract, "responses", "A response oneOf/anyOf has a new variant.")
    /// A response oneOf/anyOf lost a variant.
    public static let responseVariantRemoved = DiffCheck(
        "response-variant-removed", .contract, "responses", "A response oneOf/anyOf lost a variant.")
    /// A response union's discriminator property or mapping changed.
    public static let responseDiscriminatorChanged = DiffCheck(
        "response-discriminator-changed", .contract, "responses",
        "A response union's discriminator property or mapping changed.")
    /// A response has a new header.
    public static let responseHeaderAdded = DiffCheck(
        "response-header-added", .contract, "headers", "A response has a new header.")
    /// A response header is gone.
    public static let responseHeaderRemoved = DiffCheck(
        "response-header-removed", .contract, "headers", "A response header is gone.")
    /// A response header is no longer always sent.
    public static let responseHeaderBecameOptional = DiffCheck(
        "response-header-became-optional", .contract, "headers", "A response header is no longer always sent.")
    /// A response header is now always sent.
    public static let responseHeaderBecameRequired = DiffCheck(
        "response-header-became-required", .contract, "headers", "A response header is now always sent.")
    /// A response header's type changed.
    public static let responseHeaderTypeChanged = DiffCheck(
        "response-header-type-changed", .contract, "headers", "A response header's type changed.")
    /// A new security scheme.
    public static let securitySchemeAdded = DiffCheck(
        "security-scheme-added", .contract, "security", "A new security scheme.")
    /// A security scheme is gone.
    public static let securitySchemeRemoved = DiffCheck(
        "security-scheme-removed", .contract, "security", "A security scheme is gone.")
    /// A security scheme's kind, location or name changed.
    public static let securitySchemeChanged = DiffCheck(
        "security-scheme-changed", .contract, "security", "A security scheme's kind, location or name changed.")
    /// An operation requires a scheme it did not.
    public static let securityRequirementAdded = DiffCheck(
        "security-requirement-added", .contract, "security", "An operation requires a scheme it did not.")
    /// An operation no longer requires a scheme.
    public static let securityRequirementRemoved = DiffCheck(
        "security-requirement-removed", .contract, "security", "An operation no longer requires a scheme.")
    /// An operation requires a new scope.
    public static let securityScopeAdded = DiffCheck(
        "security-scope-added", .contract, "security", "An operation requires a new scope.")
    /// An operation no longer requires a scope.
    public static let securityScopeRemoved = DiffCheck(
        "security-scope-removed", .contract, "security", "An operation no longer requires a scope.")
    /// A new server.
    public static let serverAdded = DiffCheck("server-added", .contract, "servers", "A new server.")
    /// A server is gone.
    public static let serverRemoved = DiffCheck("server-removed", .contract, "servers", "A server is gone.")
    /// A server variable's default or allowed values changed.
    public static let serverVariableChanged = DiffCheck(
        "server-variable-changed", .contract, "servers", "A server variable's default or allowed values changed.")
    /// A component schema has a new name and the same shape.
    public static let schemaRenamed = DiffCheck(
        "schema-renamed", .contract, "schemas", "A component schema has a new name and the same shape.")
    /// The SDK declares a new type.
    public static let swiftTypeAdded = DiffCheck("swift-type-added", .swift, "types", "The SDK declares a new type.")
    /// A type of the SDK is gone.
    public static let swiftTypeRemoved = DiffCheck("swift-type-removed", .swift, "types", "A type of the SDK is gone.")
    /// A type of the SDK has a new name.
    public static let swiftTypeRenamed = DiffCheck(
        "swift-type-renamed", .swift, "types", "A type of the SDK has a new name.")
    /// A type became another kind of type (struct, enum, union, alias).
    public static let swiftTypeKindChanged = DiffCheck(
        "swift-type-kind-changed", .swift, "types", "A type became another kind of type (struct, enum, union, alias).")
    /// A type has a new property.
    public static let swiftPropertyAdded = DiffCheck(
        "swift-property-added", .swift, "properties", "A type has a new property.")
    /// A property is gone.
    public static let swiftPropertyRemoved = DiffCheck(
        "swift-property-removed", .swift, "properties", "A property is gone.")
    /// A property's type changed.
    public static let swiftPropertyTypeChanged = DiffCheck(
        "swift-property-type-changed", .swift, "properties", "A property's type changed.")
    /// A property became optional.
    public static let swiftPropertyBecameOptional = DiffCheck(
        "swift-property-became-optional", .swift, "properties", "A property became optional.")
    /// An optional property became non-optional.
    public static let swiftPropertyBecameNonOptional = DiffCheck(
        "swift-property-became-non-optional", .swift, "properties", "An optional property became non-optional.")
    /// An initializer needs arguments it did not, or lost one.
    public static let swiftInitializerChanged = DiffCheck(
        "swift-initializer-changed", .swift, "initializers", "An initializer needs arguments it did not, or lost one.")
    /// An enum has a new case: exhaustive switches over it stop compiling.
    public static let swiftEnumCaseAdded = DiffCheck(
        "swift-enum-case-added", .swift, "enums", "An enum has a new case: exhaustive switches over it stop compiling.")
    /// An enum case is gone.
    public static let swiftEnumCaseRemoved = DiffCheck(
        "swift-enum-case-removed", .swift, "enums", "An enum case is gone.")
    /// A union has a new case: exhaustive switches over it stop compiling.
    public static let swiftUnionCaseAdded = DiffCheck(
        "swift-union-case-added", .swift, "enums", "A union has a new case: exhaustive switches over it stop compiling."
    )
    /// A union case is gone.
    public static let swiftUnionCaseRemoved = DiffCheck(
        "swift-union-case-removed", .swift, "enums", "A union case is gone.")
    /// A union or Output case carries other values.
    public static let swiftCasePayloadChanged = DiffCheck(
        "swift-case-payload-changed", .swift, "enums", "A union or Output case carries other values.")
    /// The client has a new method.
    public static let swiftMethodAdded = DiffCheck(
        "swift-method-added", .swift, "methods", "The client has a new method.")
    /// A client method is gone.
    public static let swiftMethodRemoved = DiffCheck(
        "swift-method-removed", .swift, "methods", "A client method is gone.")
    /// A client method has a new name.
    public static let swiftMethodRenamed = DiffCheck(
        "swift-method-renamed", .swift, "methods", "A client method has a new name.")
    /// A method needs a new argument.
    public static let swiftArgumentAdded = DiffCheck(
        "swift-argument-added", .swift, "methods", "A method needs a new argument.")
    /// A method has a new argument callers may leave out.
    public static let swiftArgumentAddedWithDefault = DiffCheck(
        "swift-argument-added-with-default", .swift, "methods", "A method has a new argument callers may leave out.")
    /// A method argument is gone.
    public static let swiftArgumentRemoved = DiffCheck(
        "swift-argument-removed", .swift, "methods", "A method argument is gone.")
    /// A method argument has a new label.
    public static let swiftArgumentRenamed = DiffCheck(
        "swift-argument-renamed", .swift, "methods", "A method argument has a new label.")
    /// A method argument has another type.
    public static let swiftArgumentTypeChanged = DiffCheck(
        "swift-argument-type-changed", .swift, "methods", "A method argument has another type.")
    /// A method argument became optional with a default.
    public static let swiftArgumentBecameOptional = DiffCheck(
        "swift-argument-became-optional", .swift, "methods", "A method argument became optional with a default.")
    /// An optional method argument became required.
    public static let swiftArgumentBecameRequired = DiffCheck(
        "swift-argument-became-required", .swift, "methods", "An optional method argument became required.")
    /// A method's arguments come in another order.
    public static let swiftArgumentsReordered = DiffCheck(
        "swift-arguments-reordered", .swift, "methods", "A method's arguments come in another order.")
    /// A method returns another type.
    public static let swiftReturnTypeChanged = DiffCheck(
        "swift-return-type-changed", .swift, "methods", "A method returns another type.")
    /// An Output has a new case: exhaustive switches over it stop compiling.
    public static let swiftOutputCaseAdded = DiffCheck(
        "swift-output-case-added", .swift, "responses",
        "An Output has a new case: exhaustive switches over it stop compiling.")
    /// An Output case is gone.
    public static let swiftOutputCaseRemoved = DiffCheck(
        "swift-output-case-removed", .swift, "responses", "An Output case is gone.")
    /// Server implementations must implement a new method.
    public static let swiftRequirementAdded = DiffCheck(
        "swift-requirement-added", .swift, "server stubs", "Server implementations must implement a new method.")
    /// A server requirement is gone, and with it the Input and Output types implementations name.
    public static let swiftRequirementRemoved = DiffCheck(
        "swift-requirement-removed", .swift, "server stubs",
        "A server requirement is gone, and with it the Input and Output types implementations name.")
    /// A declaration became deprecated: uses of it warn.
    public static let swiftDeprecated = DiffCheck(
        "swift-deprecated", .swift, "deprecation", "A declaration became deprecated: uses of it warn.")

    /// Every check, contract checks first, each group by area as declared.
    public static let all: [DiffCheck] = [
        operationRemoved,
        operationAdded,
        operationMoved,
        operationIDChanged,
        operationDeprecated,
        pathParameterRenamed,
        parameterAddedRequired,
        parameterAddedOptional,
        parameterRemoved,
        parameterBecameRequired,
        parameterBecameOptional,
        parameterLocationChanged,
        parameterStyleChanged,
        parameterTypeChanged,
        parameterFormatChanged,
        parameterEnumValueAdded,
        parameterEnumValueRemoved,
        parameterDefaultChanged,
        parameterDeprecated,
        requestBodyAddedRequired,
        requestBodyAddedOptional,
        requestBodyRemoved,
        requestBodyBecameRequired,
        requestBodyBecameOptional,
        requestMediaTypeAdded,
        requestMediaTypeRemoved,
        requestBodyTypeChanged,
        requestPropertyAddedRequired,
        requestPropertyAddedOptional,
        requestPropertyRemoved,
        requestPropertyBecameRequired,
        requestPropertyBecameOptional,
        requestPropertyTypeChanged,
        requestPropertyFormatChanged,
        requestPropertyBecameNullable,
        requestPropertyBecameNonNullable,
        requestEnumValueAdded,
        requestEnumValueRemoved,
        requestVariantAdded,
        requestVariantRemoved,
        requestDiscriminatorChanged,
        responseStatusAdded,
        responseStatusRemoved,
        responseMediaTypeAdded,
        responseMediaTypeRemoved,
        responseBodyTypeChanged,
        responsePropertyAdded,
        responsePropertyRemoved,
        responsePropertyBecameOptional,
        responsePropertyBecameRequired,
        responsePropertyTypeChanged,
        responsePropertyFormatChanged,
        responsePropertyBecameNullable,
        responsePropertyBecameNonNullable,
        responseEnumValueAdded,
        responseEnumValueRemoved,
        responseVariantAdded,
        responseVariantRemoved,
        responseDiscriminatorChanged,
        responseHeaderAdded,
        responseHeaderRemoved,
        responseHeaderBecameOptional,
        responseHeaderBecameRequired,
        responseHeaderTypeChanged,
        securitySchemeAdded,
        securitySchemeRemoved,
        securitySchemeChanged,
        securityRequirementAdded,
        securityRequirementRemoved,
        securityScopeAdded,
        securityScopeRemoved,
        serverAdded,
        serverRemoved,
        serverVariableChanged,
        schemaRenamed,
        swiftTypeAdded,
        swiftTypeRemoved,
        swiftTypeRenamed,
        swiftTypeKindChanged,
        swiftPropertyAdded,
        swiftPropertyRemoved,
        swiftPropertyTypeChanged,
        swiftPropertyBecameOptional,
        swiftPropertyBecameNonOptional,
        swiftInitializerChanged,
        swiftEnumCaseAdded,
        swiftEnumCaseRemoved,
        swiftUnionCaseAdded,
        swiftUnionCaseRemoved,
        swiftCasePayloadChanged,
        swiftMethodAdded,
        swiftMethodRemoved,
        swiftMethodRenamed,
        swiftArgumentAdded,
        swiftArgumentAddedWithDefault,
        swiftArgumentRemoved,
        swiftArgumentRenamed,
        swiftArgumentTypeChanged,
        swiftArgumentBecameOptional,
        swiftArgumentBecameRequired,
        swiftArgumentsReordered,
        swiftReturnTypeChanged,
        swiftOutputCaseAdded,
        swiftOutputCaseRemoved,
        swiftRequirementAdded,
        swiftRequirementRemoved,
        swiftDeprecated,
    ]
}
