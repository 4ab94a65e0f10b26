public import Diagnostics
public import Resolver

/// What `Generator` writes: the models, the client, the server stubs (the operation types come with either).
public enum GenerationMode: String, Sendable, Hashable, CaseIterable {
    /// `Types.swift` (or `Types-1.swift`, `Types-2.swift`, … for large documents): one Swift type per schema.
    case types
    /// `Operations.swift` and `Client.swift`; with webhooks or callbacks in the document, their types, sender
    /// and receiver (`Webhooks.swift`, `WebhookSender.swift`, `WebhookReceiver.swift`, `Callbacks*.swift`).
    case client
    /// `Operations.swift` and `Server.swift`; webhooks and callbacks as with `client`.
    case server
}

/// The files of one generation and what the emitters have to say about them.
public struct GenerationResult: Sendable {
    /// The generated files, in a stable order.
    public var files: [GeneratedFile]
    /// Warnings about what the generated code leaves out (`operation-skipped`) and about the templates
    /// (`template-unused`), sorted for output.
    public var diagnostics: [Diagnostic]
}

/// The one entry point from a resolved API to Swift files, used by the CLI (and through it the build and command
/// plugins), the benchmark and the fuzzer.
///
/// Operations are planned once per run and shared by the operation types, the client and the server stubs.
public enum Generator {
    /// Generates the files of `modes` for `api`. Every model and each operation emitter (operation types, client,
    /// server stubs) is a unit of work, and the units render on every core; the files are the same as a serial
    /// run's.
    public static func generate(
        _ api: ResolvedAPI, modes: Set<GenerationMode>, options: EmitterOptions, renderer: TemplateRenderer
    ) -> GenerationResult {
        let models = modes.contains(.types) ? ModelEmitter(options: options, renderer: renderer).plan(api) : nil
        let sides = [GenerationMode.client, .server].filter(modes.contains)
        // The API's operations for the sides asked for; its webhooks and callbacks, when it has any, with a sender
        // and a receiver each whichever side is asked for (an app receives them, an API provider sends them, and
        // either tests with the other).
        var surfaces: [OperationPlans] = []
        if !sides.isEmpty {
            surfaces.append(OperationPlans(api: api, options: options, renderer: renderer))
            for surface in [OperationSurface.webhooks, .callbacks] {
                let plans = OperationPlans(api: api, options: options, renderer: renderer, surface: surface)
                if !plans.plans.isEmpty || !plans.skipped.isEmpty { surfaces.append(plans) }
            }
        }
        // The operation emitters first: each renders a whole file, so starting them early keeps the cores evenly
        // busy while the models, many small units, fill in around them.
        var scheduled: [(emitter: Emitter, plans: OperationPlans)] = []
        for plans in surfaces {
            let emitted: [Emitter] =
                plans.names.surface == .api
                ? [.operationTypes(forClient: modes.contains(.client), forServer: modes.contains(.server))]
                    + sides.map { $0 == .client ? Emitter.client : .server }
                : [.operationTypes(forClient: true, forServer: true), .client, .server]
            scheduled += emitted.map { ($0, plans) }
        }
        let emitters = scheduled
        let modelCount = models?.types.count ?? 0
        let units = ConcurrentWork.map(emitters.count + modelCount) { unit -> Unit in
            guard unit < emitters.count else {
                return .declaration(models?.declaration(unit - emitters.count) ?? "")
            }
            let plans = emitters[unit].plans
            switch emitters[unit].emitter {
            case .operationTypes(let forClient, let forServer):
                let emitter = OperationTypesEmitter(
                    options: options, renderer: renderer, forClient: forClient, forServer: forServer)
                return .files(emitter.emit(api, plans: plans).files, [])
            case .client:
                let client = ClientEmitter(options: options, renderer: renderer).emit(api, plans: plans)
                // Operations the plans kept but the client cannot call after all; the server stubs still carry
                // them.
                let side = plans.names.surface == .api ? "client" : plans.names.client
                return .files(client.files, client.skipped.map { skipped($0, from: side) })
            case .server:
                return .files(ServerEmitter(options: options, renderer: renderer).emit(api, plans: plans).files, [])
            }
        }
        var files: [GeneratedFile] = []
        var diagnostics = renderer.diagnostics
        for plans in surfaces {
            let leftOutOfAll =
                plans.names.surface == .api
                ? sides.map(\.rawValue).joined(separator: " and the ")
                : "\(plans.names.client) and the \(plans.names.serverProtocol)"
            diagnostics += plans.skipped.map { skipped($0, from: leftOutOfAll) }
        }
        for unit in units.prefix(emitters.count) {
            if case .files(let emitted, let notes) = unit {
                files += emitted
                diagnostics += notes
            }
        }
        if let models {
            // Model files as costly as the heaviest operation file, which the build waits for anyway.
            let heaviest =
                options.typeFiles == .bySize ? files.map { SwiftSource.codeLineCount($0.contents) }.max() ?? 0 : 0
            files.insert(
                contentsOf: models.files(units.suffix(modelCount).map(\.declaration), heaviestOtherFile: heaviest),
                at: 0)
        }
        // A fixed file layout (what a build plugin names before it runs) has the webhook and callback files too,
        // with only the header when the document has none.
        if case .fixed = options.typeFiles, !sides.isEmpty {
            for surface in [OperationSurface.webhooks, .callbacks]
            where !surfaces.contains(where: { $0.names.surface == surface }) {
                let names = surface.fileNames
                let empty = renderer.render(
                    FileViewModel(source: options.sourceName, imports: [], declarations: []), template: "File")
                files += [names.types, names.sender, names.receiver].map { GeneratedFile(path: $0, contents: empty) }
            }
        }
        return GenerationResult(files: files, diagnostics: Diagnostic.sortedForOutput(diagnostics))
    }

    /// An emitter of operation code.
    private enum Emitter {
        case operationTypes(forClient: Bool, forServer: Bool)
        case client, server
    }

    /// What one unit of work renders: an emitter's files and warnings, or one model's declaration.
    private enum Unit: Sendable {
        case files([GeneratedFile], [Diagnostic])
        case declaration(String)

        var declaration: String {
            if case .declaration(let text) = self { text } else { "" }
        }
    }

    /// The warning for an operation the generated code leaves out of `sides` ("client and the server").
    private static func skipped(_ skipped: ClientEmitter.SkippedOperation, from sides: String) -> Diagnostic {
        Diagnostic(
            .warning, "operation '\(skipped.operation.name)' is left out of the \(sides): \(skipped.reason)",
            at: skipped.operation.location, id: .operationSkipped)
    }
}
