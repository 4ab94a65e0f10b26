public import Diagnostics

/// Ids the resolver reports.
extension DiagnosticID {
    /// A `typeNames` or `typeOverrides` entry of the configuration names a schema the document does not declare.
    public static let configUnknownSchema = DiagnosticID("config-unknown-schema")
    /// `allOf` merges would copy more properties than the resolver accepts (a hostile chain of extensions).
    public static let allofSizeLimit = DiagnosticID("allof-size-limit")
    /// Members of an `allOf` give one property different types.
    public static let allofConflict = DiagnosticID("allof-conflict")
    /// `required` names a property that `properties` does not declare (allowed by JSON Schema; the generated type
    /// does not check for it).
    public static let requiredUndeclared = DiagnosticID("required-undeclared")
    /// An `enum` value is not of the schema's `type` (`1` under `type: string`): it is read as a value of the type.
    public static let enumValueType = DiagnosticID("enum-value-type")
    /// A `pattern` is not a regular expression the generated server stubs can read (Swift's `Regex` reads the
    /// common subset of ECMA-262): values are not checked against it.
    public static let patternUnsupported = DiagnosticID("pattern-unsupported")
    /// A discriminator mapping entry does not lead to one of the union's variants.
    public static let discriminatorMapping = DiagnosticID("discriminator-mapping")
    /// Two names become the same Swift identifier; the later one gets a numeric suffix.
    public static let nameCollision = DiagnosticID("name-collision")
    /// A `{name}` in a path has no parameter declared for it.
    public static let pathParameterUndeclared = DiagnosticID("path-parameter-undeclared")
    /// A path parameter is declared but its `{name}` is not in the path.
    public static let pathParameterUnused = DiagnosticID("path-parameter-unused")
    /// References that only lead to each other, describing no value.
    public static let refCycle = DiagnosticID("ref-cycle")
    /// A reference leaves the allowed root directory (by path, absolute path or symbolic link).
    public static let refOutsideRoot = DiagnosticID("ref-outside-root")
    /// A reference to a URL, which plexus-gen does not fetch.
    public static let refRemote = DiagnosticID("ref-remote")
    /// A referenced file cannot be read or is not valid YAML.
    public static let refUnreadable = DiagnosticID("ref-unreadable")
    /// A reference leads to a different kind of object than its place expects.
    public static let refWrongKind = DiagnosticID("ref-wrong-kind")
    /// A type is renamed so it does not hide a Swift or Foundation type.
    public static let renamedType = DiagnosticID("renamed-type")
    /// Schemas nest, through references, deeper than the resolver accepts.
    public static let schemaDepthLimit = DiagnosticID("schema-depth-limit")
    /// A security requirement names a scheme that is not declared.
    public static let unknownSecurityScheme = DiagnosticID("unknown-security-scheme")
    /// A reference leads nowhere.
    public static let unresolvedRef = DiagnosticID("unresolved-ref")
    /// A construct plexus-gen generates in a simpler form (such as `false` schemas or mixed-type enums).
    public static let unsupportedConstruct = DiagnosticID("unsupported-construct")
}
