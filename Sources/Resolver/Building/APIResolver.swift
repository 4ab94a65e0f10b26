internal import Diagnostics
public import OpenAPIModel
public import YAMLLoader

/// Options of a resolution.
public struct ResolverOptions: Sendable {
    /// The directory references may not leave. `nil`: the current directory when it contains the document,
    /// otherwise the document's own directory.
    public var allowedRoot: String?
    /// Bounds on every file read (size) and loaded (nesting, aliases).
    public var limits: YAMLLoaderLimits
    /// Swift names the configuration gives component schemas: claimed before any name the resolver derives, so a
    /// schema that would take the same name gets a suffix and a `name-collision` warning.
    public var typeNames: [ConfiguredTypeName]
    /// Schemas the configuration replaces by existing Swift types; the resolver only checks they exist.
    public var typeOverrides: [ConfiguredTypeName]

    /// Creates options.
    public init(
        allowedRoot: String? = nil, limits: YAMLLoaderLimits = .default, typeNames: [ConfiguredTypeName] = [],
        typeOverrides: [ConfiguredTypeName] = []
    ) {
        self.allowedRoot = allowedRoot
        self.limits = limits
        self.typeNames = typeNames
        self.typeOverrides = typeOverrides
    }
}

/// Stage 3: reads a document, follows every reference (into other files too), and builds the named-type IR.
public enum APIResolver {
    /// Loads, decodes and resolves the document at `path`.
    ///
    /// - Parameters:
    ///   - path: the root document; references are resolved relative to it.
    ///   - displayName: how diagnostics name the root file (and, relative to it, referenced files); defaults
    ///     to `path`.
    ///   - options: resolution options.
    public static func resolve(
        contentsOf path: String, displayName: String? = nil, options: ResolverOptions = ResolverOptions()
    ) -> ResolutionResult {
        let yaml: YAMLDocument
        do {
            yaml = try DocumentLoader(limits: options.limits).load(contentsOf: path, displayName: displayName)
        } catch {
            return ResolutionResult(api: nil, diagnostics: [error.diagnostic])
        }
        return resolve(yaml, path: path, options: options)
    }

    /// Resolves an already loaded document; `path` locates the files its references name, and `yaml.file` is
    /// how diagnostics name it.
    public static func resolve(_ yaml: YAMLDocument, path: String, options: ResolverOptions = ResolverOptions())
        -> ResolutionResult
    {
        resolve(OpenAPIDecoder.decode(yaml), yaml: yaml, path: path, options: options)
    }

    /// Resolves a document that was already decoded from `yaml`.
    public static func resolve(
        _ decoded: DecodedDocument, yaml: YAMLDocument, path: String, options: ResolverOptions = ResolverOptions()
    ) -> ResolutionResult {
        // Following references recurses as deep as the chains of references the document has.
        LargeStack.run(releasingAfterwards: { resolveOnThisStack(decoded, yaml: yaml, path: path, options: options) })
    }

    /// The resolution, and the builders that made it (their caches and indexes are released on the large stack's
    /// thread once the caller has the result).
    private static func resolveOnThisStack(
        _ decoded: DecodedDocument, yaml: YAMLDocument, path: String, options: ResolverOptions
    ) -> (result: ResolutionResult, leftovers: [AnyObject]) {
        guard var document = decoded.document else {
            return (ResolutionResult(api: nil, diagnostics: decoded.diagnostics), [])
        }
        let diagnostics = DiagnosticCollector()
        let documents = DocumentSet(
            rootPath: path, rootYAML: yaml, rootComponents: document.components, allowedRoot: options.allowedRoot,
            limits: options.limits, diagnostics: diagnostics)
        var read: (yaml: YAMLDocument, document: OpenAPIDocument)?
        var current = (yaml: yaml, decoded: decoded)
        let splicer = ReferenceSplicer(documents: documents, rootAbsolutePath: documents.rootAbsolutePath)
        var spliceWarnings: [Diagnostic] = []
        // `$ref`s where OpenAPI allows none are followed and the tree with their targets decoded again; a target may
        // hold such a `$ref` itself, so this goes on for a few rounds.
        for _ in 0..<ReferenceSplicer.maximumRounds where !current.decoded.unexpectedReferences.isEmpty {
            guard
                let spliced = splicer.spliced(
                    current.yaml, places: current.decoded.unexpectedReferences, limits: options.limits)
            else { break }
            spliceWarnings += spliced.diagnostics
            let redecoded = OpenAPIDecoder.decode(spliced.yaml)
            guard let splicedDocument = redecoded.document else {
                diagnostics.report(contentsOf: spliceWarnings + redecoded.diagnostics)
                return (
                    ResolutionResult(api: nil, diagnostics: Diagnostic.sortedForOutput(diagnostics.diagnostics)),
                    [documents]
                )
            }
            document = splicedDocument
            documents.replaceRoot(spliced.yaml, components: document.components)
            current = (spliced.yaml, redecoded)
            read = (spliced.yaml, document)
        }
        diagnostics.report(contentsOf: spliceWarnings + current.decoded.diagnostics)
        let types = TypeBuilder(
            documents: documents, version: document.version,
            diagnostics: diagnostics)
        for configured in options.typeNames + options.typeOverrides
        where document.components.schemas[configured.schema] == nil {
            diagnostics.report(
                Diagnostic(
                    .warning,
                    "the configuration names schema '\(configured.schema)', which the document does not declare",
                    at: configured.location, id: .configUnknownSchema))
        }
        for configured in options.typeNames {
            guard let entry = document.components.schemas.entry(configured.schema) else { continue }
            types.claimConfiguredName(configured, file: documents.rootAbsolutePath, schemaLocation: entry.keyLocation)
        }
        for entry in document.components.schemas {
            types.declareComponent(
                entry.key, entry.value, file: documents.rootAbsolutePath, location: entry.keyLocation)
        }
        let operations = OperationBuilder(documents: documents, types: types, document: document)
        var resolvedOperations = operations.operations()
        var webhooks = operations.webhooks()
        let schemes = operations.securitySchemes()
        let servers = operations.resolvedServers(document.servers)
        var named = Self.sortedByName(types.takeTypes())
        let graph = TypeGraph(named)
        for cycle in graph.aliasCycles() {
            diagnostics.report(Self.aliasCycleError(cycle.map { named[$0] }))
        }
        graph.markCycles(&named)
        ConstraintCompletion.complete(&named, operations: &resolvedOperations, webhooks: &webhooks)
        let api = ResolvedAPI(
            types: named, operations: resolvedOperations,
            webhooks: webhooks, securitySchemes: schemes, servers: servers, files: documents.loadOrder)
        return (
            ResolutionResult(
                api: api, diagnostics: Diagnostic.sortedForOutput(diagnostics.diagnostics), references: documents.view,
                readDocument: read),
            [types, operations, documents, diagnostics]
        )
    }

    /// The error for aliases that only refer to each other, at the first of them; a long cycle is named by its
    /// first members and its length, not by every member on one line.
    private static func aliasCycleError(_ members: [NamedType]) -> Diagnostic {
        let names = members.map { "'\($0.originalName)'" }
        let message: String
        if names.count == 1 {
            message = "schema \(names[0]) is only a reference to itself, so it describes no value"
        } else {
            let shown = names.count > maximumCycleMembersShown ? names.prefix(maximumCycleMembersShown) : names[...]
            let omitted = names.count - shown.count
            let path = (shown + (omitted > 0 ? ["… \(omitted) more …"] : []) + [names[0]]).joined(separator: " → ")
            message = "schemas \(path) only refer to each other, so they describe no value"
        }
        // Every member is named where it is written (a note each), so the cycle can be broken at any of them;
        // a cycle longer than any written by hand (a hostile document's, of thousands) is noted up to a bound.
        let noted = members.prefix(maximumCycleMembersNoted).enumerated().map { index, member in
            let next = members[(index + 1) % members.count]
            return RelatedLocation(
                "'\(member.originalName)' is only a reference to '\(next.originalName)'", at: member.location)
        }
        return Diagnostic(.error, message, at: members[0].location, id: .refCycle, related: noted)
    }

    /// The members of a reference cycle noted with their places.
    static let maximumCycleMembersNoted = 64

    /// The members of a reference cycle a message names before it says how many more there are.
    static let maximumCycleMembersShown = 8

    /// The types in name order. The names are sorted, not the types: a sort moves its elements many times, and a
    /// name is one word where a `NamedType` is dozens.
    private static func sortedByName(_ types: [String: NamedType]) -> [NamedType] {
        types.keys.sorted().compactMap { types[$0] }
    }
}
