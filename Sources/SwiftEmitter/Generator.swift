public import Diagnostics
public import Resolver

/// What `Generator` writes: the models, the client, the server stubs (the operation types come with either).
public enum GenerationMode: String, Sendable, Hashable, CaseIterable {
    /// `Types.swift` (or `Types-1.swift`, `Types-2.swift`, … for large documents): one Swift type per schema.
    case types
    /// `Operations.swift` and `Client.swift`.
    case client
    /// `Operations.swift` and `Server.swift`.
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
    /// Generates the files of `modes` for `api`.
    public static func generate(
        _ api: ResolvedAPI, modes: Set<GenerationMode>, options: EmitterOptions, renderer: TemplateRenderer
    ) -> GenerationResult {
        var files: [GeneratedFile] = []
        if modes.contains(.types) { files += ModelEmitter(options: options, renderer: renderer).emit(api) }
        let sides = [GenerationMode.client, .server].filter(modes.contains)
        guard !sides.isEmpty else { return GenerationResult(files: files, diagnostics: renderer.diagnostics) }
        let plans = OperationPlans(api: api, options: options, renderer: renderer)
        files += OperationTypesEmitter(options: options, renderer: renderer).emit(api, plans: plans).files
        let leftOutOfAll = sides.map(\.rawValue).joined(separator: " and the ")
        var diagnostics = renderer.diagnostics + plans.skipped.map { skipped($0, from: leftOutOfAll) }
        if modes.contains(.client) {
            let client = ClientEmitter(options: options, renderer: renderer).emit(api, plans: plans)
            files += client.files
            // Operations the plans kept but the client cannot call after all; the server stubs still carry them.
            diagnostics += client.skipped.map { skipped($0, from: "client") }
        }
        if modes.contains(.server) {
            files += ServerEmitter(options: options, renderer: renderer).emit(api, plans: plans).files
        }
        return GenerationResult(files: files, diagnostics: Diagnostic.sortedForOutput(diagnostics))
    }

    /// The warning for an operation the generated code leaves out of `sides` ("client and the server").
    private static func skipped(_ skipped: ClientEmitter.SkippedOperation, from sides: String) -> Diagnostic {
        Diagnostic(
            .warning, "operation '\(skipped.operation.name)' is left out of the \(sides): \(skipped.reason)",
            at: skipped.operation.location, id: .operationSkipped)
    }
}
