public import Resolver

/// Renders a client for the operations of a resolved API: `Client.swift`.
public struct ClientEmitter: Sendable {
    public var options: EmitterOptions
    public var renderer: TemplateRenderer

    /// An operation left out of the client, with the reason, for a warning at its source location.
    public struct SkippedOperation: Sendable {
        public var operation: ResolvedOperation
        public var reason: String
    }

    /// Creates an emitter.
    public init(options: EmitterOptions, renderer: TemplateRenderer) {
        self.options = options
        self.renderer = renderer
    }

    /// The client file and the operations it could not include.
    public struct Output: Sendable {
        public var files: [GeneratedFile]
        public var skipped: [SkippedOperation]
    }

    /// The client for the operations the options select.
    public func emit(_ api: ResolvedAPI) -> Output {
        let operations = api.operations.filter {
            options.operationFilter?.includes($0) ?? true
        }
        let mapping = SwiftTypeMapping(options: options, api: api)
        let builder = ClientBuilder(
            mapping: mapping, api: api, access: options.accessModifier.rawValue,
            names: OperationNames(api: api, mapping: mapping))
        let (model, skipped) = builder.build(operations)
        var client = renderer.render(model, template: "Client")
        if client.hasSuffix("\n") { client.removeLast() }
        let access = options.accessModifier
        // HTTPTypes is used only inside method bodies, so its import never needs the declarations' access level.
        let imports = ["Foundation", "HTTPTypes", "OpenAPIRuntime", "PlexusRuntime"].map {
            access == .internal || $0 == "HTTPTypes" ? "import \($0)" : "\(access.rawValue) import \($0)"
        }
        let file = FileViewModel(source: options.sourceName, imports: imports, declarations: [client])
        return Output(
            files: [GeneratedFile(path: "Client.swift", contents: renderer.render(file, template: "File"))],
            skipped: skipped.map { SkippedOperation(operation: $0.operation, reason: $0.reason) })
    }
}
