import Foundation
import Testing

/// `plexus-stream-bench` runs every phase on small amounts and prints a line per phase. (Its figures are for
/// people; nothing here depends on how fast it was.)
@Suite struct StreamBenchmarkCommandTests {
    static var benchmark: URL {
        CLI.executable.deletingLastPathComponent().appendingPathComponent("plexus-stream-bench")
    }

    @Test func everyPhaseRunsAndReportsItsPeakMemory() throws {
        let result = try CLI.run(["--size-mib", "2", "--items", "300", "--events", "20"], program: Self.benchmark)
        #expect(result.status == 0, "\(result.standardError)")
        let lines = result.standardOutput.split(separator: "\n")
        for phase in ["download (bytes)", "upload (bytes)", "JSON Lines export", "server-sent events"] {
            let line = lines.first { $0.hasPrefix(phase) }
            #expect(line?.hasSuffix(" MiB") == true, "\(result.standardOutput)")
        }
        #expect(lines.contains { $0.hasPrefix("first event after ") })
    }

    @Test func helpDescribesThePhases() throws {
        let result = try CLI.run(["--help"], program: Self.benchmark)
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("--size-mib <size-mib>"))
        #expect(result.standardOutput.contains("peak memory") || result.standardOutput.contains("Peak memory"))
    }
}
