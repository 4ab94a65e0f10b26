import Foundation
import Testing

/// Checks the Plexus `openapi.yaml` with independent tools: the customer's seed, a reference validator, and the
/// completeness rules of issue 2 (`scripts/check-plexus-spec.py`).
@Suite struct PlexusSpecTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.currentDirectoryURL = repository
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test func firstThousandLinesAreTheCustomersSeed() throws {
        let result = try Self.run([
            "python3", "../shared/plexus-spec/check_seed_fidelity.py", "openapi.yaml",
            "../shared/seed/openapi-page-scrape.txt", "--yaml",
        ])
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("OK: all 841 seed lines match"))
    }

    @Test func referenceValidatorAcceptsTheSpec() throws {
        let result = try Self.run(["openapi-spec-validator", "openapi.yaml"])
        #expect(result.status == 0, "openapi-spec-validator (installed by .ci/run) said: \(result.output)")
        #expect(result.output.contains("openapi.yaml: OK"))
    }

    @Test func completenessRulesHold() throws {
        let result = try Self.run(["python3", "scripts/check-plexus-spec.py", "openapi.yaml"])
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("0 problem(s)"))
    }

    @Test func completenessCheckCatchesABrokenExample() throws {
        let broken = FileManager.default.temporaryDirectory.appendingPathComponent("plexus-broken-\(getpid()).yaml")
        let text = try String(contentsOf: Self.repository.appendingPathComponent("openapi.yaml"), encoding: .utf8)
        try text.replacingOccurrences(of: "        execution_day: 1\n", with: "        execution_day: first\n")
            .write(to: broken, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: broken) }
        let result = try Self.run(["python3", "scripts/check-plexus-spec.py", broken.path])
        #expect(result.status == 1)
        #expect(result.output.contains("/components/schemas/StandingOrder: example invalid at 'execution_day'"))
    }
}
