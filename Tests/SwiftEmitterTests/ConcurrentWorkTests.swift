import Testing

@testable import SwiftEmitter

/// Rendering on all cores must not change the output: results come back in order, each piece rendered once, and
/// the files models go into are the same on every machine.
@Suite struct ConcurrentWorkTests {
    @Test func resultsComeBackInIndexOrderWithEveryIndexOnce() {
        let results = ConcurrentWork.map(10_000) { index in index * 3 }
        #expect(results == (0..<10_000).map { $0 * 3 })
        #expect(ConcurrentWork.map(0) { $0 }.isEmpty)
        #expect(ConcurrentWork.map(1) { $0 + 1 } == [1])
    }

    @Test func typesGoToTheFileTheirNameHashPicksOnEveryMachine() {
        // FNV-1a, not Swift's per-process seeded hash: the same value everywhere.
        #expect(ModelEmitter.stableHash("Pet") == 0x8dc5_9019_f423_97de)
        let names = (0..<200).map { "Type\($0)" }
        let shards = ModelEmitter.shards(of: names, .fixed(8))
        #expect(shards.count == 8)
        #expect(shards.flatMap { $0 }.sorted() == Array(names.indices))
        for (file, members) in shards.enumerated() {
            for member in members { #expect(ModelEmitter.stableHash(names[member]) % 8 == UInt64(file)) }
        }
        #expect(ModelEmitter.shards(of: names, .byCount).map(\.count) == [100, 100])
        #expect(ModelEmitter.shards(of: names, .single) == [Array(names.indices)])
        #expect(ModelEmitter.shards(of: [], .byCount) == [[]])
    }
}
