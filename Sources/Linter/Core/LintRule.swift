import Diagnostics

/// A rule: its descriptor and the check that reports findings.
public struct LintRule: Sendable {
    /// The rule's id, default severity, ruleset, category and explanation.
    public var descriptor: RuleDescriptor
    let check: @Sendable (LintContext, inout FindingSink) -> Void
    /// The pipeline diagnostic ids this rule reports, for rules that map them.
    var pipelineIDs: Set<DiagnosticID> = []

    init(
        _ id: String, _ severity: Diagnostic.Severity, _ ruleset: RuleDescriptor.Ruleset,
        _ category: RuleDescriptor.Category,
        summary: String, rationale: String, check: @escaping @Sendable (LintContext, inout FindingSink) -> Void
    ) {
        descriptor = RuleDescriptor(
            id: id, severity: severity, ruleset: ruleset, category: category, summary: summary, rationale: rationale)
        self.check = check
    }

    /// A rule whose findings the loader, decoder or resolver already reported under the given diagnostic ids.
    static func pipeline(
        _ id: String, _ severity: Diagnostic.Severity, _ category: RuleDescriptor.Category, ids: Set<DiagnosticID>,
        summary: String, rationale: String
    ) -> LintRule {
        var rule = LintRule(id, severity, .recommended, category, summary: summary, rationale: rationale) {
            context, sink in
            for diagnostic in context.pipelineDiagnostics where ids.contains(diagnostic.id) {
                sink.report(diagnostic, in: context)
            }
        }
        rule.pipelineIDs = ids
        return rule
    }
}

/// Collects one rule's findings.
struct FindingSink {
    var descriptor: RuleDescriptor
    var findings: [Diagnostic] = []

    mutating func report(_ message: String, at node: LintNode) {
        report(message, at: node.location, pointer: node.pointer)
    }

    /// A diagnostic of the loader, decoder or resolver; one without a location points at the file's start.
    mutating func report(_ diagnostic: Diagnostic, in context: LintContext) {
        guard let location = diagnostic.location else {
            report(diagnostic.message, at: SourceLocation(file: context.file, line: 1, column: 1), pointer: "")
            return
        }
        report(
            diagnostic.message, at: location, pointer: diagnostic.pointer ?? context.pointer(at: location),
            related: diagnostic.related)
    }

    mutating func report(
        _ message: String, at location: SourceLocation, pointer: String, related: [RelatedLocation] = []
    ) {
        findings.append(
            Diagnostic(
                descriptor.severity, message, at: location, id: DiagnosticID(descriptor.id),
                pointer: pointer.isEmpty ? nil : pointer, related: related))
    }
}
