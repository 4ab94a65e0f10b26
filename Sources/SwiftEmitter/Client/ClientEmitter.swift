public import Resolver

/// Renders a client for the operations of a resolved API: `Client.swift`.
public struct ClientEmitter: Sendable {
    /// How the code is generated (number type, access level, filter, overrides).
    public var options: EmitterOptions
    /// The templates the client is rendered through.
    public var renderer: TemplateRenderer

    /// An operation left out of the client, with the reason, for a warning at its source location.
    public struct SkippedOperation: Sendable {
        /// The operation left out.
        public var operation: ResolvedOperation
        /// Why, in words for a warning.
        public var reason: String
    }

    /// Creates an emitter.
    public init(options: EmitterOptions, renderer: TemplateRenderer) {
        self.options = options
        self.renderer = renderer
    }

    /// The client file and the operations it could not include.
    public struct Output: Sendable {
        /// `Client.swift`.
        public var files: [GeneratedFile]
        /// The operations left out, each with the reason.
        public var skipped: [SkippedOperation]
    }

    /// The client for the operations the options select.
    public func emit(_ api: ResolvedAPI) -> Output {
        let plans = OperationPlans(api: api, options: options, renderer: renderer)
        let output = emit(api, plans: plans)
        return Output(files: output.files, skipped: plans.skipped + output.skipped)
    }

    /// `emit(_:)` with the operations already planned (`Generator` plans them once for every emitter); `skipped`
    /// holds only the planned operations the client cannot call, not those the plans set aside.
    func emit(_ api: ResolvedAPI, plans operations: OperationPlans) -> Output {
        let builder = ClientBuilder(
            coding: operations.coding, names: operations.names, access: options.accessModifier.rawValue)
        let (model, skipped) = builder.build(operations.plans)
        // HTTPTypes is used only inside method bodies, so its import never needs the declarations' access level.
        let file = OperationPlans.file(
            operations.names.surface.fileNames.sender, model: model, template: "Client",
            imports: ["Foundation", "HTTPTypes", "OpenAPIRuntime", "PlexusRuntime"],
            publicly: ["Foundation", "OpenAPIRuntime", "PlexusRuntime"], options: options, renderer: renderer)
        return Output(files: [file], skipped: skipped)
    }
}
