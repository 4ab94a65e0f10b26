import Diagnostics
import Foundation
import Resolver
import Testing

/// Structures an attacker (or a generator gone wrong) can write: long chains of references, references that only
/// refer to each other, thousands of names that become the same Swift name. Regression tests for the hardening
/// report; the inputs are generated here. Time figures for the 50,000-element versions are in plexus-bench's notes,
/// not in tests.
@Suite struct HostileStructureTests {
    static let header = "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n"

    @Test func aLongChainOfPureReferencesResolvesWithoutExhaustingTheStack() throws {
        let count = 20_000
        let schemas = (0..<count).map { index in
            index + 1 < count
                ? "    S\(index): {$ref: '#/components/schemas/S\(index + 1)'}" : "    S\(index): {type: string}"
        }
        let result = try resolveFiles(["openapi.yaml": Self.header + schemas.joined(separator: "\n") + "\n"])
        #expect(result.errorLines == [])
        let api = try #require(result.api)
        #expect(api.types.count == count)
        guard case .alias(.named("S1"))? = api.type(named: "S0")?.kind else {
            Issue.record("S0 should alias S1, is \(String(describing: api.type(named: "S0")?.kind))")
            return
        }
    }

    @Test func aChainOfAllOfExtensionsThatGrowsWithTheSquareOfItsLengthIsCutWithOneLocatedError() throws {
        // Each type extends the next and adds a property: merged, type k has count - k properties, n²/2 in all
        // (50,000 links took 13 GB and did not finish before the merge budget).
        let count = 3_000
        let schemas = (0..<count).map { index in
            index + 1 < count
                ? "    S\(index): {allOf: [{$ref: '#/components/schemas/S\(index + 1)'}, "
                    + "{type: object, properties: {p\(index): {type: string}}}]}"
                : "    S\(index): {type: object, properties: {last: {type: string}}}"
        }
        let result = try resolveFiles(["openapi.yaml": Self.header + schemas.joined(separator: "\n") + "\n"])
        let limits = result.diagnostics.filter { $0.id == .allofSizeLimit }
        #expect(limits.count == 1)
        #expect(limits.first?.location?.line ?? 0 > 5)
        let api = try #require(result.api)
        #expect(api.types.count == count)
        // The first type of the chain, merged within the budget, is whole.
        #expect(api.object("S0")?.properties.count == count)
    }

    @Test func aLongChainOfObjectsThroughPropertiesResolves() throws {
        let count = 20_000
        let schemas = (0..<count).map { index in
            "    S\(index): {type: object, properties: {next: {$ref: '#/components/schemas/S\((index + 1) % count)'}}}"
        }
        let result = try resolveFiles(["openapi.yaml": Self.header + schemas.joined(separator: "\n") + "\n"])
        #expect(result.errorLines == [])
        let api = try #require(result.api)
        #expect(api.types.count == count)
        #expect(api.type(named: "S0")?.isRecursive == true)
    }

    @Test func referencesThatOnlyReferToEachOtherAreErrorsNamingTheCycle() throws {
        let result = try resolveFiles([
            "openapi.yaml": Self.header + """
                    A: {$ref: '#/components/schemas/B'}
                    B: {$ref: '#/components/schemas/C'}
                    C: {$ref: '#/components/schemas/A'}
                    Self: {$ref: '#/components/schemas/Self'}
                    Tree: {type: object, properties: {children: {type: array, items: {$ref: '#/components/schemas/Tree'}}}}
                    Alias: {$ref: '#/components/schemas/Tree'}

                """
        ])
        #expect(
            result.errorLines.map { $0.split(separator: "\n")[0] } == [
                "openapi.yaml:6:8: error: schemas 'A' → 'B' → 'C' → 'A' only refer to each other, so they describe no value [ref-cycle]",
                "openapi.yaml:9:11: error: schema 'Self' is only a reference to itself, so it describes no value [ref-cycle]",
            ])
        // Every member of the cycle is named where it is written.
        let cycle = try #require(result.diagnostics.first { $0.id == .refCycle && $0.message.contains("'A'") })
        #expect(
            cycle.related.map { "\($0.location.line): \($0.message)" } == [
                "6: 'A' is only a reference to 'B'", "7: 'B' is only a reference to 'C'",
                "8: 'C' is only a reference to 'A'",
            ])
    }

    @Test func aLongCycleOfReferencesIsOneErrorOfBoundedLength() throws {
        let count = 5_000
        let schemas = (0..<count).map { "    S\($0): {$ref: '#/components/schemas/S\(($0 + 1) % count)'}" }
        let result = try resolveFiles(["openapi.yaml": Self.header + schemas.joined(separator: "\n") + "\n"])
        #expect(
            result.errorLines.map { $0.split(separator: "\n")[0] } == [
                "openapi.yaml:6:9: error: schemas 'S0' → 'S1' → 'S2' → 'S3' → 'S4' → 'S5' → 'S6' → 'S7' → … 4992 more … → 'S0' only refer to each other, so they describe no value [ref-cycle]"
            ])
        #expect(result.diagnostics.first { $0.id == .refCycle }?.related.count == 64)
    }

    @Test func thousandsOfNamesThatCollideGetDistinctNamesInOrder() throws {
        let count = 5_000
        // a_b, a-b, a.b, a~b, a__b, a_-b, …: distinct names that all become `aB` (keys stay short, as YAML needs).
        let separators: [Character] = ["_", "-", ".", "~"]
        let names = (1...count).map { index -> String in
            var rest = index
            var middle = ""
            while rest > 0 {
                middle.append(separators[(rest - 1) % 4])
                rest = (rest - 1) / 4
            }
            return "a" + middle + "b"
        }
        let properties = names.map { "        '\($0)': {type: string}" }.joined(separator: "\n")
        let result = try resolveFiles([
            "openapi.yaml": Self.header + "    X:\n      type: object\n      properties:\n\(properties)\n"
        ])
        let object = try #require(result.api?.object("X"))
        #expect(object.properties.map(\.name) == ["aB"] + (2...count).map { "aB\($0)" })
        #expect(result.diagnostics.filter { $0.id == .nameCollision }.count == count - 1)
    }
}
