import Foundation
import FoundationXML
import Testing

/// Text from a document cannot forge output lines or break report formats, config values cannot reach generated
/// code unchecked, and names that differ only in their Unicode form are not silently merged. Regression tests for
/// the hardening report's low-severity findings.
@Suite struct OutputEscapingTests {
    static let forging = """
        openapi: 3.0.3
        info: {title: T, version: '1'}
        paths: {}
        components:
          schemas:
            "A\\nforged.yaml:1:1: error: forged finding [forged]\\u001b[2J": {type: object, propertiez: {}}

        """

    @Test func textOutputKeepsEveryFindingOnItsOwnLine() throws {
        let directory = try CLI.directory(with: ["openapi.yaml": Self.forging])
        defer { try? FileManager.default.removeItem(at: directory) }
        for command in [["validate", "openapi.yaml"], ["lint", "openapi.yaml"]] {
            let result = try CLI.run(command, in: directory)
            let lines = result.standardOutput.split(separator: "\n")
            #expect(!lines.contains { $0.hasPrefix("forged.yaml") }, "\(result.standardOutput)")
            #expect(!result.standardOutput.contains("\u{1B}"))
            #expect(result.standardOutput.contains("\\u{A}forged.yaml:1:1"), "\(result.standardOutput)")
        }
    }

    @Test func junitOutputIsWellFormedXMLWhateverTheDocumentHolds() throws {
        let directory = try CLI.directory(with: ["openapi.yaml": Self.forging])
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try CLI.run(["lint", "openapi.yaml", "--format", "junit"], in: directory)
        let document = try XMLDocument(data: Data(result.standardOutput.utf8))
        #expect(document.rootElement()?.name == "testsuites")
    }

    @Test func configValuesOfTheWrongKindAreErrors() throws {
        let directory = try CLI.directory(with: [
            "openapi.yaml": GenerateCommandTests.spec,
            "list.yaml": "output: [a, b]\n",
            "names.yaml": "typeNames:\n  Pet: 'Pet {}; public func injected() {}; struct X'\n",
            "overrides.yaml": "typeOverrides:\n  Pet: 'String) -> Void'\n",
            "good.yaml": "typeOverrides:\n  Pet: '[String: Int]?'\ntypeNames:\n  Kind: PetKind\n",
        ])
        defer { try? FileManager.default.removeItem(at: directory) }
        let list = try CLI.run(["generate", "--config", "list.yaml"], in: directory)
        #expect(list.status == 2)
        #expect(
            list.standardError.contains(
                "list.yaml:1:9: error: invalid value '' for 'output'; expected a directory path"),
            "\(list.standardError)")
        let names = try CLI.run(["generate", "--config", "names.yaml"], in: directory)
        #expect(names.status == 2)
        #expect(
            names.standardError.contains(
                "names.yaml:2:8: error: 'Pet {}; public func injected() {}; struct X' in 'typeNames' is not a Swift type name"
            ), "\(names.standardError)")
        let overrides = try CLI.run(["generate", "--config", "overrides.yaml"], in: directory)
        #expect(overrides.status == 2)
        #expect(
            overrides.standardError.contains("in 'typeOverrides' is not a Swift type"), "\(overrides.standardError)")
        let good = try CLI.run(["generate", "--config", "good.yaml", "--output", "Out"], in: directory)
        #expect(good.status == 0, "\(good.standardError)")
    }

    @Test func aMalformedPercentEscapeKeepsTheCharactersAfterIt() throws {
        let directory = try CLI.directory(with: [
            "openapi.yaml": GenerateCommandTests.spec + "\n    Ref: {$ref: '#/components/schemas/P%ZZet'}\n"
        ])
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try CLI.run(["validate", "openapi.yaml"], in: directory)
        #expect(result.standardOutput.contains("no 'P%ZZet' in '#/components/schemas'"), "\(result.standardOutput)")
    }

    @Test func namesThatDifferOnlyInUnicodeFormAreDuplicateKeys() throws {
        let directory = try CLI.directory(with: [
            "openapi.yaml": """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths: {}
            components:
              schemas:
                "caf\\u00e9": {type: string}
                "cafe\\u0301": {type: integer}

            """
        ])
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try CLI.run(["validate", "openapi.yaml"], in: directory)
        #expect(result.status == 1)
        #expect(
            result.standardOutput.contains(
                "openapi.yaml:7:5: error: duplicate key 'café' (first defined at 6:5) [yaml-duplicate-key]"))
    }
}
