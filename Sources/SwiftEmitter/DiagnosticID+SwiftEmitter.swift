public import Diagnostics

/// Ids the emitters and templates report.
extension DiagnosticID {
    /// A template does not parse, includes itself, nests too deep, or changes delimiters.
    public static let templateInvalid = DiagnosticID("template-invalid")
    /// A template or template directory is missing.
    public static let templateMissing = DiagnosticID("template-missing")
    /// A template cannot be read or is not UTF-8.
    public static let templateUnreadable = DiagnosticID("template-unreadable")
    /// A file of the template directory replaces no template and no template includes it.
    public static let templateUnused = DiagnosticID("template-unused")
    /// An operation is left out of the generated code, with the reason.
    public static let operationSkipped = DiagnosticID("operation-skipped")
}
