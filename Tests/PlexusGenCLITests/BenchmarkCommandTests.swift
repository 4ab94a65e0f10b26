import Foundation
import Testing

/// `plexus-bench` parses its arguments like the CLI: help and usage, never a crash.
@Suite struct BenchmarkCommandTests {
    static var benchmark: URL { CLI.executable.deletingLastPathComponent().appendingPathComponent("plexus-bench") }

    @Test func helpDescribesTheOptions() throws {
        let result = try CLI.run(["--help"], program: Self.benchmark)
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("USAGE: plexus-bench [--iterations <iterations>] [<documents> ...]"))
        #expect(result.standardOutput.contains("--iterations <iterations>"))
    }

    @Test func anUnknownOptionPrintsUsage() throws {
        let result = try CLI.run(["--fast"], program: Self.benchmark)
        #expect(result.status == 64)
        #expect(result.standardError.contains("Error: Unknown option '--fast'"))
        #expect(result.standardError.contains("Usage: plexus-bench"))
    }

    @Test func iterationsMustBePositive() throws {
        let result = try CLI.run(["--iterations", "0"], program: Self.benchmark)
        #expect(result.status == 64)
        #expect(result.standardError.contains("--iterations must be at least 1"))
    }
}
