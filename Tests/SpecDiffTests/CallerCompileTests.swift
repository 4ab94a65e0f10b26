import Foundation
import Resolver
import SpecDiff
import SwiftEmitter
import TestSupport
import Testing

/// What a Swift finding claims, shown with the compiler: code written against the SDK generated from the old
/// document compiles against it, and against the SDK generated from the new document it stops compiling exactly
/// when the case expects a breaking or potentially breaking Swift finding (with the compiler's complaint the case
/// names).
@Suite struct CallerCompileTests {
    @Test(arguments: DiffCase.withCallers())
    func codeWrittenAgainstTheOldSDKCompilesAsTheFindingsClaim(_ fixture: DiffCase) async throws {
        let caller = try #require(fixture.caller)
        let old = try await Self.typecheck(caller, against: fixture.oldPath, modes: fixture.modes)
        #expect(old.status == 0, "the caller does not compile against the old SDK:\n\(old.output)")
        let new = try await Self.typecheck(caller, against: fixture.newPath, modes: fixture.modes)
        if fixture.breaksCallers {
            #expect(new.status != 0, "the findings say the caller breaks, but it compiles against the new SDK")
            if let error = fixture.expectedError {
                #expect(new.output.contains(error), "expected '\(error)' in:\n\(new.output)")
            }
        } else {
            #expect(new.status == 0, "the findings say the caller keeps compiling, but:\n\(new.output)")
        }
    }

    /// Generates the SDK of `document` and type-checks it with `caller` in one module.
    static func typecheck(_ caller: String, against document: String, modes: Set<GenerationMode>) async throws
        -> ExternalProcess
    {
        let api = try DiffCase.resolve(document)
        let generated = Generator.generate(
            api, modes: modes, options: EmitterOptions(), renderer: try TemplateRenderer())
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "diff-caller-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        for file in generated.files {
            try file.contents.write(to: directory.appendingPathComponent(file.path), atomically: true, encoding: .utf8)
        }
        try caller.write(to: directory.appendingPathComponent("Caller.swift"), atomically: true, encoding: .utf8)
        let sources = generated.files.map(\.path) + ["Caller.swift"]
        return try await ExternalProcess.runOffThePool(
            ["swiftc", "-typecheck", "-swift-version", "6", "-module-name", "SDK", "-I", try modules().path]
                + sources, in: directory)
    }

    /// The build's module directory, where `PlexusRuntime` and OpenAPIRuntime were compiled for the tests.
    static func modules() throws -> URL {
        var directory = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
        while directory.path != "/" {
            let candidate = directory.appendingPathComponent("Modules")
            if FileManager.default.fileExists(
                atPath: candidate.appendingPathComponent("PlexusRuntime.swiftmodule").path)
            {
                return candidate
            }
            directory = directory.deletingLastPathComponent()
        }
        throw ModulesNotFound()
    }

    struct ModulesNotFound: Error {}
}
