public import Diagnostics
public import OpenAPIModel

/// Everything the emitters and the linter need, computed once: the API's named types, its operations with
/// references followed, and every diagnostic found on the way.
public struct ResolvedAPI: Sendable {
    /// The root document as written.
    public var document: OpenAPIDocument
    /// Named types sorted by name.
    public var types: [NamedType]
    /// Operations in document order (paths, then methods as written).
    public var operations: [ResolvedOperation]
    /// 3.1 webhooks, by webhook name.
    public var webhooks: [(name: String, operations: [ResolvedOperation])]
    public var securitySchemes: [ResolvedSecurityScheme]
    public var servers: [ResolvedServer]
    /// Every file that was read, root first, as the user would name them.
    public var files: [String]

    /// The named type called `name`.
    public func type(named name: String) -> NamedType? {
        types.first { $0.name == name }
    }

    /// The operation whose Swift name is `name`.
    public func operation(named name: String) -> ResolvedOperation? {
        operations.first { $0.name == name }
    }
}

/// The result of resolving: the API when the root document could be read, and every diagnostic.
public struct ResolutionResult: Sendable {
    public var api: ResolvedAPI?
    public var diagnostics: [Diagnostic]

    /// True when any diagnostic is an error.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
