import Foundation
import HTTPTypes
import OpenAPIRuntime
import PlexusRuntime
import Synchronization

/// The streaming fixture's server stubs as the benchmark needs them: bytes, JSON Lines and events produced lazily
/// as the transport pulls them, uploads counted as they arrive. Operations the benchmark does not call answer 501.
struct BenchServer: APIProtocol {
    func download(_ input: Operations.Download.Input) async throws -> Operations.Download.Output {
        .ok(Self.bytes(count: input.size))
    }

    func upload(_ input: Operations.Upload.Input) async throws -> Operations.Upload.Output {
        var bytes: Int64 = 0
        var checksum: Int64 = 0
        for try await chunk in input.body {
            bytes += Int64(chunk.count)
            for byte in chunk { checksum &+= Int64(byte) }
        }
        return .ok(UploadSummary(bytes: bytes, checksum: checksum))
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

    /// `count` bytes (0, 1, ..., 250, 0, 1, ...) produced 64 KiB at a time as they are read.
    static func bytes(count: Int64) -> HTTPBody {
        let produced = Mutex<Int64>(0)
        let chunkSize: Int64 = 64 << 10
        let chunks = AsyncThrowingStream<ArraySlice<UInt8>, any Error> {
            let start = produced.withLock { value -> Int64 in
                defer { value += min(chunkSize, max(0, count - value)) }
                return value
            }
            guard start < count else { return nil }
            let size = Int(min(chunkSize, count - start))
            var chunk = [UInt8](repeating: 0, count: size)
            for index in 0..<size { chunk[index] = UInt8(truncatingIfNeeded: (start + Int64(index)) % 251) }
            return chunk[...]
        }
        return HTTPBody(chunks, length: .known(count), iterationBehavior: .single)
    }

    /// The sum of the bytes `bytes(count:)` produces.
    static func checksum(count: Int64) -> Int64 {
        let full = count / 251
        let rest = count % 251
        return full * (250 * 251 / 2) + rest * (rest - 1) / 2
    }
}
