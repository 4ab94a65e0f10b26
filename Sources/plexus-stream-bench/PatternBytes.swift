import Foundation
import OpenAPIRuntime
import Synchronization

// Shared by plexus-stream-bench and the streaming end-to-end tests (a symlink there), as the plugins share their
// inputs: both need the same byte stream and the same check of what arrived.

/// A byte stream of any length that is produced as it is read and checked as it arrives: the bytes 0, 1, ..., 250,
/// 0, 1, ..., so a sum over them tells a reordered or lost chunk from a good one.
enum PatternBytes {
    /// `count` bytes produced 64 KiB at a time as they are read; iterable once.
    static func body(count: Int64) -> HTTPBody {
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

    /// The sum of the bytes `body(count:)` produces.
    static func checksum(count: Int64) -> Int64 {
        let full = count / 251
        let rest = count % 251
        return full * (250 * 251 / 2) + rest * (rest - 1) / 2
    }

    /// Reads `bytes` to the end: how many arrived, their sum, and in how many chunks.
    static func measure<Bytes: AsyncSequence>(_ bytes: Bytes) async throws -> (
        count: Int64, checksum: Int64, chunks: Int
    )
    where Bytes.Element == ArraySlice<UInt8> {
        var count: Int64 = 0
        var checksum: Int64 = 0
        var chunks = 0
        for try await chunk in bytes {
            chunks += 1
            count += Int64(chunk.count)
            for byte in chunk { checksum &+= Int64(byte) }
        }
        return (count, checksum, chunks)
    }
}
