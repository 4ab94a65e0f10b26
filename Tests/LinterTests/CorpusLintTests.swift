import Diagnostics
import Foundation
import Linter
import Resolver
import TestSupport
import Testing

/// Every corpus document lints without a crash; every document the reference validator rejects gets an error.
@Suite struct CorpusLintTests {
    @Test(arguments: try CorpusDocument.roots())
    func documentLints(_ document: CorpusDocument) {
        let linter = Linter(resolverOptions: ResolverOptions(allowedRoot: CorpusDocument.directory.path))
        let report = linter.lint(path: document.fullPath)
        for finding in report.findings {
            #expect(finding.place.line >= 1 && finding.place.column >= 1, "\(finding.description)")
        }
        guard !document.validatorAccepts, CorpusDocument.validatorMisjudged[document.path] == nil else { return }
        let errors = report.findings.filter { $0.severity == .error }
        #expect(!errors.isEmpty, "the validator rejects it (\(document.verdict)) but lint found no error")
    }
}
