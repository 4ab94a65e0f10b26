import Foundation
import TestSupport
import Testing

/// Checks the Plexus `openapi.yaml` with independent tools: the customer's seed (`Fixtures/`), a reference validator,
/// and the completeness rules of issue 2 (`scripts/check-plexus-spec.py`).
@Suite struct PlexusSpecTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = "Tests/PlexusSpecTests/Fixtures"

    static func run(_ arguments: [String]) throws -> ExternalProcess {
        try ExternalProcess.run(arguments, in: repository)
    }

    @Test(.needs(.python)) func firstLinesAreTheCustomersSeed() throws {
        try ReferenceTool.python.require()
        let result = try Self.run([
            "python3", "\(Self.fixtures)/check_seed_fidelity.py", "openapi.yaml",
            "\(Self.fixtures)/openapi-page-scrape.txt",
        ])
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("OK: all 841 seed lines match"))
    }

    @Test(.needs(.python)) func theFidelityCheckCatchesAChangedSeedLine() throws {
        try ReferenceTool.python.require()
        let changed = FileManager.default.temporaryDirectory.appendingPathComponent(
            "plexus-seed-\(UUID().uuidString).yaml")
        let text = try String(contentsOf: Self.repository.appendingPathComponent("openapi.yaml"), encoding: .utf8)
        let edited = text.replacingOccurrences(of: "QUEDED", with: "QUEUED")
        #expect(edited != text)
        try edited.write(to: changed, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: changed) }
        let result = try Self.run([
            "python3", "\(Self.fixtures)/check_seed_fidelity.py", changed.path,
            "\(Self.fixtures)/openapi-page-scrape.txt",
        ])
        #expect(result.status == 1)
        #expect(result.output.contains("MISMATCH"))
    }

    @Test(.needs(.openAPISpecValidator)) func referenceValidatorAcceptsTheSpec() throws {
        try ReferenceTool.openAPISpecValidator.require()
        let result = try Self.run(["python3", "-m", "openapi_spec_validator", "openapi.yaml"])
        #expect(result.status == 0, "openapi-spec-validator said: \(result.output)")
        #expect(result.output.contains("openapi.yaml: OK"))
    }

    @Test(.needs(.openAPISpecValidator)) func completenessRulesHold() throws {
        try ReferenceTool.openAPISpecValidator.require()
        let result = try Self.run(["python3", "scripts/check-plexus-spec.py", "openapi.yaml"])
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("0 problem(s)"))
    }

    @Test(.needs(.openAPISpecValidator)) func completenessCheckCatchesABrokenExample() throws {
        try ReferenceTool.openAPISpecValidator.require()
        let broken = FileManager.default.temporaryDirectory.appendingPathComponent(
            "plexus-broken-\(UUID().uuidString).yaml")
        let text = try String(contentsOf: Self.repository.appendingPathComponent("openapi.yaml"), encoding: .utf8)
        try text.replacingOccurrences(of: "        execution_day: 1\n", with: "        execution_day: first\n")
            .write(to: broken, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: broken) }
        let result = try Self.run(["python3", "scripts/check-plexus-spec.py", broken.path])
        #expect(result.status == 1)
        #expect(result.output.contains("/components/schemas/StandingOrder: example invalid at 'execution_day'"))
    }
}
