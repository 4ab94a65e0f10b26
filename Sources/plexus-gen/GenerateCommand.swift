public import ArgumentParser
import Diagnostics
import Foundation
import Resolver
import SwiftEmitter
import YAMLLoader

/// `plexus-gen generate`: write the Swift SDK for a document.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Generate Swift models, a client and server stubs for an OpenAPI document.",
        discussion: """
            Writes into the output directory: Types.swift (Codable, Hashable, Sendable models for every schema; \
            Types-1.swift, Types-2.swift, ... of even size for large documents); \
            in mode `client`, Client.swift (one async method per operation returning the success body, plus a \
            full-response form, over any swift-openapi-runtime ClientTransport); in mode `server`, Server.swift \
            (a protocol with one method per operation and registerHandlers(on:) for any ServerTransport). Both \
            come with Operations.swift, each operation's typed Input and Output, and, when the document has \
            webhooks or callbacks, Webhooks.swift, WebhookReceiver.swift, WebhookSender.swift and the same for \
            Callbacks (a receiver protocol served like the stubs, a sender that sends to the URL it is given). \
            Clients and servers need the PlexusRuntime, OpenAPIRuntime and HTTPTypes modules.

            Files are written atomically and only when their content changed; when the document has errors \
            nothing is written. Settings come from options, then from plexus-gen.yaml in the current directory \
            (keys: output, modes, numberType, accessModifier, templates, filter, typeNames, typeOverrides), then \
            from the defaults.

            Request bodies may be JSON, form-urlencoded or multipart (of an object schema), text, binary or a \
            stream; an operation whose body is none of these is left out of the client and the server with a \
            warning. Event streams, JSON Lines and JSON Sequences are ItemStreams read and written item by item, \
            binary bodies HTTPBody byte streams: nothing streamed is collected in memory.
            """
    )

    @Argument(help: "The OpenAPI document.")
    var spec: String = "openapi.yaml"

    @Option(help: "Output directory (default: Generated).")
    var output: String?

    @Option(help: "What to generate (repeatable): types, client, server (default: the config's modes, else types).")
    var mode: [String] = []

    @Option(help: "A directory of .mustache templates that replace the built-in ones of the same name.")
    var templates: String?

    @Option(help: "Swift type for `type: number` without format: double or decimal.")
    var numberType: EmitterOptions.NumberType?

    @Option(help: "Access level of the generated declarations: public, package or internal.")
    var access: EmitterOptions.AccessModifier?

    @Option(
        help: ArgumentHelp(
            "What the generated structs and unions conform to beyond Codable and Sendable: hashable (default), "
                + "equatable or none. Synthesized == and hash(into:) are about a fifth of the SDK's compile time.",
            valueName: "conformance"))
    var modelConformance: EmitterOptions.ModelConformance?

    @Option(help: "The config file (default: plexus-gen.yaml in the current directory, if present).")
    var config: String?

    @OptionGroup var input: InputOptions

    @Flag(help: "Write nothing; exit 1 and list the files that differ from what would be generated.")
    var check = false

    @Flag(help: "Ignore plexus-gen.yaml in the current directory (the build plugin passes its own --config).")
    var noConfig = false

    @Flag(help: "Keep all models in Types.swift, however many (default: files of even size for large documents).")
    var singleTypesFile = false

    @Option(
        name: .customLong("types-files"),
        help: ArgumentHelp(
            "Spread the models over exactly N files, Types-1.swift ... Types-N.swift, each type in the file a stable "
                + "hash of its name picks (a file may hold none); the build plugin uses 8. The file set is then fixed: "
                + "with a client or server, the webhook and callback files are written even when empty.",
            valueName: "N"))
    var typesFiles: Int?

    @Flag(help: StrictMode.help)
    var strict = false

    func validate() throws {
        if output?.isEmpty == true { throw ValidationError("--output must name a directory") }
        if let typesFiles, typesFiles < 1 || typesFiles > 1000 {
            throw ValidationError("--types-files must be between 1 and 1000")
        }
        if typesFiles != nil, singleTypesFile {
            throw ValidationError("--types-files and --single-types-file cannot be used together")
        }
    }

    func run() throws {
        let settings = try loadConfig()
        for requested in mode where !GeneratorConfig.supportedModes.contains(requested) {
            printToStandardError(
                "error: mode '\(requested)' is not supported yet; supported: "
                    + GeneratorConfig.supportedModes.joined(separator: ", "))
            throw ExitCode(2)
        }
        var resolverOptions = input.resolverOptions
        resolverOptions.typeNames = settings.typeNames
        resolverOptions.typeOverrides = settings.typeOverrides
        let result = APIResolver.resolve(contentsOf: spec, options: resolverOptions)
        let diagnostics = StrictMode.apply(result.diagnostics, strict: strict)
        let shown = diagnostics.filter { $0.severity >= .warning }
        for diagnostic in shown { printToStandardError(diagnostic.description) }
        if diagnostics.contains(where: { $0.id == .yamlUnreadable }) { throw ExitCode(2) }
        guard let api = result.api, !diagnostics.contains(where: { $0.severity == .error }) else {
            printToStandardError("\(spec): not generated because of errors; nothing was written")
            throw ExitCode(1)
        }
        var options = settings.emitterOptions(spec: spec, numberType: numberType, access: access)
        if let conformance = modelConformance ?? settings.modelConformance { options.modelConformance = conformance }
        if singleTypesFile { options.typeFiles = .single }
        if let typesFiles { options.typeFiles = .fixed(typesFiles) }
        let renderer: TemplateRenderer
        do {
            renderer = try TemplateRenderer(overrides: templates ?? settings.templates)
        } catch {
            printToStandardError(error.description)
            throw ExitCode(2)
        }
        let modes = Set((mode.isEmpty ? settings.modes ?? ["types"] : mode).compactMap(GenerationMode.init(rawValue:)))
        let generated = Generator.generate(api, modes: modes, options: options, renderer: renderer)
        let generationDiagnostics = StrictMode.apply(generated.diagnostics, strict: strict)
        for diagnostic in generationDiagnostics { printToStandardError(diagnostic.description) }
        if generationDiagnostics.contains(where: { $0.severity == .error }) {
            printToStandardError("\(spec): not generated because of errors (--strict); nothing was written")
            throw ExitCode(1)
        }
        let files = generated.files
        let writer = GeneratedFilesWriter(directory: output ?? settings.output ?? "Generated")
        if check {
            let differing = writer.differences(files)
            for path in differing { print("\(path): differs from what plexus-gen would generate") }
            if !differing.isEmpty { throw ExitCode(1) }
            print("\(files.count) file(s) up to date")
            return
        }
        do {
            let written = try writer.write(files)
            print(written.isEmpty ? "\(files.count) file(s) up to date" : written.joined(separator: "\n"))
        } catch {
            printToStandardError("error: \(error.description); nothing was written")
            throw ExitCode(1)
        }
    }

    private func loadConfig() throws -> GeneratorConfig {
        let path = config ?? GeneratorConfig.fileName
        guard config != nil || (!noConfig && FileManager.default.fileExists(atPath: path)) else {
            return GeneratorConfig()
        }
        do {
            return try GeneratorConfig.load(path)
        } catch {
            printToStandardError(error.description)
            throw ExitCode(2)
        }
    }
}

extension EmitterOptions.NumberType: ExpressibleByArgument {}
extension EmitterOptions.AccessModifier: ExpressibleByArgument {}
extension EmitterOptions.ModelConformance: ExpressibleByArgument {}
