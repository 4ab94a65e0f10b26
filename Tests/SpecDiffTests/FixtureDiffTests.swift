import Diagnostics
import Foundation
import Resolver
import SpecDiff
import SwiftEmitter
import Testing

/// Every fixture case finds exactly the changes its expectations list, each located in the documents.
@Suite struct FixtureDiffTests {
    @Test(arguments: DiffCase.all())
    func findsExactlyTheExpectedChanges(_ fixture: DiffCase) throws {
        let report = try fixture.report()
        let found = report.findings.map { "\($0.check.id) \($0.severity.rawValue)" }.sorted()
        #expect(found == fixture.expected, "\(report.findings.map(\.diagnostic.description).joined(separator: "\n"))")
        for finding in report.findings {
            #expect(!finding.message.isEmpty)
            #expect(!finding.subject.isEmpty)
            let location = try #require(finding.location)
            #expect([fixture.oldPath, fixture.newPath].contains(location.file))
            #expect(location.line > 0 && location.column > 0)
            if let old = finding.old { #expect(old.file == fixture.oldPath) }
            if let new = finding.new { #expect(new.file == fixture.newPath) }
        }
    }

    @Test func theCasesCoverEveryCheck() {
        let covered = DiffCase.all().reduce(into: Set<String>()) { $0.formUnion($1.expectedChecks) }
        let missing = DiffCheck.all.map(\.id).filter { !covered.contains($0) }
        #expect(missing.isEmpty, "checks without a fixture: \(missing)")
        #expect(covered.isSubset(of: Set(DiffCheck.all.map(\.id))), "unknown checks in expectations")
        #expect(DiffCheck.all.count >= 60)
    }

    @Test func everySwiftCheckIsProvedByCodeWrittenAgainstTheOldSDK() {
        let proved = DiffCase.withCallers().reduce(into: Set<String>()) { $0.formUnion($1.expectedChecks) }
        let missing = DiffCheck.all.filter { $0.level == .swift && !proved.contains($0.id) }.map(\.id)
        #expect(missing.isEmpty, "Swift checks without a caller: \(missing)")
    }

    @Test func aDocumentAgainstItselfHasNoChanges() throws {
        for fixture in DiffCase.all().prefix(5) {
            let api = try DiffCase.resolve(fixture.oldPath)
            let report = SpecDiff.compare(
                old: api, new: api, names: ("a", "b"), modes: Set(GenerationMode.allCases), options: EmitterOptions(),
                renderer: try TemplateRenderer())
            #expect(report.findings.isEmpty)
            #expect(report.bump.level == .none)
        }
    }
}

@Suite struct DiffDocumentationTests {
    @Test func theChecksDocumentIsCurrent() throws {
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/diff-checks.md")
        if ProcessInfo.processInfo.environment["DIFF_RECORD"] == "1" {
            try DiffCheckList.markdown().write(to: file, atomically: true, encoding: .utf8)
        }
        #expect(
            try String(contentsOf: file, encoding: .utf8) == DiffCheckList.markdown(), "regenerate with DIFF_RECORD=1")
    }
}
