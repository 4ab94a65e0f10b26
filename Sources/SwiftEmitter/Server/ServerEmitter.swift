public import Resolver

/// Renders `Server.swift`: the protocol a server implements, one method per operation, and
/// `registerHandlers(on:serverURL:middlewares:maximumBodySize:rejection:)` for any swift-openapi-runtime `ServerTransport`.
public struct ServerEmitter: Sendable {
    /// How the server stubs are generated (number type, access level, filter).
    public var options: EmitterOptions
    /// The templates the server stubs are rendered through.
    public var renderer: TemplateRenderer

    /// Creates an emitter.
    public init(options: EmitterOptions, renderer: TemplateRenderer) {
        self.options = options
        self.renderer = renderer
    }

    /// The file, and the operations it leaves out because generated code cannot carry them yet.
    public func emit(_ api: ResolvedAPI) -> ClientEmitter.Output {
        emit(api, plans: OperationPlans(api: api, options: options, renderer: renderer))
    }

    /// `emit(_:)` with the operations already planned: `Generator` plans them once for every emitter.
    func emit(_ api: ResolvedAPI, plans operations: OperationPlans) -> ClientEmitter.Output {
        let builder = ServerBuilder(
            coding: operations.coding, names: operations.names, access: options.accessModifier.rawValue)
        let file = OperationPlans.file(
            operations.names.surface.fileNames.receiver, model: builder.build(operations.plans), template: "Server",
            imports: ["Foundation", "HTTPTypes", "OpenAPIRuntime", "PlexusRuntime"],
            publicly: ["Foundation", "OpenAPIRuntime", "PlexusRuntime"],
            options: options, renderer: renderer)
        return ClientEmitter.Output(files: [file], skipped: operations.skipped)
    }
}
