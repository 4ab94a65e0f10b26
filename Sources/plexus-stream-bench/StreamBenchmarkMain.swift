import ArgumentParser
import Foundation
import Hummingbird
import HummingbirdTesting
import OpenAPIAsyncHTTPClient
import OpenAPIHummingbird
import OpenAPIRuntime
import PlexusRuntime

/// `plexus-stream-bench`: streamed bodies of a generated SDK over real HTTP on 127.0.0.1, with the peak memory of
/// the process (client and server together) per phase.
///
/// The SDK is generated from the streaming end-to-end fixture (`Tests/StreamingEndToEndTests/Fixtures/streams.yaml`,
/// into `Generated/`, kept current by a test); the server is Hummingbird through swift-openapi-hummingbird, the
/// client AsyncHTTPClient through swift-openapi-async-http-client.
@main
struct StreamBenchmarkMain: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plexus-stream-bench",
        abstract: "Throughput and peak memory of streamed bodies in a generated SDK, client and server in process.",
        discussion: """
            Phases: a binary download and a binary upload of --size-mib MiB, a JSON Lines export of --items items, \
            and --events server-sent events (time to the first event and to the last). Peak memory is the \
            process's resident high-water mark (VmHWM), reset before each phase. Run a release build: \
            swift run -c release plexus-stream-bench
            """)

    @Option(name: .customLong("size-mib"), help: "Size of the download and of the upload, in MiB.")
    var sizeMiB = 1024

    @Option(help: "Items of the JSON Lines export.")
    var items = 100_000

    @Option(help: "Server-sent events of the event stream.")
    var events = 1000

    func run() async throws {
        let router = Router()
        try BenchServer().registerHandlers(on: router)
        let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)))
        let size = Int64(sizeMiB) << 20
        let items = self.items
        let events = self.events
        try await app.test(.live) { testClient in
            guard let port = testClient.port, let url = URL(string: "http://127.0.0.1:\(port)") else {
                throw ValidationError("the server did not start")
            }
            let client = Client(serverURL: url, transport: AsyncHTTPClientTransport(), retryPolicy: nil)
            print("phase                     amount        seconds   throughput        peak RSS")
            print(String(format: "%@ %.1f MiB", "idle RSS before the phases:", PeakMemory.currentMiB))

            try await Self.phase(
                "download (bytes)", amount: "\(size >> 20) MiB", per: Double(size) / 1_048_576, "MiB/s"
            ) {
                let arrived = try await PatternBytes.measure(try await client.download(size: size))
                guard arrived.count == size, arrived.checksum == PatternBytes.checksum(count: size) else {
                    throw ValidationError("download: \(arrived.count) bytes, checksum \(arrived.checksum)")
                }
            }
            try await Self.phase("upload (bytes)", amount: "\(size >> 20) MiB", per: Double(size) / 1_048_576, "MiB/s")
            {
                let summary = try await client.upload(body: PatternBytes.body(count: size))
                guard summary.bytes == size, summary.checksum == PatternBytes.checksum(count: size) else {
                    throw ValidationError("upload: \(summary.bytes) bytes, checksum \(summary.checksum)")
                }
            }
            try await Self.phase("JSON Lines export", amount: "\(items) items", per: Double(items), "items/s") {
                var count = 0
                for try await item in try await client.exportItems(count: items) {
                    count += 1
                    guard item.id == count else { throw ValidationError("item \(item.id) arrived as \(count)") }
                }
                guard count == items else { throw ValidationError("export: \(count) items") }
            }
            var firstEvent: Duration = .zero
            try await Self.phase("server-sent events", amount: "\(events) events", per: Double(events), "events/s") {
                let clock = ContinuousClock()
                let start = clock.now
                var count = 0
                for try await event in try await client.streamTicks(count: events) {
                    count += 1
                    if count == 1 { firstEvent = clock.now - start }
                    guard event.data?.sequence == count else { throw ValidationError("event out of order") }
                }
                guard count == events else { throw ValidationError("events: \(count)") }
            }
            print(
                String(
                    format: "first event after %.2f ms",
                    Double(firstEvent.components.attoseconds) / 1e15
                        + Double(firstEvent.components.seconds) * 1000))
        }
    }

    /// Runs `body` once with the peak memory reset, and prints its time, throughput and peak.
    static func phase(
        _ name: String, amount: String, per units: Double, _ unit: String, _ body: () async throws -> Void
    ) async throws {
        PeakMemory.reset()
        let clock = ContinuousClock()
        let elapsed = try await clock.measure(body)
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let padded = name.padding(toLength: 25, withPad: " ", startingAt: 0)
        let amountText = amount.padding(toLength: 13, withPad: " ", startingAt: 0)
        print(
            "\(padded) \(amountText) "
                + String(format: "%7.2f   %10.0f %@   %7.1f MiB", seconds, units / seconds, unit, PeakMemory.peakMiB))
    }
}
