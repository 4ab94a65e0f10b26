public import Diagnostics

/// Why a YAML file could not be loaded. Every case but `unreadable` points at a line and column.
public struct YAMLError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The kinds of failure, each with a stable diagnostic id.
    public enum Kind: Sendable, Hashable, CaseIterable {
        case unreadable, encoding, syntax, duplicateKey, undefinedAlias, multipleDocuments, emptyDocument, aliasBudget
        case depthLimit, invalidMerge

        /// The id diagnostics of this kind carry.
        public var id: DiagnosticID {
            switch self {
            case .unreadable: .yamlUnreadable
            case .encoding: .yamlEncoding
            case .syntax: .yamlSyntax
            case .duplicateKey: .yamlDuplicateKey
            case .undefinedAlias: .yamlUndefinedAlias
            case .multipleDocuments: .yamlMultipleDocuments
            case .emptyDocument: .yamlEmpty
            case .aliasBudget: .yamlAliasBudget
            case .depthLimit: .yamlDepthLimit
            case .invalidMerge: .yamlInvalidMerge
            }
        }
    }

    /// What kind of failure this is.
    public var kind: Kind
    /// One line naming the problem.
    public var message: String
    /// Where it is; `nil` only for `unreadable`.
    public var location: SourceLocation?

    /// Creates an error.
    public init(_ kind: Kind, _ message: String, at location: SourceLocation?) {
        self.kind = kind
        self.message = message
        self.location = location
    }

    /// The error as a compiler-format diagnostic.
    public var diagnostic: Diagnostic { Diagnostic(.error, message, at: location, id: kind.id) }

    /// The error in the compiler format.
    public var description: String { diagnostic.description }
}
