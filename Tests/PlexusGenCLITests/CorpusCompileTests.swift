import Foundation
import TestSupport
import Testing

/// `scripts/compile-corpus-sdk.sh` in the test suite, so CI runs it: every root document of the corpus (Swagger
/// 2.0, OpenAPI 3.0 and 3.1, JSON and YAML) generates models, client and server with no operation left out, and
/// the SDK type-checks against PlexusRuntime with warnings as errors; the invalid documents listed in
/// `Tests/Corpus/NOT-GENERATED.tsv` are refused, each for its listed reason.
@Suite struct CorpusCompileTests {
    @Test func everyCorpusDocumentGeneratesAnSDKThatCompiles() async throws {
        let modules = CLI.executable.deletingLastPathComponent().appendingPathComponent("Modules").path
        let result = try await ExternalProcess.runOffThePool(
            ["bash", "scripts/compile-corpus-sdk.sh", CLI.executable.path, modules], in: CLI.repository)
        let failures = result.output.split(separator: "\n").filter { $0.hasPrefix("FAILED") }
        #expect(result.status == 0, "\(failures.joined(separator: "\n"))\n\(result.output.suffix(400))")
        #expect(failures.isEmpty)
        let compiled = result.output.split(separator: "\n").filter { $0.hasPrefix("ok ") }.count
        #expect(compiled + CorpusDocument.notGenerating.count == (try CorpusDocument.roots()).count)
        #expect(compiled > 120)
    }
}
