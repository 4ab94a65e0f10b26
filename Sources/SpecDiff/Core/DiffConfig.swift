public import Diagnostics
import Foundation
import YAMLLoader

/// What a team accepts in `plexus-gen diff`: findings to leave out, each with the reason. Read from the `diff:`
/// section of `plexus-gen.yaml` (or a file of its own).
///
/// ```yaml
/// diff:
///   ignore:
///     - check: response-enum-value-added     # a check id, or '*'
///       subject: "GET /rest/accounts*"        # a glob matched against the operation (or `schema Name`)
///       reason: apps read account types through `isKnown`
///     - check: operation-removed
///       reason: the beta endpoints were announced as unstable
/// ```
public struct DiffConfig: Sendable {
    /// One ignore entry: findings of `check` (or `*`) whose subject matches `subject`, with why.
    public struct Ignore: Sendable, Hashable {
        /// The check id, or `*`.
        public var check: String
        /// A glob matched against the finding's subject (`GET /pets/{id}`, `schema Pet`); `nil`: any.
        public var subject: String?
        /// Why these findings are acceptable; required.
        public var reason: String

        /// Creates an entry.
        public init(check: String, subject: String? = nil, reason: String) {
            self.check = check
            self.subject = subject
            self.reason = reason
        }

        /// Whether the entry covers `finding`.
        public func matches(_ finding: DiffFinding) -> Bool {
            guard check == "*" || check == finding.check.id else { return false }
            guard let subject else { return true }
            return fnmatch(subject, finding.subject, 0) == 0
        }
    }

    /// The findings to leave out of the report.
    public var ignores: [Ignore] = []

    /// No ignores.
    public init(ignores: [Ignore] = []) {
        self.ignores = ignores
    }

    /// Reads the `diff:` section of `path` (or the whole file when it has none); every problem is located. A file
    /// without a `diff:` section whose other keys are generator settings gives no ignores.
    public static func load(_ path: String) throws(DiagnosticError) -> DiffConfig {
        let document: YAMLDocument
        do {
            document = try YAMLLoader().load(contentsOf: path)
        } catch {
            throw DiagnosticError(error.message, at: error.location, id: error.kind.id)
        }
        func invalid(_ message: String, _ node: YAMLNode) -> DiagnosticError {
            DiagnosticError(
                message,
                at: SourceLocation(file: document.file, line: node.reportedMark.line, column: node.reportedMark.column),
                id: .configInvalid)
        }
        guard let section = document.root["diff"] ?? (document.root["ignore"] != nil ? document.root : nil) else {
            return DiffConfig()
        }
        guard let pairs = section.mapping else { throw invalid("expected a mapping of diff settings", section) }
        var config = DiffConfig()
        for pair in pairs {
            switch pair.key.scalar ?? "" {
            case "ignore":
                guard let entries = pair.value.sequence else {
                    throw invalid("ignore must be a list of entries", pair.value)
                }
                for entry in entries {
                    guard let check = entry["check"]?.scalar else {
                        throw invalid("an ignore entry needs a 'check'", entry)
                    }
                    guard check == "*" || DiffCheck.named(check) != nil else {
                        let suggestion =
                            Suggestion.closest(to: check, in: DiffCheck.all.map(\.id)).map { "; did you mean '\($0)'?" }
                            ?? ""
                        throw invalid("unknown check '\(check)'\(suggestion)", entry["check"] ?? entry)
                    }
                    guard let reason = entry["reason"]?.scalar, !reason.isEmpty else {
                        throw invalid("an ignore entry needs a 'reason'", entry)
                    }
                    config.ignores.append(Ignore(check: check, subject: entry["subject"]?.scalar, reason: reason))
                }
            case let key:
                throw invalid("unknown diff setting '\(key)'; expected ignore", pair.key)
            }
        }
        return config
    }
}
