import ArgumentParser
import AsyncHTTPClient
import Foundation
import HTTPTypes
import OpenAPIAsyncHTTPClient
import OpenAPIRuntime
import PlexusAPI
import PlexusRuntime
import Synchronization

/// `plexus-load run`: starts each server in its own process, drives it with the generated client from `tasks`
/// concurrent tasks for `seconds`, alternating generated and hand-written for `rounds` rounds, and prints requests per
/// second, p50 / p99 latency, errors and the server's resident memory over time; then the awkward callers.
struct LoadRun: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "run", abstract: "Run the side-by-side load test.")

    @Option(help: "Concurrent client tasks.") var tasks = 256
    @Option(help: "Seconds per measured run.") var seconds = 10.0
    @Option(help: "Seconds of warm-up before each measured run.") var warmup = 2.0
    @Option(help: "Rounds; each runs the generated stubs, then the hand-written route.") var rounds = 3
    @Option(help: "First of two ports the servers listen on.") var port = 18_080

    func run() async throws {
        var configuration = HTTPClient.Configuration()
        configuration.connectionPool.concurrentHTTP1ConnectionsPerHostSoftLimit = tasks
        let http = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
        defer { _ = http.shutdown() }
        let transport = AsyncHTTPClientTransport(configuration: .init(client: http))
        print("plexus-load: \(tasks) tasks, \(Int(seconds)) s per run after \(Int(warmup)) s warm-up, \(rounds) rounds")
        print("GET /rest/accounts/A1.1/transactions through the generated client (6 booked transactions as JSON)")
        var results: [LoadServe.Kind: [LoadResult]] = [:]
        for round in 1...rounds {
            for kind in LoadServe.Kind.allCases {
                let server = try ServerProcess(kind: kind, port: port + (kind == .generated ? 0 : 1))
                defer { server.stop() }
                let url = server.url
                let client = Self.client(url, token: server.token, transport: transport)
                _ = try await Self.drive(client, tasks: tasks, seconds: warmup, memory: nil)
                let result = try await Self.drive(client, tasks: tasks, seconds: seconds, memory: server)
                results[kind, default: []].append(result)
                print(
                    "round \(round) \(kind.rawValue.padding(toLength: 11, withPad: " ", startingAt: 0)) \(result.line)")
                print(
                    "    RSS MiB per second: \(result.memory.map { String(format: "%.0f", $0) }.joined(separator: " "))"
                )
            }
        }
        let generated = LoadResult.median(results[.generated] ?? [])
        let handwritten = LoadResult.median(results[.handwritten] ?? [])
        print("median generated   \(generated.line)")
        print("median handwritten \(handwritten.line)")
        print(
            String(
                format: "generated / hand-written throughput: %.0f%%",
                100 * generated.requestsPerSecond / handwritten.requestsPerSecond))
        try await AwkwardCallers.run(transport: transport, port: port + 2)
    }

    /// A generated client calling as the demo user with `token`.
    static func client(_ url: URL, token: String, transport: any ClientTransport) -> Client {
        var user = Client.Credentials()
        user.userAuth = .bearer { token }
        return Client(serverURL: url, transport: transport, credentials: user, retryPolicy: nil)
    }

    /// Runs `tasks` loops of requests for `seconds`, sampling the server's memory each second.
    static func drive(_ client: Client, tasks: Int, seconds: Double, memory server: ServerProcess?) async throws
        -> LoadResult
    {
        let clock = ContinuousClock()
        let start = clock.now
        let deadline = start + .milliseconds(Int(seconds * 1000))
        let sampler = Task {
            var samples: [Double] = []
            while clock.now < deadline, !Task.isCancelled {
                try? await Task.sleep(for: .seconds(1))
                if let server { samples.append(server.residentMiB) }
            }
            return samples
        }
        let perTask = try await withThrowingTaskGroup(of: ([Duration], Int).self) { group in
            for _ in 0..<tasks {
                group.addTask {
                    var latencies: [Duration] = []
                    var errors = 0
                    while clock.now < deadline {
                        let begin = clock.now
                        do {
                            let list = try await client.listTransactionsOfAccount(accountID: "A1.1")
                            if list.transactions.count != 6 { errors += 1 }
                        } catch {
                            errors += 1
                        }
                        latencies.append(clock.now - begin)
                    }
                    return (latencies, errors)
                }
            }
            return try await group.reduce(into: [([Duration], Int)]()) { $0.append($1) }
        }
        let elapsed = clock.now - start
        let memory = await sampler.value
        let latencies = perTask.flatMap(\.0).sorted()
        return LoadResult(
            requests: latencies.count, errors: perTask.map(\.1).reduce(0, +), elapsed: elapsed.seconds,
            p50: latencies.percentile(0.50), p99: latencies.percentile(0.99), memory: memory,
            peakMiB: server?.peakMiB ?? .nan)
    }
}

/// One measured run.
struct LoadResult {
    var requests: Int
    var errors: Int
    var elapsed: Double
    var p50: Double
    var p99: Double
    var memory: [Double]
    var peakMiB: Double

    var requestsPerSecond: Double { Double(requests) / elapsed }

    var line: String {
        String(
            format: "%8.0f req/s  p50 %6.2f ms  p99 %7.2f ms  errors %d  peak RSS %.0f MiB", requestsPerSecond,
            p50 * 1000, p99 * 1000, errors, peakMiB)
    }

    /// The run with the median throughput.
    static func median(_ results: [LoadResult]) -> LoadResult {
        let sorted = results.sorted { $0.requestsPerSecond < $1.requestsPerSecond }
        return sorted[sorted.count / 2]
    }
}

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}

extension Array where Element == Duration {
    /// The `fraction` percentile of a sorted array, in seconds.
    func percentile(_ fraction: Double) -> Double {
        guard !isEmpty else { return .nan }
        return self[Swift.min(count - 1, Int(Double(count) * fraction))].seconds
    }
}
