import Foundation
import PlexusAPI
import PlexusSandbox
import TestSupport
import Testing

/// schemathesis 4 attacks the sandbox, which runs on the generated server stubs: every operation of `openapi.yaml`
/// in all four phases (examples, coverage, fuzzing, stateful) with every check schemathesis has (no 5xx, status
/// codes, content types, headers and bodies conforming to the spec, negative data rejected and positive data
/// accepted, missing required headers, unsupported methods, authentication ignored, use after free, …).
///
/// Bounded for CI: a fixed seed and 20 examples per operation, one worker. The configuration
/// (`scripts/schemathesis-sandbox.toml`: the credentials, and where the spec's descriptions or the SDK's `Decimal`
/// make a default expectation wrong) and the hook (`scripts/schemathesis_hooks.py`: integer schemas without a bound
/// get their Swift type's) are those of `scripts/schemathesis-sandbox.sh`, which runs the same against
/// `swift run plexus-sandbox`.
@Suite struct SchemathesisTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test(.needs(.schemathesis), .timeLimit(.minutes(10)))
    func schemathesisFindsNothing() async throws {
        try ReferenceTool.schemathesis.require()
        try await SandboxHarness.withSandbox(SandboxConfiguration(runDuration: .milliseconds(200))) { url, _ in
            let app = SandboxHarness.appClient(url)
            _ = try await app.createUser(
                body: CreateUserRequest(fullName: "Throwaway", email: "throwaway@example.com", password: "throwaway"))
            let throwaway = try await app.createAccessToken(
                body: .userCredentialRequest(
                    UserCredentialRequest(
                        grantType: .password, username: "throwaway@example.com", password: "throwaway")))
            // The HAR report records every request sent, which the summary does not count (it counts cases, and a
            // stateful case sends several).
            let reports = FileManager.default.temporaryDirectory.appendingPathComponent("schemathesis-\(UUID())")
            defer { try? FileManager.default.removeItem(at: reports) }
            let run = try await ExternalProcess.runOffThePool(
                [
                    // `st` through Python, so an installation whose scripts directory is not on PATH works too.
                    "python3", "-c", "import sys; from schemathesis.cli import schemathesis; sys.exit(schemathesis())",
                    "--config-file", "scripts/schemathesis-sandbox.toml", "--no-color", "run", "openapi.yaml",
                    "--url", url.absoluteString, "--checks", "all", "--max-examples", "20", "--seed", "1",
                    "--workers", "1", "--suppress-health-check", "all", "--report", "har", "--report-dir", reports.path,
                ],
                in: Self.repository,
                environment: [
                    "PLEXUS_TOKEN": try await SandboxHarness.demoToken(url),
                    "PLEXUS_THROWAWAY_TOKEN": throwaway.accessToken,
                    "PYTHONPATH": "scripts", "SCHEMATHESIS_HOOKS": "schemathesis_hooks",
                ])
            // The summary's "Test cases:" line says how many cases ran; the failures come before the summary.
            let summary = run.output.split(separator: "\n").filter { $0.contains("generated") || $0.contains("❌") }
            // Printed, so a CI log shows how many cases ran and with which result.
            print("schemathesis: \(try Self.requestCount(in: reports)) requests; \(summary.joined(separator: " | "))")
            #expect(run.status == 0, "schemathesis failed:\n\(Self.failures(in: run.output))")
            #expect(run.output.contains("54/54"), "not every operation was tested:\n\(summary.joined(separator: "\n"))")
            #expect(!run.output.contains("❌"), "\(summary.joined(separator: "\n"))")
        }
    }

    /// The requests the HAR reports (`har-*.json`) in `directory` record.
    static func requestCount(in directory: URL) throws -> Int {
        struct Archive: Decodable {
            struct Log: Decodable { var entries: [Entry] }
            struct Entry: Decodable {}
            var log: Log
        }
        let files = try FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)
        return try files.filter { $0.lastPathComponent.hasPrefix("har") }.reduce(0) { count, file in
            count + (try JSONDecoder().decode(Archive.self, from: Data(contentsOf: file))).log.entries.count
        }
    }

    /// The report of each failure and the summary, without the progress lines before them.
    static func failures(in output: String) -> String {
        guard let start = output.range(of: "FAILURES") ?? output.range(of: "SUMMARY") else {
            return String(output.suffix(8000))
        }
        return String(output[start.lowerBound...].prefix(16000))
    }
}
