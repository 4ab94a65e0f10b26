public import Diagnostics
import Foundation
import YAMLLoader

/// What a team changes about the rules: the ruleset, per-rule severities (or off), and findings to ignore with a
/// reason. Read from a `lint:` section of `plexus-gen.yaml` or from a file of its own.
///
/// ```yaml
/// lint:
///   ruleset: recommended            # recommended (default), strict or all
///   rules:
///     operation-description: warning   # error, warning, info, hint or off
///     money-decimal: warning
///   ignore:
///     - rule: operation-4xx-response   # a rule id, or '*'
///       pointer: /paths/~1version      # this node and everything under it
///       reason: the version endpoint takes no input that can be wrong
///     - rule: component-unused
///       files: "shared/*.yaml"         # a glob matched against the finding's file
///       reason: shared components used by other documents
/// ```
public struct LintConfig: Sendable {
    /// One ignore entry: findings of `rule` (or `*`) under `pointer` in `files`, with why.
    public struct Ignore: Sendable, Hashable {
        /// The rule id, or `*` for every rule.
        public var rule: String
        /// A JSON pointer; findings at it or below it are ignored. `nil`: anywhere.
        public var pointer: String?
        /// A glob matched against the finding's file. `nil`: any file.
        public var files: String?
        /// Why the findings are acceptable; required, so every ignore explains itself.
        public var reason: String

        func matches(_ finding: Diagnostic) -> Bool {
            guard rule == "*" || rule == finding.id.rawValue else { return false }
            if let pointer, !(finding.pointer == pointer || (finding.pointer ?? "").hasPrefix(pointer + "/")) {
                return false
            }
            if let files, fnmatch(files, finding.place.file, 0) != 0 { return false }
            return true
        }
    }

    /// Which rules run: `recommended`, `strict` or `all`.
    public var ruleset: RuleDescriptor.Ruleset = .recommended
    /// Severity by rule id; nil turns the rule off.
    public var severities: [String: Diagnostic.Severity?] = [:]
    /// Findings to leave out of the report.
    public var ignores: [Ignore] = []

    /// A configuration running `ruleset` with default severities and no ignores.
    public init(ruleset: RuleDescriptor.Ruleset = .recommended) {
        self.ruleset = ruleset
    }

    /// Reads the `lint:` section of `path`, or the whole file when it has none; every problem is located.
    public static func load(_ path: String) throws(DiagnosticError) -> LintConfig {
        let document: YAMLDocument
        do {
            document = try YAMLLoader().load(contentsOf: path)
        } catch {
            throw DiagnosticError(error.message, at: error.location, id: error.kind.id)
        }
        func location(_ node: YAMLNode) -> SourceLocation {
            SourceLocation(file: document.file, line: node.reportedMark.line, column: node.reportedMark.column)
        }
        func invalid(_ message: String, _ node: YAMLNode) -> DiagnosticError {
            DiagnosticError(message, at: location(node), id: .configInvalid)
        }
        let section = document.root["lint"] ?? document.root
        var config = LintConfig()
        guard let pairs = section.mapping else { throw invalid("expected a mapping of lint settings", section) }
        let known = Set(LintRules.descriptors.map(\.id))
        for pair in pairs {
            switch pair.key.scalar ?? "" {
            case "ruleset", "extends":
                guard let ruleset = pair.value.scalar.flatMap(RuleDescriptor.Ruleset.init(rawValue:)) else {
                    throw invalid("ruleset must be recommended, strict or all", pair.value)
                }
                config.ruleset = ruleset
            case "rules":
                guard let rules = pair.value.mapping else {
                    throw invalid("rules must map rule ids to severities", pair.value)
                }
                for rule in rules {
                    let id = rule.key.scalar ?? ""
                    guard known.contains(id) else {
                        let suggestion =
                            Suggestion.closest(to: id, in: known.sorted()).map { "; did you mean '\($0)'?" } ?? ""
                        throw invalid("unknown rule '\(id)'\(suggestion)", rule.key)
                    }
                    let value = rule.value.scalar ?? ""
                    if value == "off" {
                        config.severities[id] = .some(nil)
                    } else if let severity = Diagnostic.Severity(rawValue: value) {
                        config.severities[id] = .some(severity)
                    } else {
                        throw invalid("severity of '\(id)' must be error, warning, info, hint or off", rule.value)
                    }
                }
            case "ignore":
                guard let entries = pair.value.sequence else {
                    throw invalid("ignore must be a list of entries", pair.value)
                }
                for entry in entries {
                    guard let rule = entry["rule"]?.scalar else {
                        throw invalid("an ignore entry needs a 'rule'", entry)
                    }
                    guard rule == "*" || known.contains(rule) else {
                        throw invalid("unknown rule '\(rule)'", entry["rule"] ?? entry)
                    }
                    guard let reason = entry["reason"]?.scalar, !reason.isEmpty else {
                        throw invalid("an ignore entry needs a 'reason'", entry)
                    }
                    let pointer = entry["pointer"]?.scalar
                    let files = entry["files"]?.scalar
                    guard pointer != nil || files != nil else {
                        throw invalid("an ignore entry needs a 'pointer' or 'files'", entry)
                    }
                    config.ignores.append(Ignore(rule: rule, pointer: pointer, files: files, reason: reason))
                }
            case let key:
                throw invalid("unknown lint setting '\(key)'; expected ruleset, rules or ignore", pair.key)
            }
        }
        return config
    }

    /// The severity a rule reports with, or nil when it is off.
    public func severity(of rule: RuleDescriptor) -> Diagnostic.Severity? {
        if let configured = severities[rule.id] { return configured }
        return ruleset.includes(rule.ruleset) ? rule.severity : nil
    }
}
