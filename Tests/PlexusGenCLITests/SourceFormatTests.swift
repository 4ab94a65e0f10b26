import Foundation
import TestSupport
import Testing

/// The layout of our own Swift sources: `swift format lint --strict` with the repository's `.swift-format` (line
/// length 120) finds nothing. Generated code, the corpus and test fixtures are not ours to format.
struct SourceFormatTests {
    /// Our Swift files, relative to the repository root, sorted.
    static func ourSwiftFiles() throws -> [String] {
        let root = CLI.repository
        var files = ["Package.swift"]
        for top in ["Sources", "Tests", "Plugins", "Examples"] {
            let directory = root.appendingPathComponent(top)
            guard let walker = FileManager.default.enumerator(atPath: directory.path) else { continue }
            for case let path as String in walker where path.hasSuffix(".swift") {
                let components = path.split(separator: "/")
                let excluded = ["Generated", "Corpus", "Fixtures", "__Snapshots__", ".build"]
                guard !components.contains(where: { excluded.contains(String($0)) }) else { continue }
                files.append("\(top)/\(path)")
            }
        }
        return files.sorted()
    }

    @Test func swiftFormatLintStrictFindsNothing() async throws {
        let files = try Self.ourSwiftFiles()
        #expect(files.count > 100)
        let result = try await ExternalProcess.runOffThePool(
            ["swift", "format", "lint", "--strict"] + files, in: CLI.repository)
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.isEmpty, "\(result.output)")
    }
}
