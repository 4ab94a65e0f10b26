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
        let shards = ModelEmitter.shards(of: names, .fixed(8), codeLines: [])
        #expect(shards.count == 8)
        #expect(shards.flatMap { $0 }.sorted() == Array(names.indices))
        for (file, members) in shards.enumerated() {
            for member in members { #expect(ModelEmitter.stableHash(names[member]) % 8 == UInt64(file)) }
        }
        #expect(ModelEmitter.shards(of: names, .single, codeLines: []) == [Array(names.indices)])
    }

    @Test func typesFillFilesOfAboutTheSameNumberOfCodeLinesInNameOrder() {
        let limit = ModelEmitter.minimumCodeLinesPerFile
        let seven = (0..<7).map { "Type\($0)" }
        // 1,400 lines need three files of at most 600: about 467 each, not 600, 600 and 200.
        #expect(
            ModelEmitter.shards(of: seven, .bySize, codeLines: seven.map { _ in 200 }) == [
                [0, 1], [2, 3, 4], [5, 6],
            ])
        // A type larger than a file gets one of its own.
        #expect(ModelEmitter.shards(of: ["A", "B", "C"], .bySize, codeLines: [10, 3_000, 10]) == [[0], [1], [2]])
        #expect(ModelEmitter.shards(of: [], .bySize, codeLines: []) == [[]])
        #expect(ModelEmitter.shards(of: ["A"], .bySize, codeLines: [0]) == [[0]])
        // Past the most files the compiler batches evenly, the files grow instead of multiplying.
        let many = (0..<1_000).map { "Type\($0)" }
        let sizes = ModelEmitter.shards(of: many, .bySize, codeLines: many.map { _ in limit / 10 })
        #expect(sizes.count == ModelEmitter.maximumFiles)
        #expect(sizes.flatMap { $0 } == Array(many.indices))
        // Beside a client of 3,000 lines of code, files of 1,000 model lines: each costs the compiler about what the
        // client does.
        let beside = ModelEmitter.shards(
            of: many, .bySize, codeLines: many.map { _ in 10 }, heaviestOtherFile: 3_000)
        #expect(beside.map(\.count) == Array(repeating: 100, count: 10))
    }

    @Test func codeLinesAreThoseThatAreNeitherBlankNorComments() {
        let source = """
            /// A pet.
            public struct Pet {
                // why
                public var name: String

                let ratio = 1 / 2
            }
            /
            """
        #expect(SwiftSource.codeLineCount(source) == 5)
        #expect(SwiftSource.codeLineCount("") == 0)
        #expect(SwiftSource.codeLineCount("   \n// x\n  ///y") == 0)
    }
}
