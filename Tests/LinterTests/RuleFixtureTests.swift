import Diagnostics
import Foundation
import Linter
import Testing

/// Each rule against its own fixture (`Fixtures/<rule>.yaml`, which must make it report exactly the findings in
/// `Fixtures/<rule>.expected`, location and message) and against `Fixtures/clean.yaml`, where no rule may report
/// anything. Re-record the expectations deliberately with `LINT_RECORD=1 swift test --filter RuleFixtureTests`,
/// then read the diff.
@Suite struct RuleFixtureTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let linter = Linter(config: LintConfig(ruleset: .all))

    static func lines(_ report: Linter.Report, rule: String) -> String {
        report.findings.filter { $0.id.rawValue == rule }.map {
            "\($0.place.line):\($0.place.column): \($0.severity.rawValue): \($0.message)"
        }.joined(separator: "\n")
    }

    @Test(arguments: LintRules.descriptors.map(\.id))
    func ruleReportsExactlyItsFixtureFindings(_ rule: String) throws {
        let fixture = Self.fixtures.appendingPathComponent("\(rule).yaml")
        let expectedFile = Self.fixtures.appendingPathComponent("\(rule).expected")
        let actual = Self.lines(Self.linter.lint(path: fixture.path, displayName: "\(rule).yaml"), rule: rule)
        #expect(!actual.isEmpty, "the fixture must make \(rule) report something")
        if ProcessInfo.processInfo.environment["LINT_RECORD"] == "1" {
            try (actual + "\n").write(to: expectedFile, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: expectedFile, encoding: .utf8)
        #expect(actual + "\n" == expected)
    }

    @Test(arguments: LintRules.descriptors.map(\.id))
    func ruleIsSilentOnTheCleanDocument(_ rule: String) {
        let report = Self.linter.lint(path: Self.fixtures.appendingPathComponent("clean.yaml").path)
        #expect(Self.lines(report, rule: rule) == "")
    }

    @Test func everyRuleHasAFixtureAndEveryFixtureARule() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.fixtures.path)
            .filter { $0.hasSuffix(".yaml") && $0 != "clean.yaml" }.map { String($0.dropLast(5)) }
        #expect(Set(names) == Set(LintRules.descriptors.map(\.id)))
        #expect(LintRules.descriptors.count >= 40)
        #expect(Set(LintRules.descriptors.map(\.id)).count == LintRules.descriptors.count, "rule ids are unique")
    }
}
