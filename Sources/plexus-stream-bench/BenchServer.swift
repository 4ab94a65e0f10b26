import Foundation
import HTTPTypes
import OpenAPIRuntime
import PlexusRuntime
import Synchronization

/// The streaming fixture's server stubs as the benchmark needs them: bytes, JSON Lines and events produced lazily
/// as the transport pulls them, uploads counted as they arrive. Operations the benchmark does not call answer 501.
struct BenchServer: APIProtocol {
    func download(_ input: Operations.Download.Input) async throws -> Operations.Download.Output {
        .ok(PatternBytes.body(count: input.size))
    }

    func upload(_ input: Operations.Upload.Input) async throws -> Operations.Upload.Output {
        let arrived = try await PatternBytes.measure(input.body)
        return .ok(UploadSummary(bytes: arrived.count, checksum: arrived.checksum))
    }

    func exportItems(_ input: Operations.ExportItems.Input) async throws -> Operations.ExportItems.Output {
        let count = input.count
        let produced = Mutex(0)
        let items = AsyncThrowingStream<Item, any Error> {
            let id = produced.withLock { value -> Int in
                value += 1
                return value
            }
            return id <= count ? Item(id: id, name: "item \(id)") : nil
        }
        return .ok(ItemStream(items))
    }

    func streamTicks(_ input: Operations.StreamTicks.Input) async throws -> Operations.StreamTicks.Output {
        let count = input.count
        let delay = input.delayMilliseconds ?? 0
        let produced = Mutex(0)
        let ticks = AsyncThrowingStream<ServerSentEventWithJSONData<Tick>, any Error> {
            let sequence = produced.withLock { value -> Int in
                value += 1
                return value
            }
            guard sequence <= count else { return nil }
            if delay > 0 { try await Task.sleep(for: .milliseconds(delay)) }
            return ServerSentEventWithJSONData(event: "tick", data: Tick(sequence: sequence), id: "\(sequence)")
        }
        return .ok(ItemStream(ticks))
    }

    func streamLog(_ input: Operations.StreamLog.Input) async throws -> Operations.StreamLog.Output {
        .undocumented(statusCode: 501, headerFields: [:], body: [])
    }

    func chat(_ input: Operations.Chat.Input) async throws -> Operations.Chat.Output {
        .undocumented(statusCode: 501, headerFields: [:], body: [])
    }

    func importItems(_ input: Operations.ImportItems.Input) async throws -> Operations.ImportItems.Output {
        .undocumented(statusCode: 501, headerFields: [:], body: [])
    }

    func streamRecords(_ input: Operations.StreamRecords.Input) async throws -> Operations.StreamRecords.Output {
        .undocumented(statusCode: 501, headerFields: [:], body: [])
    }

    func subscribe(_ input: Operations.Subscribe.Input) async throws -> Operations.Subscribe.Output {
        .undocumented(statusCode: 501, headerFields: [:], body: [])
    }
}
