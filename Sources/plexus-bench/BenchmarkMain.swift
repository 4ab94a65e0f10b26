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
            guard let figures = Figures(serialized: output) else {
                print("\(path): measurement failed: \(output)")
                continue
            }
            print(figures.row)
        }
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
