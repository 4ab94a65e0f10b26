import Foundation

/// `plexus-bench`: prints speed and memory figures of each pipeline stage for a set of documents.
///
/// Each document is measured in a child process of its own so that peak memory belongs to that document alone.
/// Times are medians over `--iterations` runs after one warm-up run.
@main
enum BenchmarkMain {
    static let defaultDocuments = [
        "openapi.yaml",
        "../shared/corpus/apple-swift-openapi-generator/Examples/streaming-chatgpt-proxy/Sources/ChatGPT/openapi.yaml",
        "../shared/corpus/openapi-spec-validator-bench/docker.yaml",
        "../shared/corpus/edge/openapikit/google-books-3.0.yaml",
    ]

    static func main() throws {
        var arguments = Array(CommandLine.arguments.dropFirst())
        var iterations = 20
        if let index = arguments.firstIndex(of: "--iterations"), index + 1 < arguments.count {
            iterations = Int(arguments[index + 1]) ?? iterations
            arguments.removeSubrange(index...index + 1)
        }
        if arguments.first == "--measure-one", arguments.count == 2 {
            let figures = try DocumentMeasurement.measure(path: arguments[1], iterations: iterations)
            print(figures.serialized)
            return
        }
        let documents = arguments.isEmpty ? defaultDocuments : arguments
        print("plexus-bench: median of \(iterations) runs per figure, each document in its own process")
        print(Figures.header)
        for path in documents {
            let output = try runChild(arguments: ["--measure-one", path, "--iterations", String(iterations)])
            guard var figures = Figures(serialized: output) else {
                print("\(path): measurement failed: \(output)")
                continue
            }
            figures.wallSeconds = try wallClock(path, iterations: min(iterations, 10))
            print(figures.row)
        }
    }

    /// The median wall time of the `plexus-gen` beside this executable generating everything into a fresh
    /// directory, or 0 when it is not built.
    private static func wallClock(_ path: String, iterations: Int) throws -> Double {
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
            .deletingLastPathComponent().appendingPathComponent("plexus-gen")
        guard FileManager.default.isExecutableFile(atPath: executable.path) else { return 0 }
        let clock = ContinuousClock()
        var samples: [Duration] = []
        for _ in 0..<max(1, iterations) {
            let output = FileManager.default.temporaryDirectory.appendingPathComponent("plexus-bench-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: output) }
            let arguments = [
                executable.path, "generate", path, "--output", output.path, "--mode", "types", "--mode", "client",
                "--mode", "server", "--ref-root", "/",
            ]
            let start = clock.now
            try spawnAndWait(arguments)
            samples.append(start.duration(to: clock.now))
        }
        return samples.medianSeconds
    }

    /// Runs a process with stdout and stderr discarded and waits for it. `posix_spawn` and `waitpid` directly:
    /// Foundation's `Process` adds tens of milliseconds of its own on Linux, which would be charged to plexus-gen.
    private static func spawnAndWait(_ arguments: [String]) throws {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid = pid_t()
        let status = posix_spawn(&pid, arguments[0], &actions, nil, &argv, environ)
        guard status == 0 else { throw CocoaError(.executableLoad) }
        var exitStatus: Int32 = 0
        waitpid(pid, &exitStatus, 0)
    }

    private static func runChild(arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/proc/self/exe")
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
