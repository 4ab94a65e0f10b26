import Foundation
import PackagePlugin

/// `swift package plexus-gen-generate [--target NAME ...]`: writes the SDK of each target's `openapi.yaml` into
/// that target's `Generated/` folder, for teams that commit generated code. Only files plexus-gen generated (they
/// carry its header) are ever replaced or removed.
@main
struct PlexusGenCommand: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        var extractor = ArgumentExtractor(arguments)
        let named = extractor.extractOption(named: "target")
        guard extractor.remainingArguments.isEmpty else {
            throw PlexusGenInputs.Problem(
                description: "unexpected arguments \(extractor.remainingArguments); usage: swift package "
                    + "plexus-gen-generate [--target NAME ...]")
        }
        let targets = named.isEmpty ? context.package.targets : try context.package.targets(named: named)
        let tool = try context.tool(named: "plexus-gen")
        var generated = 0
        for case let target as SourceModuleTarget in targets {
            guard let inputs = try PlexusGenInputs(targetName: target.name, files: target.sourceFiles.map(\.url)) else {
                if !named.isEmpty { throw PlexusGenInputs.missing(targetName: target.name) }
                continue
            }
            let output = target.directoryURL.appendingPathComponent("Generated")
            let process = Process()
            process.executableURL = tool.url
            process.arguments = inputs.arguments(
                output: output, referenceRoot: target.directoryURL, fixedTypesFiles: false)
            try process.run()
            process.waitUntilExit()
            guard process.terminationStatus == 0 else {
                throw PlexusGenInputs.Problem(
                    description: "plexus-gen failed for target '\(target.name)' (exit \(process.terminationStatus))")
            }
            generated += 1
        }
        if generated == 0 {
            throw PlexusGenInputs.Problem(
                description: "no target of this package has an openapi.yaml, openapi.yml or openapi.json")
        }
    }
}
