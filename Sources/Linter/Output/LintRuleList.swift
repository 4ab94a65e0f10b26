import Diagnostics
import Foundation

/// The rules as `--list-rules` prints them and as `docs/lint-rules.md` documents them.
public enum LintRuleList {
    /// One line per rule: id, default severity, ruleset, summary.
    public static func text() -> String {
        let width = LintRules.descriptors.map(\.id.count).max() ?? 0
        return LintRules.descriptors.map { rule in
            rule.id.padding(toLength: width + 2, withPad: " ", startingAt: 0)
                + rule.severity.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)
                + rule.ruleset.rawValue.padding(toLength: 13, withPad: " ", startingAt: 0) + rule.summary
        }.joined(separator: "\n")
    }

    /// The Markdown of `docs/lint-rules.md` (a test keeps the file equal to this).
    public static func markdown() -> String {
        var lines = [
            "# Lint rules", "",
            "`plexus-gen lint` checks a document against these rules; `plexus-gen lint --list-rules` prints the same list.",
            "This file is generated from the rules' own descriptions (`LintRuleList.markdown()`); a test keeps it current.",
            "",
            "Rulesets: `recommended` (the default) runs the rules marked recommended; `strict` adds the strict ones;",
            "`all` runs every rule. A config can change any rule's severity or turn it `off`, and ignore findings by rule and",
            "JSON pointer or file glob; `x-lint-ignore: [rule-id]` on a node silences rules for that node and what is under it.",
            "",
            "| id | severity | ruleset | category | checks |", "|---|---|---|---|---|",
        ]
        lines += LintRules.descriptors.map { rule in
            "| [`\(rule.id)`](#\(rule.id)) | \(rule.severity.rawValue) | \(rule.ruleset.rawValue) | \(rule.category.rawValue) | \(rule.summary) |"
        }
        for rule in LintRules.descriptors {
            lines += [
                "", "## \(rule.id)", "", "\(rule.summary)", "", "\(rule.rationale)", "",
                "Default severity: \(rule.severity.rawValue). Ruleset: \(rule.ruleset.rawValue). Category: \(rule.category.rawValue).",
            ]
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
