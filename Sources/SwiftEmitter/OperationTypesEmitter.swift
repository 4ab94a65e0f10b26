public import Resolver

/// Renders `Operations.swift`: each operation's `Input` and `Output`, used by the client's full-response methods
/// and by the server stubs.
public struct OperationTypesEmitter: Sendable {
    public var options: EmitterOptions
    public var renderer: TemplateRenderer

    public init(options: EmitterOptions, renderer: TemplateRenderer) {
        self.options = options
        self.renderer = renderer
    }

    /// The file, and the operations it leaves out because generated code cannot carry them yet.
    public func emit(_ api: ResolvedAPI) -> ClientEmitter.Output {
        let operations = OperationPlans(api: api, options: options)
        let builder = OperationTypesBuilder(
            coding: operations.coding, names: operations.names, access: options.accessModifier.rawValue)
        let file = OperationPlans.file(
            "Operations.swift", model: builder.build(operations.plans), template: "Operations",
            imports: ["Foundation", "HTTPTypes", "PlexusRuntime"], publicly: ["Foundation", "HTTPTypes", "PlexusRuntime"],
            options: options, renderer: renderer)
        return ClientEmitter.Output(files: [file], skipped: operations.skipped)
    }
}
