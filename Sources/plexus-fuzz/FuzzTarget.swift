import Diagnostics
import Linter
import OpenAPIModel
import Resolver
import SwiftEmitter
import YAMLLoader

/// One input through every stage a document reaches: load, decode, resolve, lint, and all four emitters. Whatever
/// the bytes, this must return; a crash, a trap or a hang is a bug the fuzzer reports.
enum FuzzTarget {
    /// References may reach nothing on disk: the allowed root does not exist.
    static let options = ResolverOptions(allowedRoot: "/nonexistent-plexus-fuzz-root")
    static let renderer = try? TemplateRenderer()

    static func run(_ bytes: [UInt8]) {
        guard let yaml = try? DocumentLoader().load(bytes: bytes, file: "fuzz.yaml") else { return }
        let decoded = OpenAPIDecoder.decode(yaml)
        let resolved = APIResolver.resolve(
            decoded, yaml: yaml, path: "/nonexistent-plexus-fuzz-root/fuzz.yaml", options: options)
        _ = Linter(resolverOptions: options).lint(yaml, path: "/nonexistent-plexus-fuzz-root/fuzz.yaml")
        guard let api = resolved.api, let renderer else { return }
        for numberType in [EmitterOptions.NumberType.double, .decimal] {
            let emitterOptions = EmitterOptions(numberType: numberType)
            _ = Generator.generate(
                api, modes: Set(GenerationMode.allCases), options: emitterOptions, renderer: renderer)
        }
    }
}
