/// An error that stops a stage, carrying the diagnostic that explains it.
public struct DiagnosticError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong and where.
    public var diagnostic: Diagnostic

    /// Wraps a diagnostic of severity `error`.
    public init(_ message: String, at location: SourceLocation?, id: DiagnosticID) {
        self.diagnostic = Diagnostic(.error, message, at: location, id: id)
    }

    /// The diagnostic in the compiler format.
    public var description: String { diagnostic.description }
}
