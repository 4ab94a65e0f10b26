import Foundation
import PackagePlugin

/// Generates the Swift SDK of the target's `openapi.yaml` at build time: runs `plexus-gen generate` into the
/// plugin work directory and hands the files to the compiler. The build system reruns it only when the spec, the
/// config, another YAML/JSON file of the target (external `$ref`s) or a template override changes.
@main
struct PlexusGenPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: any Target) async throws -> [Command] {
        guard let target = target as? SourceModuleTarget else { return [] }
        guard let inputs = try PlexusGenInputs(targetName: target.name, files: target.sourceFiles.map(\.url)) else {
            throw PlexusGenInputs.missing(targetName: target.name)
        }
        let output = context.pluginWorkDirectoryURL.appendingPathComponent("GeneratedSources")
        return [
            .buildCommand(
                displayName: "plexus-gen: generating \(inputs.modes.joined(separator: ", ")) from "
                    + "\(inputs.spec.lastPathComponent) for target \(target.name)",
                executable: try context.tool(named: "plexus-gen").url,
                arguments: inputs.arguments(
                    output: output, referenceRoot: target.directoryURL, fixedTypesFiles: true),
                inputFiles: inputs.inputFiles,
                outputFiles: inputs.outputFiles(in: output))
        ]
    }
}
