/// What a diagnostic is about, as a stable kebab-case name users search for, filter on and suppress
/// (`ref-cycle`, `yaml-syntax`, a lint rule's id).
///
/// Ids are declared once, as static members of this type beside the stage that reports them
/// (`DiagnosticID+Resolver.swift`, ...), and code compares ids through those members, never through text, so a
/// misspelt id does not compile.
public struct DiagnosticID: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The id as users see it.
    public let rawValue: String

    /// Declares an id. Only id declarations (and lint rule descriptors, whose ids are data) call this.
    public init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    /// The id as users see it (`rawValue`).
    public var description: String { rawValue }

    /// Orders ids by their text, for stable output.
    public static func < (lhs: DiagnosticID, rhs: DiagnosticID) -> Bool { lhs.rawValue < rhs.rawValue }
}
