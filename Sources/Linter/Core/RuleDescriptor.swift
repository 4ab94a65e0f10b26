public import Diagnostics

/// What a rule is: its stable id, default severity, the rulesets it belongs to, and its documentation.
public struct RuleDescriptor: Sendable, Hashable {
    /// Which rulesets turn a rule on. `recommended` ⊂ `strict` ⊂ `all`.
    public enum Ruleset: String, Sendable, Hashable, CaseIterable {
        case recommended, strict, all

        func includes(_ rule: Ruleset) -> Bool {
            switch self {
            case .recommended: rule == .recommended
            case .strict: rule != .all
            case .all: true
            }
        }
    }

    /// What the rule guards: the document's validity, API design, or the Swift code generated from it.
    public enum Category: String, Sendable, Hashable, CaseIterable {
        case validity, design, documentation, codegen
    }

    /// The rule's id, as configs, `x-lint-ignore` and output name it.
    public var id: String
    /// The severity of its findings unless a config changes it.
    public var severity: Diagnostic.Severity
    /// The smallest ruleset the rule is part of.
    public var ruleset: Ruleset
    /// What the rule guards.
    public var category: Category
    /// One sentence: what the rule checks.
    public var summary: String
    /// Why it matters and how to fix a finding.
    public var rationale: String
}
