import Foundation
import TestSupport
import Testing

/// The fuzzing harness (Tests/Fuzz): every seed and every input that once crashed replays without a crash; with
/// `PLEXUS_FUZZ_RUNS=N` (set by `.ci/run`) a bounded libFuzzer session of N inputs runs too.
@Suite struct FuzzReplayTests {
    static var harness: URL { CLI.executable.deletingLastPathComponent().appendingPathComponent("plexus-fuzz") }

    @Test func seedsAndRegressionsReplayWithoutACrash() throws {
        let fuzz = CLI.repository.appendingPathComponent("Tests/Fuzz")
        let regressions = try FileManager.default.contentsOfDirectory(
            atPath: fuzz.appendingPathComponent("Regressions").path)
        let seeds = try FileManager.default.contentsOfDirectory(atPath: fuzz.appendingPathComponent("Seeds").path)
        let result = try ExternalProcess.run(
            [
                Self.harness.path, fuzz.appendingPathComponent("Seeds").path,
                fuzz.appendingPathComponent("Regressions").path,
            ],
            in: CLI.repository)
        #expect(result.status == 0, "\(result.output)")
        #expect(
            result.output.contains("plexus-fuzz: \(seeds.count + regressions.count) input(s) replayed, no crash"),
            "\(result.output)")
    }

    @Test(
        .enabled(if: ProcessInfo.processInfo.environment["PLEXUS_FUZZ_RUNS"] != nil, "PLEXUS_FUZZ_RUNS is not set"),
        .timeLimit(.minutes(30)))
    func aBoundedLibFuzzerSessionFindsNoCrash() async throws {
        let runs = ProcessInfo.processInfo.environment["PLEXUS_FUZZ_RUNS"] ?? "0"
        let result = try await ExternalProcess.runOffThePool(["bash", "scripts/fuzz.sh", runs], in: CLI.repository)
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("stat::number_of_executed_units"), "\(result.output)")
    }
}
