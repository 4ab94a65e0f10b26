import Foundation
import TestSupport
import Testing

/// The example consumer package, built the way a downstream user builds it: a copy in a temporary directory that
/// depends on this checkout by path, with the build-tool plugin generating the Plexus SDK.
@Suite(.serialized) struct ExamplePackageTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let generating = "plexus-gen: generating types, client, server from openapi.yaml for target PlexusSDK"

    /// Runs `swift` with `arguments` in `directory`, stdout and stderr together, off the test pool (a build takes
    /// minutes; see `ExternalProcess.runOffThePool`).
    static func swift(_ arguments: [String], in directory: URL) async throws -> ExternalProcess {
        try await ExternalProcess.runOffThePool(["swift"] + arguments, in: directory)
    }

    /// A copy of Examples/PlexusConsumer whose spec is a file of its own and whose dependency on plexus-gen is this
    /// checkout's absolute path.
    static func copyOfExample() throws -> URL {
        let files = FileManager.default
        let directory = files.temporaryDirectory.appendingPathComponent("plexus-consumer-\(UUID().uuidString)")
        let example = repository.appendingPathComponent("Examples/PlexusConsumer")
        for relative in [
            "Package.swift", "Sources/PlexusSDK/PlexusSDK.swift", "Sources/PlexusSDK/plexus-gen.yaml",
            "Tests/PlexusSDKTests/PlexusSDKTests.swift", "Tests/PlexusSDKTests/ScriptedServer.swift",
        ] {
            let target = directory.appendingPathComponent(relative)
            try files.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try files.copyItem(at: example.appendingPathComponent(relative), to: target)
        }
        try files.copyItem(
            at: repository.appendingPathComponent("openapi.yaml"),
            to: directory.appendingPathComponent("Sources/PlexusSDK/openapi.yaml"))
        let manifest = directory.appendingPathComponent("Package.swift")
        let text = try String(contentsOf: manifest, encoding: .utf8)
        try text.replacingOccurrences(of: #"path: "../..""#, with: "path: \"\(repository.path)\"")
            .write(to: manifest, atomically: true, encoding: .utf8)
        return directory
    }

    @Test(.timeLimit(.minutes(20)))
    func theBuildPluginGeneratesOnlyWhenItsInputsChange() async throws {
        let package = try Self.copyOfExample()
        defer { try? FileManager.default.removeItem(at: package) }
        let sources = package.appendingPathComponent("Sources/PlexusSDK")
        // A YAML file beside the spec, as an external `$ref` target would be.
        try "Shared: {type: string}\n".write(
            to: sources.appendingPathComponent("components.yaml"), atomically: true, encoding: .utf8)

        let first = try await Self.swift(["build"], in: package)
        #expect(first.status == 0, "\(first.output)")
        #expect(first.output.contains(Self.generating))
        // The generated SDK (types, client, server) compiles without a warning in a package that depends on the
        // PlexusRuntime product.
        let generatedWarnings = first.output.split(separator: "\n").filter {
            $0.contains("GeneratedSources/") && $0.contains("warning:")
        }
        #expect(generatedWarnings.isEmpty, "\(generatedWarnings.joined(separator: "\n"))")
        // The models are in the eight files the build command names before it runs (some may hold no type), and
        // the webhook and callback files are there whether or not the document has any (Plexus has a callback).
        let outputs = package.appendingPathComponent(".build/plugins/outputs")
        let generatedNames = (FileManager.default.enumerator(atPath: outputs.path)?.allObjects as? [String] ?? [])
            .filter { $0.contains("GeneratedSources/") }.map { ($0 as NSString).lastPathComponent }.sorted()
        #expect(
            generatedNames
                == [
                    "CallbackReceiver.swift", "CallbackSender.swift", "Callbacks.swift", "Client.swift",
                    "Operations.swift", "Server.swift",
                ] + (1...8).map { "Types-\($0).swift" } + [
                    "WebhookReceiver.swift", "WebhookSender.swift", "Webhooks.swift",
                ],
            "\(generatedNames)")

        // SwiftPM links the plexus-gen host tool twice on a fresh build directory (once to run plugins, once for the
        // build), so the first rebuild relinks it and, the executable being an input, reruns the generator once.
        // From then on a build without changes runs nothing.
        let settling = try await Self.swift(["build"], in: package)
        #expect(settling.status == 0, "\(settling.output)")
        let unchanged = try await Self.swift(["build"], in: package)
        #expect(unchanged.status == 0, "\(unchanged.output)")
        #expect(
            !unchanged.output.contains("plexus-gen:"), "a no-op build must not run the generator:\n\(unchanged.output)")

        try "Shared: {type: integer}\n".write(
            to: sources.appendingPathComponent("components.yaml"), atomically: true, encoding: .utf8)
        let referenced = try await Self.swift(["build"], in: package)
        #expect(
            referenced.output.contains(Self.generating), "a YAML file of the target is an input:\n\(referenced.output)")

        // Changing the spec regenerates, and the generator's diagnostics reach the build log with file:line:col.
        let spec = sources.appendingPathComponent("openapi.yaml")
        var text = try String(contentsOf: spec, encoding: .utf8)
        let line = text.split(separator: "\n", omittingEmptySubsequences: false).count
        text += "tagz: []\n"
        try text.write(to: spec, atomically: true, encoding: .utf8)
        let touched = try await Self.swift(["build"], in: package)
        #expect(touched.status == 0, "\(touched.output)")
        #expect(touched.output.contains(Self.generating))
        #expect(touched.output.contains("\(spec.path):\(line):1: warning: unknown key 'tagz'"), "\(touched.output)")

        let tests = try await Self.swift(["test"], in: package)
        #expect(tests.status == 0, "\(tests.output)")
        #expect(tests.output.contains("Test run with 2 tests"), "\(tests.output)")
    }

    @Test(.timeLimit(.minutes(20)))
    func aSecondOrMissingSpecIsAnErrorNamingTheTargetAndTheFiles() async throws {
        let package = try Self.copyOfExample()
        defer { try? FileManager.default.removeItem(at: package) }
        let second = package.appendingPathComponent("Sources/PlexusSDK/openapi.json")
        try "{}".write(to: second, atomically: true, encoding: .utf8)
        let build = try await Self.swift(["build"], in: package)
        #expect(build.status != 0)
        let spec = package.appendingPathComponent("Sources/PlexusSDK/openapi.yaml")
        #expect(
            build.output.contains(
                "target 'PlexusSDK' has 2 OpenAPI documents, expected one: \(second.path), \(spec.path)"),
            "\(build.output)")

        try FileManager.default.removeItem(at: second)
        try FileManager.default.removeItem(at: spec)
        let none = try await Self.swift(["build"], in: package)
        #expect(none.status != 0)
        #expect(
            none.output.contains(
                "target 'PlexusSDK' has no openapi.yaml, openapi.yml or openapi.json among its sources"),
            "\(none.output)")
    }

    @Test(.timeLimit(.minutes(20)))
    func theCommandPluginWritesIntoTheTargetAndKeepsOtherFiles() async throws {
        let package = try Self.copyOfExample()
        defer { try? FileManager.default.removeItem(at: package) }
        let generated = package.appendingPathComponent("Sources/PlexusSDK/Generated")
        try FileManager.default.createDirectory(at: generated, withIntermediateDirectories: true)
        let mine = generated.appendingPathComponent("Notes.swift")
        try "// written by hand\n".write(to: mine, atomically: true, encoding: .utf8)
        let run = try await Self.swift(
            ["package", "--allow-writing-to-package-directory", "plexus-gen-generate", "--target", "PlexusSDK"],
            in: package)
        #expect(run.status == 0, "\(run.output)")
        let names = try FileManager.default.contentsOfDirectory(atPath: generated.path).sorted()
        #expect(
            names == [
                "CallbackReceiver.swift", "CallbackSender.swift", "Callbacks.swift", "Client.swift", "Notes.swift",
                "Operations.swift", "Server.swift", "Types-1.swift", "Types-2.swift", "Types-3.swift", "Types-4.swift",
            ])
        #expect(try String(contentsOf: mine, encoding: .utf8) == "// written by hand\n")
        let types = try String(contentsOf: generated.appendingPathComponent("Types-1.swift"), encoding: .utf8)
        #expect(types.hasPrefix("// Generated by plexus-gen from openapi.yaml. Do not edit.\n"))
    }
}
