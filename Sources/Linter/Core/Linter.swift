public import Diagnostics
import Foundation
import OpenAPIModel
public import Resolver
public import YAMLLoader

/// Runs the rules over one document.
public struct Linter: Sendable {
    /// Which rules run, their severities, and what is ignored.
    public var config: LintConfig
    /// How references are followed (allowed root, file size limit).
    public var resolverOptions: ResolverOptions

    /// A linter with the given configuration.
    public init(config: LintConfig = LintConfig(), resolverOptions: ResolverOptions = ResolverOptions()) {
        self.config = config
        self.resolverOptions = resolverOptions
    }

    /// The result for one document.
    public struct Report: Sendable {
        /// The file as diagnostics name it.
        public var file: String
        /// Findings in file, line, column order.
        public var findings: [Diagnostic]
        /// Findings a config ignore entry or an `x-lint-ignore` removed, kept for `--verbose` style reporting.
        public var suppressed: Int
        /// The file could not be read at all (exit code 2).
        public var unreadable: Bool

        /// A report of `findings` in `file`; `validate` makes one of its diagnostics, to print them in any of
        /// the lint formats.
        public init(file: String, findings: [Diagnostic], suppressed: Int = 0, unreadable: Bool = false) {
            self.file = file
            self.findings = findings
            self.suppressed = suppressed
            self.unreadable = unreadable
        }
    }

    /// - Parameter displayName: how findings name the file (default: `path` as given).
    public func lint(path: String, displayName: String? = nil) -> Report {
        let yaml: YAMLDocument
        do {
            yaml = try DocumentLoader(limits: resolverOptions.limits).load(contentsOf: path, displayName: displayName)
        } catch {
            let location = error.location ?? SourceLocation(file: path, line: 1, column: 1)
            let finding = Diagnostic(
                .error, error.message, at: location, id: DiagnosticID(ValidityRules.structure.descriptor.id))
            return Report(file: path, findings: [finding], suppressed: 0, unreadable: error.kind == .unreadable)
        }
        return lint(yaml, path: path)
    }

    /// Lints a loaded document whose file is at `path` (references are resolved relative to it).
    public func lint(_ yaml: YAMLDocument, path: String) -> Report {
        let decoded = OpenAPIDecoder.decode(yaml)
        let resolved = APIResolver.resolve(decoded, yaml: yaml, path: path, options: resolverOptions)
        // The resolver's diagnostics include the decoder's. When it followed `$ref`s that OpenAPI allows nowhere,
        // the document it read is the one linted.
        let context = LintContext(
            yaml: resolved.readDocument?.yaml ?? yaml, document: resolved.readDocument?.document ?? decoded.document,
            api: resolved.api, diagnostics: resolved.diagnostics, references: resolved.references)
        var findings: [Diagnostic] = []
        for rule in LintRules.all {
            guard let severity = config.severity(of: rule.descriptor) else { continue }
            var sink = FindingSink(descriptor: rule.descriptor)
            rule.check(context, &sink)
            findings += sink.findings.map { finding in
                var finding = finding
                finding.severity = severity
                return finding
            }
        }
        let inline = InlineSuppressions(root: context.root)
        let kept = findings.filter { finding in
            // `x-lint-ignore` is read from the document itself, so it applies to findings in that file.
            !config.ignores.contains { $0.matches(finding) }
                && !(finding.place.file == context.file && inline.suppresses(finding))
        }
        var unique: [Diagnostic] = []
        var seen = Set<Diagnostic>()
        for finding in kept.sorted(by: Self.order) where seen.insert(finding).inserted { unique.append(finding) }
        return Report(file: yaml.file, findings: unique, suppressed: findings.count - kept.count, unreadable: false)
    }

    static func order(_ lhs: Diagnostic, _ rhs: Diagnostic) -> Bool {
        (lhs.place, lhs.id, lhs.message) < (rhs.place, rhs.id, rhs.message)
    }
}
