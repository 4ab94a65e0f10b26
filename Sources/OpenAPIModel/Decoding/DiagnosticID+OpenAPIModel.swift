public import Diagnostics

/// Ids the decoder reports.
extension DiagnosticID {
    /// A component name has characters outside `^[a-zA-Z0-9._-]+$`.
    public static let componentName = DiagnosticID("component-name")
    /// An example has both `value` and `externalValue`.
    public static let exampleValue = DiagnosticID("example-value")
    /// A field is not allowed where it is written (such as `allowReserved` outside a query parameter).
    public static let invalidField = DiagnosticID("invalid-field")
    /// A path does not start with `/`.
    public static let invalidPath = DiagnosticID("invalid-path")
    /// A response key is not a status code, a range such as `2XX`, or `default`.
    public static let invalidStatusCode = DiagnosticID("invalid-status-code")
    /// A field has a value outside what the specification allows.
    public static let invalidValue = DiagnosticID("invalid-value")
    /// A keyword in the form of the other OpenAPI version (a boolean `exclusiveMinimum` in 3.1, a numeric one or
    /// a type list in 3.0), read by the meaning it has there.
    public static let keywordOfOtherVersion = DiagnosticID("keyword-of-other-version")
    /// A link has both `operationRef` and `operationId`.
    public static let linkTarget = DiagnosticID("link-target")
    /// A required field is missing.
    public static let missingField = DiagnosticID("missing-field")
    /// `nullable` is written in a 3.1 document, where `type: [..., 'null']` replaces it.
    public static let nullableIn31 = DiagnosticID("nullable-in-3.1")
    /// A path parameter is not marked `required: true`.
    public static let pathParameterRequired = DiagnosticID("path-parameter-required")
    /// A `$ref` where OpenAPI allows no reference (an operation, a description): in the root document the resolver
    /// follows it as a JSON Reference; in a referenced file it is an error.
    public static let refNotAllowedHere = DiagnosticID("ref-not-allowed-here")
    /// Keys beside a `$ref` that the document's OpenAPI version ignores.
    public static let refSiblings = DiagnosticID("ref-siblings")
    /// A parameter or header has both `schema` and `content`, or `content` with other than one media type.
    public static let schemaOrContent = DiagnosticID("schema-or-content")
    /// A Swagger 2.0 construct that OpenAPI 3 cannot say exactly; the conversion keeps the nearest meaning.
    public static let swagger2Conversion = DiagnosticID("swagger2-conversion")
    /// A key the specification does not define (not an `x-` extension).
    public static let unknownKey = DiagnosticID("unknown-key")
    /// The `openapi` (or `swagger`) version is missing or not one plexus-gen reads.
    public static let unsupportedVersion = DiagnosticID("unsupported-version")
    /// A value has the wrong type (a list where a mapping belongs, ...).
    public static let wrongType = DiagnosticID("wrong-type")
}
