import Diagnostics
import Foundation
import Resolver
import SpecDiff
import SwiftEmitter
import Testing

/// A case of `Fixtures/cases` (written by `Fixtures/make-fixtures.py`): two documents, the findings expected
/// between them, and for changes of the Swift API code written against the old SDK.
struct DiffCase: CustomTestStringConvertible, Sendable {
    let name: String

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/cases")

    static func all() -> [DiffCase] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        return names.sorted().map(DiffCase.init)
    }

    static func withCallers() -> [DiffCase] { all().filter { $0.caller != nil } }

    var testDescription: String { name }
    var directory: URL { Self.root.appendingPathComponent(name) }
    var oldPath: String { directory.appendingPathComponent("old.yaml").path }
    var newPath: String { directory.appendingPathComponent("new.yaml").path }

    private func text(_ file: String) -> String? {
        try? String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8)
    }

    /// `check-id severity` lines, sorted.
    var expected: [String] {
        (text("expected.txt") ?? "").split(separator: "\n").map(String.init).sorted()
    }

    /// The checks the case expects, by id.
    var expectedChecks: Set<String> {
        Set(expected.compactMap { $0.split(separator: " ").first.map(String.init) })
    }

    /// The SDK the case compares: `modes.txt`, else models, client and server.
    var modes: Set<GenerationMode> {
        guard let listed = text("modes.txt") else { return Set(GenerationMode.allCases) }
        return Set(listed.split(whereSeparator: \.isWhitespace).compactMap { GenerationMode(rawValue: String($0)) })
    }

    var caller: String? { text("caller.swift") }
    var expectedError: String? { text("expected-error.txt")?.trimmingCharacters(in: .whitespacesAndNewlines) }

    /// Some expected Swift finding can stop code written against the old SDK compiling.
    var breaksCallers: Bool {
        expected.contains {
            $0.hasPrefix("swift-") && ($0.hasSuffix(" breaking") || $0.hasSuffix(" potentially-breaking"))
        }
    }

    static func resolve(_ path: String) throws -> ResolvedAPI {
        let result = APIResolver.resolve(contentsOf: path)
        #expect(!result.hasErrors, "\(result.diagnostics)")
        return try #require(result.api)
    }

    func report(config: DiffConfig = DiffConfig()) throws -> DiffReport {
        SpecDiff.compare(
            old: try Self.resolve(oldPath), new: try Self.resolve(newPath), names: (oldPath, newPath), modes: modes,
            options: EmitterOptions(), renderer: try TemplateRenderer(), config: config)
    }
}
