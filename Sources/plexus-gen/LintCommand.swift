public import ArgumentParser
import Diagnostics
import Foundation
import Linter
import Resolver

/// `plexus-gen lint`: check documents against the rules, for CI.
struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check OpenAPI documents against design, validity and code-generation rules.",
        discussion: """
            Every finding names its rule and points at the exact line and column of the YAML or JSON that causes \
            it. Rules, their ids, severities and rulesets: --list-rules, or docs/lint-rules.md.

            Settings come from --config FILE (its `lint:` section, or the whole file), else from the `lint:` \
            section of plexus-gen.yaml in the current directory: `ruleset`, per-rule severities or `off` under \
            `rules`, and `ignore` entries (rule + JSON pointer or file glob, with a reason). A node can switch \
            rules off for itself and everything under it with `x-lint-ignore: [rule-id, ...]`.

            Exit codes: 0 no finding at or above --fail-severity, 1 findings at or above it, 2 usage errors or \
            unreadable input.
            """
    )

    @Argument(help: "The OpenAPI documents (default: openapi.yaml).")
    var specs: [String] = []

    @Option(help: "Output format: text, json, sarif, github or junit.")
    var format: LintOutputFormat = .text

    @Option(
        name: .customLong("fail-severity"),
        help: "Exit 1 when a finding is at least this severe: error, warning, info or hint.")
    var failSeverity: Diagnostic.Severity = .error

    @Option(help: "A lint config file (default: the lint: section of plexus-gen.yaml in the current directory).")
    var config: String?

    @Option(help: "recommended, strict or all (default: the config's, else recommended).")
    var ruleset: RuleDescriptor.Ruleset?

    @OptionGroup var input: InputOptions

    @Flag(
        name: .customLong("list-rules"), help: "Print every rule with its id, default severity and ruleset, then exit.")
    var listRules = false

    func run() throws {
        if listRules {
            print(LintRuleList.text())
            return
        }
        var settings = try loadConfig()
        if let ruleset { settings.ruleset = ruleset }
        let linter = Linter(config: settings, resolverOptions: input.resolverOptions)
        let reports = (specs.isEmpty ? ["openapi.yaml"] : specs).map { linter.lint(path: $0) }
        print(format.render(reports), terminator: "")
        if reports.contains(where: \.unreadable) { throw ExitCode(2) }
        if reports.contains(where: { $0.findings.contains { $0.severity >= failSeverity } }) { throw ExitCode(1) }
    }

    private func loadConfig() throws -> LintConfig {
        let path = config ?? "plexus-gen.yaml"
        guard config != nil || FileManager.default.fileExists(atPath: path) else { return LintConfig() }
        if config == nil, !((try? String(contentsOfFile: path, encoding: .utf8))?.contains("lint:") ?? false) {
            return LintConfig()
        }
        do {
            return try LintConfig.load(path)
        } catch {
            printToStandardError(error.description)
            throw ExitCode(2)
        }
    }
}

extension LintOutputFormat: ExpressibleByArgument {}
extension Diagnostic.Severity: ExpressibleByArgument {}
extension RuleDescriptor.Ruleset: ExpressibleByArgument {}
