import Foundation
import Resolver
import SnapshotTesting
import SwiftEmitter
import Testing

/// Snapshots of generated code, one per generated file and one per construct. Re-record deliberately with
/// `SNAPSHOT_TESTING_RECORD=failed swift test --filter Snapshots`, then read the diff before committing.
@Suite struct GeneratedModelSnapshotTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Generates models for a document written to a temporary file.
    static func generate(_ yaml: String, numberType: EmitterOptions.NumberType = .double) throws -> [GeneratedFile] {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("snapshot-\(UUID().uuidString).yaml")
        try yaml.write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        return try generate(path: url.path, numberType: numberType)
    }

    static func generate(path: String, numberType: EmitterOptions.NumberType) throws -> [GeneratedFile] {
        let result = APIResolver.resolve(contentsOf: path, displayName: "openapi.yaml")
        let api = try #require(result.api)
        #expect(!result.hasErrors, "\(result.diagnostics)")
        let emitter = ModelEmitter(options: EmitterOptions(numberType: numberType), renderer: try TemplateRenderer())
        return emitter.emit(api)
    }

    static func components(_ schemas: String) -> String {
        "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n\(schemas)\n"
    }

    /// Every way a struct property is declared, assigned, decoded and encoded (each a template of its own), and an
    /// initializer too long for one line. The whole Plexus SDK is not snapshotted here: it is committed, and
    /// `generate --check` keeps it current.
    @Test func structShapes() throws {
        let files = try Self.generate(
            Self.components(
                """
                    Shapes:
                      type: object
                      required: [seen, seenOrNull, seenList, name, maybeName, id, child, maybeChild]
                      properties:
                        seen: {type: string, format: date-time}
                        seenLater: {type: string, format: date-time}
                        seenOrNull: {type: string, format: date-time, nullable: true}
                        seenList: {type: array, items: {type: string, format: date-time}}
                        seenLaterList: {type: array, items: {type: string, format: date-time}}
                        name: {type: string, maxLength: 70}
                        maybeName: {type: string, nullable: true, pattern: '^[A-Z]'}
                        note: {type: string, minLength: 1}
                        noteOrNull: {type: string, nullable: true, maxLength: 140}
                        id: {type: string, format: uuid, maxLength: 36}
                        otherId: {type: string, format: uuid}
                        size: {type: integer, default: 3, minimum: 1, maximum: 10, exclusiveMaximum: true}
                        codes: {type: array, minItems: 1, items: {type: string, pattern: '^[a-z]{2}$'}}
                        old: {type: string, deprecated: true}
                        child: {$ref: '#/components/schemas/Shapes'}
                        maybeChild: {allOf: [{$ref: '#/components/schemas/Shapes'}], nullable: true}
                        nextChild: {$ref: '#/components/schemas/Shapes'}
                      additionalProperties: {type: integer}
                """))
        assertSnapshot(of: files[0].contents, as: .lines)
    }

    @Test func objectProperties() throws {
        let files = try Self.generate(
            Self.components(
                """
                    Thing:
                      type: object
                      description: A thing.
                      required: [id, label]
                      properties:
                        id: {type: string, format: uuid, description: The identifier.}
                        label: {type: string, nullable: true}
                        count: {type: integer, format: int32, default: 3}
                        parent: {type: integer, nullable: true}
                        seen: {type: string, format: date-time}
                        day: {type: string, format: date}
                        default: {type: boolean}
                        old: {type: string, deprecated: true}
                      additionalProperties: {type: string}
                """))
        assertSnapshot(of: files[0].contents, as: .lines)
    }

    @Test func enumsAndAliases() throws {
        let files = try Self.generate(
            Self.components(
                """
                    Kind: {type: string, enum: [Giro account, SEPA transfer, default, undocumented]}
                    Code: {type: integer, enum: [1000, -1]}
                    Identifier: {type: string, description: An identifier.}
                    Tags: {type: array, items: {type: string}}
                """))
        assertSnapshot(of: files[0].contents, as: .lines)
    }

    @Test func deprecatedTypes() throws {
        let files = try Self.generate(
            Self.components(
                """
                    Old: {type: object, deprecated: true, properties: {id: {type: string}}}
                    Used: {type: string, enum: [a], deprecated: true, description: Still referenced.}
                    Holder: {type: object, properties: {used: {$ref: '#/components/schemas/Used'}}}
                """))
        assertSnapshot(of: files[0].contents, as: .lines)
    }

    @Test func unions() throws {
        let files = try Self.generate(
            Self.components(
                """
                    Pet:
                      oneOf: [{$ref: '#/components/schemas/Cat'}, {$ref: '#/components/schemas/Dog'}]
                      discriminator: {propertyName: kind, mapping: {kitty: '#/components/schemas/Cat'}}
                    Cat: {type: object, required: [kind], properties: {kind: {type: string}}}
                    Dog: {type: object, required: [kind], properties: {kind: {type: string}}}
                    Value:
                      anyOf: [{type: string}, {type: integer}, {$ref: '#/components/schemas/Cat'}]
                """))
        assertSnapshot(of: files[0].contents, as: .lines)
    }

    @Test func recursiveTypes() throws {
        let files = try Self.generate(
            Self.components(
                """
                    Node:
                      type: object
                      required: [value]
                      properties:
                        value: {type: string}
                        next: {$ref: '#/components/schemas/Node'}
                        children: {type: array, items: {$ref: '#/components/schemas/Node'}}
                    Expression:
                      oneOf: [{type: number}, {$ref: '#/components/schemas/Sum'}]
                    Sum:
                      type: object
                      required: [left, right]
                      properties:
                        left: {$ref: '#/components/schemas/Expression'}
                        right: {$ref: '#/components/schemas/Expression'}
                """))
        assertSnapshot(of: files[0].contents, as: .lines)
    }
}
