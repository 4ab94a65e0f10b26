public import Diagnostics

/// Ids the YAML loader reports.
extension DiagnosticID {
    /// The file cannot be read: missing, not a regular file, too large, or not readable.
    public static let yamlUnreadable = DiagnosticID("yaml-unreadable")
    /// The file is not valid UTF-8 (or UTF-16/32 with a byte order mark).
    public static let yamlEncoding = DiagnosticID("yaml-encoding")
    /// The text is not well-formed YAML or JSON.
    public static let yamlSyntax = DiagnosticID("yaml-syntax")
    /// A mapping has the same key twice (also when the two differ only in Unicode normalization).
    public static let yamlDuplicateKey = DiagnosticID("yaml-duplicate-key")
    /// An alias (`*name`) names no anchor defined before it.
    public static let yamlUndefinedAlias = DiagnosticID("yaml-undefined-alias")
    /// The file holds more than one YAML document.
    public static let yamlMultipleDocuments = DiagnosticID("yaml-multiple-documents")
    /// The file holds no document.
    public static let yamlEmpty = DiagnosticID("yaml-empty")
    /// Aliases expand to more nodes than the loader accepts (an alias bomb).
    public static let yamlAliasBudget = DiagnosticID("yaml-alias-budget")
    /// Collections nest deeper than the loader accepts.
    public static let yamlDepthLimit = DiagnosticID("yaml-depth-limit")
    /// A merge key (`<<`) is given something other than a mapping or a list of mappings.
    public static let yamlInvalidMerge = DiagnosticID("yaml-invalid-merge")
}
