import Foundation
import Linter
import SnapshotTesting
import Testing
import YAMLLoader

/// The full lint report of the Plexus spec, in text and SARIF. Re-record deliberately with
/// `SNAPSHOT_TESTING_RECORD=failed swift test --filter Snapshots`, then read the diff.
@Suite struct LintReportSnapshotTests {
    static func plexusReport() throws -> Linter.Report {
        let path = GeneratedModelSnapshotTests.repository.appendingPathComponent("openapi.yaml").path
        let yaml = try YAMLLoader().load(contentsOf: path, displayName: "openapi.yaml")
        return Linter().lint(yaml, path: path)
    }

    @Test func plexusText() throws {
        assertSnapshot(of: LintOutputFormat.text.render([try Self.plexusReport()]), as: .lines, named: "text")
    }

    @Test func plexusSARIF() throws {
        assertSnapshot(of: LintOutputFormat.sarif.render([try Self.plexusReport()]), as: .lines, named: "sarif")
    }
}
