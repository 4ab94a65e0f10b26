import Foundation
import Resolver
import SpecDiff
import SwiftEmitter
import Testing

/// The Plexus spec against itself finds nothing; against a copy with one change per check it finds exactly the
/// findings those changes cause, each change alone and all of them at once.
@Suite struct PlexusDiffTests {
    static let specification = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("openapi.yaml")

    static func report(_ changed: String) throws -> DiffReport {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "plexus-diff-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("openapi.yaml").path
        try changed.write(toFile: path, atomically: true, encoding: .utf8)
        return SpecDiff.compare(
            old: try DiffCase.resolve(specification.path), new: try DiffCase.resolve(path), names: ("old", "new"),
            modes: Set(GenerationMode.allCases), options: EmitterOptions(), renderer: try TemplateRenderer())
    }

    static func found(_ report: DiffReport) -> [String] {
        report.findings.map { "\($0.check.id) \($0.severity.rawValue)" }.sorted()
    }

    @Test func thePlexusSpecAgainstItselfFindsNothing() throws {
        let text = try String(contentsOf: Self.specification, encoding: .utf8)
        let report = try Self.report(text)
        #expect(report.findings.isEmpty, "\(report.findings.map(\.diagnostic.description))")
        #expect(report.bump.level == .none)
    }

    @Test(arguments: PlexusChanges.all)
    func eachChangeAloneFindsExactlyItsFindings(_ change: PlexusChange) throws {
        let text = try String(contentsOf: Self.specification, encoding: .utf8)
        let report = try Self.report(try change.apply(to: text))
        #expect(
            Self.found(report) == change.expected,
            "\(report.findings.map(\.diagnostic.description).joined(separator: "\n"))")
    }

    @Test func allChangesAtOnceFindExactlyAllTheirFindings() throws {
        var text = try String(contentsOf: Self.specification, encoding: .utf8)
        for change in PlexusChanges.all { text = try change.apply(to: text) }
        let report = try Self.report(text)
        var missing = PlexusChanges.all.flatMap(\.expected)
        var extra: [String] = []
        for found in Self.found(report) {
            if let index = missing.firstIndex(of: found) { missing.remove(at: index) } else { extra.append(found) }
        }
        #expect(missing.isEmpty && extra.isEmpty, "missing \(missing), extra \(extra)")
    }

    @Test func theChangesCoverEveryCheckPlexusCanShow() {
        let covered = Set(PlexusChanges.all.flatMap { $0.expected.map { String($0.split(separator: " ")[0]) } })
        let missing = DiffCheck.all.map(\.id).filter {
            !covered.contains($0) && PlexusChanges.notApplicable[$0] == nil
        }
        #expect(missing.isEmpty, "checks no Plexus change shows: \(missing)")
        #expect(PlexusChanges.notApplicable.keys.allSatisfy { !covered.contains($0) })
    }
}
