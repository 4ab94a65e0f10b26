import ArgumentParser
import Foundation

/// `plexus-bench`: prints speed and memory figures of each pipeline stage for a set of documents.
///
/// Each document is measured in a child process of its own so that peak memory belongs to that document alone.
/// Times are medians over `--iterations` runs after one warm-up run.
@main
struct BenchmarkMain: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plexus-bench",
        abstract: "Speed and memory figures of each plexus-gen stage, per document.",
        discussion: """
            Each document is measured in a process of its own (so peak memory is that document's): libyaml's bare \
            scan, load, decode, resolve, rendering of models, client and server, lint, the whole job in process, \
            and the wall time of `plexus-gen generate` (models, client, server) as a process. Times are medians \
            after one warm-up run. Run it from the repository root on a release build: \
            swift run -c release plexus-bench
            """)

    /// The documents measured when none is given: the Plexus spec and the largest corpus documents.
    static let defaultDocuments = [
        "openapi.yaml",
        "Tests/Corpus/apple-swift-openapi-generator/Examples/streaming-chatgpt-proxy/Sources/ChatGPT/openapi.yaml",
        "Tests/Corpus/openapi-spec-validator-bench/docker.yaml",
        "Tests/Corpus/edge/openapikit/google-books-3.0.yaml",
    ]

    @Option(help: "Runs per figure; the median is printed.")
    var iterations = 20

    @Option(name: .customLong("measure-one"), help: .private)
    var measuredDocument: String?

    @Argument(help: "OpenAPI documents to measure (default: openapi.yaml and the three largest corpus documents).")
    var documents: [String] = []

    @Flag(
        help: ArgumentHelp(
            "Measure `plexus-gen diff` of the two documents given (old, new) instead: resolving each, comparing, "
                + "the whole job, peak memory, and the wall time of the command."))
    var diff = false

    func validate() throws {
        guard iterations >= 1 else { throw ValidationError("--iterations must be at least 1") }
        if diff, documents.count != 2 { throw ValidationError("--diff needs two documents: OLD NEW") }
    }

    func run() throws {
        if diff {
            let figures = try DiffMeasurement.measure(old: documents[0], new: documents[1], iterations: iterations)
            print("plexus-bench --diff: median of \(iterations) runs per figure")
            print(figures.table(old: documents[0], new: documents[1]))
            let wall = try Self.wallClock(
                ["diff", documents[0], documents[1], "--fail-on", "never", "--no-config"],
                iterations: min(iterations, 10))
            print(String(format: "plexus-gen diff %8.1f ms   (the command, wall time)", wall * 1000))
            return
        }
        if let measuredDocument {
            let figures = try DocumentMeasurement.measure(path: measuredDocument, iterations: iterations)
            print(figures.serialized)
            return
        }
        let paths = documents.isEmpty ? Self.defaultDocuments : documents
        print("plexus-bench: median of \(iterations) runs per figure, each document in its own process")
        print(Figures.header)
        for path in paths {
            let output = try Self.runChild(arguments: ["--measure-one", path, "--iterations", String(iterations)])
            guard var figures = Figures(serialized: output) else {
                print("\(path): measurement failed: \(output)")
                continue
            }
            figures.wallSeconds = try Self.wallClock(
                [
                    "generate", path, "--output", "{output}", "--mode", "types", "--mode", "client", "--mode",
                    "server", "--ref-root", "/",
                ], iterations: min(iterations, 10))
            print(figures.row)
        }
    }

    /// The median wall time of the `plexus-gen` beside this executable run with `arguments` (`{output}` stands
    /// for a fresh directory), or 0 when it is not built.
    private static func wallClock(_ arguments: [String], iterations: Int) throws -> Double {
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
            .deletingLastPathComponent().appendingPathComponent("plexus-gen")
        guard FileManager.default.isExecutableFile(atPath: executable.path) else { return 0 }
        let clock = ContinuousClock()
        var samples: [Duration] = []
        for _ in 0..<max(1, iterations) {
            let output = FileManager.default.temporaryDirectory.appendingPathComponent(
                "plexus-bench-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: output) }
            let start = clock.now
            try spawnAndWait([executable.path] + arguments.map { $0 == "{output}" ? output.path : $0 })
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
        defer { for argument in argv { free(argument) } }
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
