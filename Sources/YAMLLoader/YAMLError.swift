public import Diagnostics

/// Why a YAML file could not be loaded. Every case but `unreadable` points at a line and column.
public struct YAMLError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The kinds of failure, each with a stable diagnostic id.
    public enum Kind: String, Sendable, Hashable {
        case unreadable = "yaml-unreadable"
        case encoding = "yaml-encoding"
        case syntax = "yaml-syntax"
        case duplicateKey = "yaml-duplicate-key"
        case undefinedAlias = "yaml-undefined-alias"
        case multipleDocuments = "yaml-multiple-documents"
        case emptyDocument = "yaml-empty"
        case aliasBudget = "yaml-alias-budget"
        case depthLimit = "yaml-depth-limit"
        case invalidMerge = "yaml-invalid-merge"
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
    public var diagnostic: Diagnostic { Diagnostic(.error, message, at: location, id: kind.rawValue) }

    public var description: String { diagnostic.description }
}
