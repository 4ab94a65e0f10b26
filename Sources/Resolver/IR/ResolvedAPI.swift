public import Diagnostics
public import OpenAPIModel
public import YAMLLoader

/// Everything the emitters and the linter need, computed once: the API's named types, its operations with
/// references followed, and every diagnostic found on the way.
public struct ResolvedAPI: Sendable {
    /// Named types sorted by name.
    public var types: [NamedType] {
        didSet { typeIndex = Self.index(types) }
    }
    /// Operations in document order (paths, then methods as written).
    public var operations: [ResolvedOperation]
    /// 3.1 webhooks, by webhook name.
    public var webhooks: [(name: String, operations: [ResolvedOperation])]
    /// Security schemes of `components.securitySchemes`, in document order.
    public var securitySchemes: [ResolvedSecurityScheme]
    /// The document's top-level servers.
    public var servers: [ResolvedServer]
    /// Every file that was read, root first, as the user would name them.
    public var files: [String]

    /// Positions in `types` by name: emitters look types up by name for every mention of one.
    private var typeIndex: [String: Int]

    /// Creates a resolved API.
    public init(
        types: [NamedType], operations: [ResolvedOperation],
        webhooks: [(name: String, operations: [ResolvedOperation])], securitySchemes: [ResolvedSecurityScheme],
        servers: [ResolvedServer], files: [String]
    ) {
        self.types = types
        self.operations = operations
        self.webhooks = webhooks
        self.securitySchemes = securitySchemes
        self.servers = servers
        self.files = files
        typeIndex = Self.index(types)
    }

    private static func index(_ types: [NamedType]) -> [String: Int] {
        var index = [String: Int](minimumCapacity: types.count)
        for (position, type) in types.enumerated() where index[type.name] == nil { index[type.name] = position }
        return index
    }

    /// The named type called `name`, found in O(1).
    public func type(named name: String) -> NamedType? {
        typeIndex[name].map { types[$0] }
    }

    /// The operation whose Swift name is `name`.
    public func operation(named name: String) -> ResolvedOperation? {
        operations.first { $0.name == name }
    }
}

/// The result of resolving: the API when the root document could be read, and every diagnostic.
public struct ResolutionResult: Sendable {
    /// The resolved API; `nil` when the root document could not be read or decoded.
    public var api: ResolvedAPI?
    /// Every diagnostic of loading, decoding and resolving, sorted for output.
    public var diagnostics: [Diagnostic]
    /// The files read and where each reference followed leads; empty when the document could not be resolved.
    public var references = ReferenceView()
    /// The document as resolved when it differs from the one given: with `$ref`s where OpenAPI allows none
    /// followed (its tree and its decoding); `nil` when the given document was resolved as it was.
    public var readDocument: (yaml: YAMLDocument, document: OpenAPIDocument)? = nil

    /// True when any diagnostic is an error.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
