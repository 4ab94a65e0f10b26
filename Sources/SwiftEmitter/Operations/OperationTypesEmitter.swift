public import Resolver

/// Renders `Operations.swift`: each operation's `Input` and `Output`, used by the client's full-response methods
/// and by the server stubs.
public struct OperationTypesEmitter: Sendable {
    /// How the operation types are generated (number type, access level, filter).
    public var options: EmitterOptions
    /// The templates the operation types are rendered through.
    public var renderer: TemplateRenderer
    /// Whether the client uses the types: each `Output` reads itself from a response.
    public var forClient: Bool
    /// Whether server stubs use the types: each operation gets its `Input` (the client takes arguments instead),
    /// and each `Output` writes itself as a response. Code one side does not call is left out, since the compiler
    /// would build it for nothing (an `Input` is a struct of every parameter, with copy code for all of them).
    public var forServer: Bool

    /// Creates an emitter of the types both sides use.
    public init(options: EmitterOptions, renderer: TemplateRenderer, forClient: Bool = true, forServer: Bool = true) {
        self.options = options
        self.renderer = renderer
        self.forClient = forClient
        self.forServer = forServer
    }

    /// The file, and the operations it leaves out because generated code cannot carry them yet.
    public func emit(_ api: ResolvedAPI) -> ClientEmitter.Output {
        emit(api, plans: OperationPlans(api: api, options: options, renderer: renderer))
    }

    /// `emit(_:)` with the operations already planned: `Generator` plans them once for every emitter.
    func emit(_ api: ResolvedAPI, plans operations: OperationPlans) -> ClientEmitter.Output {
        let builder = OperationTypesBuilder(
            coding: operations.coding, names: operations.names, access: options.accessModifier.rawValue,
            forServer: forServer, forClient: forClient)
        // Foundation is public only when an input or output uses one of its types (Data, Date, UUID, URL, Decimal).
        var types: [TypeRef] = []
        var bodies: [OperationCoding.Payload] = []
        for plan in operations.plans {
            // Parameters and the request body are in `Input`, which only server stubs get.
            if forServer {
                types += plan.parameters.map(\.type)
                types += (plan.operation.requestBody?.contents ?? []).compactMap(Self.bodyType)
                if let body = plan.body { bodies.append(body.payload) }
            }
            types += plan.responses.flatMap { $0.headers.map(\.type) }
            types += plan.operation.responses.flatMap { $0.contents.compactMap(Self.bodyType) }
            bodies += plan.responses.compactMap(\.payload)
        }
        let foundation = PublicTypeUsage(types: types, options: options).foundation
        // `HTTPBody` and the server-sent event types of streamed bodies are OpenAPIRuntime's.
        let streams = bodies.contains {
            switch $0 {
            case .bytes, .events: true
            default: false
            }
        }
        var imports = ["Foundation", "HTTPTypes", "PlexusRuntime"]
        if streams { imports.insert("OpenAPIRuntime", at: 2) }
        let file = OperationPlans.file(
            operations.names.surface.fileNames.types, model: builder.build(operations.plans), template: "Operations",
            imports: imports,
            // With no operations, no public declaration uses these modules: a public import would be a warning.
            publicly: operations.plans.isEmpty ? [] : Set(imports.filter { $0 != "Foundation" || foundation }),
            options: options, renderer: renderer)
        return ClientEmitter.Output(files: [file], skipped: operations.skipped)
    }

    /// The type a body of `content` shows in Swift: its item type when it streams (a binary stream is `HTTPBody`,
    /// whatever its schema), else its schema's type.
    private static func bodyType(_ content: ResolvedContent) -> TypeRef? {
        content.encoding.streams ? content.itemType : content.type
    }
}
