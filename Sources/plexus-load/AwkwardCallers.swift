import Foundation
import HTTPTypes
import OpenAPIAsyncHTTPClient
import OpenAPIRuntime
import PlexusAPI
import PlexusRuntime
import Synchronization

/// The sandbox (generated stubs) under fast callers while others trickle bodies over seconds, vanish halfway
/// through a body, or send bodies over the size limit: the fast callers' latency with and without them, what the
/// awkward ones got, and the server's memory.
enum AwkwardCallers {
    static func run(transport: AsyncHTTPClientTransport, port: Int) async throws {
        let server = try ServerProcess(kind: .generated, port: port, maximumBodySize: 64 << 10)
        defer { server.stop() }
        let client = LoadRun.client(server.url, token: server.token, transport: transport)
        let token = server.token
        _ = try await LoadRun.drive(client, tasks: 64, seconds: 1, memory: nil)
        let alone = try await LoadRun.drive(client, tasks: 64, seconds: 4, memory: server)
        let tally = Tally()
        let awkward = Task {
            await withTaskGroup(of: Void.self) { group in
                for index in 0..<48 {
                    group.addTask {
                        while !tally.stopped {
                            let outcome = await call(
                                kind: index % 3, url: server.url, token: token, transport: transport)
                            tally.count(outcome)
                        }
                    }
                }
            }
        }
        let crowded = try await LoadRun.drive(client, tasks: 64, seconds: 6, memory: server)
        tally.stop()
        await awkward.value
        print("awkward callers (64 fast tasks; 16 trickling a body over 2 s, 16 vanishing mid-body, 16 sending 64 MiB")
        print("against a 64 KiB limit, all at once):")
        print("    fast callers alone        \(alone.line)")
        print("    with the awkward callers  \(crowded.line)")
        print(
            "    awkward outcomes: \(tally.outcomes.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))"
        )
        print("    RSS MiB per second: \(crowded.memory.map { String(format: "%.0f", $0) }.joined(separator: " "))")
    }

    /// One awkward call: 0 trickles, 1 vanishes, 2 sends too much; returns what happened.
    static func call(kind: Int, url: URL, token: String, transport: AsyncHTTPClientTransport) async -> String {
        var request = HTTPRequest(method: .put, scheme: nil, authority: nil, path: "/rest/user")
        request.headerFields[.authorization] = "Bearer \(token)"
        request.headerFields[.contentType] = "application/json"
        let json = Array(#"{"full_name": "Demo User", "language": "de"}"#.utf8)
        let body: HTTPBody
        switch kind {
        case 0:
            body = HTTPBody(
                AsyncThrowingStream<ArraySlice<UInt8>, any Error> { continuation in
                    Task {
                        for byte in json {
                            try await Task.sleep(for: .milliseconds(2000 / json.count))
                            continuation.yield([byte])
                        }
                        continuation.finish()
                    }
                }, length: .known(Int64(json.count)), iterationBehavior: .single)
        case 1:
            body = HTTPBody(
                AsyncThrowingStream<ArraySlice<UInt8>, any Error> { continuation in
                    continuation.yield(ArraySlice(json.prefix(json.count / 2)))
                }, length: .known(Int64(json.count)), iterationBehavior: .single)
            let call = Task { try await transport.send(request, body: body, baseURL: url, operationID: "vanish") }
            try? await Task.sleep(for: .milliseconds(300))
            call.cancel()
            _ = await call.result
            return "vanished"
        default:
            body = HTTPBody(
                AsyncThrowingStream<ArraySlice<UInt8>, any Error> { continuation in
                    continuation.yield(ArraySlice(repeating: UInt8(ascii: " "), count: 64 << 10))
                }, length: .known(64 << 20), iterationBehavior: .single)
        }
        do {
            let (response, _) = try await transport.send(request, body: body, baseURL: url, operationID: "awkward")
            return "\(kind == 0 ? "trickled" : "oversized") \(response.status.code)"
        } catch {
            return "\(kind == 0 ? "trickled" : "oversized") error"
        }
    }
}

/// What the awkward callers got, and when they should stop.
final class Tally: Sendable {
    private let state = Mutex((outcomes: [String: Int](), stopped: false))

    var stopped: Bool { state.withLock { $0.stopped } }
    var outcomes: [String: Int] { state.withLock { $0.outcomes } }

    func count(_ outcome: String) { state.withLock { $0.outcomes[outcome, default: 0] += 1 } }
    func stop() { state.withLock { $0.stopped = true } }
}
