public import Diagnostics

extension Diagnostic {
    /// Where a lint finding is. Every finding has a location (a pipeline diagnostic without one is reported at the
    /// file's start), so the fallback is never printed.
    public var place: SourceLocation { location ?? SourceLocation(file: "", line: 1, column: 1) }
}
