import Foundation
import Resolver
import SnapshotTesting
import SwiftEmitter
import Testing

/// Snapshots of generated clients. Re-record deliberately with
/// `SNAPSHOT_TESTING_RECORD=failed swift test --filter Snapshots`, then read the diff before committing.
@Suite struct GeneratedClientSnapshotTests {
    static func client(path: String) throws -> ClientEmitter.Output {
        let result = APIResolver.resolve(contentsOf: path, displayName: "openapi.yaml")
        let api = try #require(result.api)
        #expect(!result.hasErrors, "\(result.diagnostics)")
        return ClientEmitter(options: EmitterOptions(numberType: .decimal), renderer: try TemplateRenderer()).emit(api)
    }

    static func client(_ yaml: String) throws -> ClientEmitter.Output {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("client-\(UUID().uuidString).yaml")
        try yaml.write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        return try client(path: url.path)
    }

    /// Every parameter location and style, security overrides, ranges and `default`, text, binary, form and
    /// multipart bodies, and one operation (a form body that is not an object) the generated code leaves out.
    static let parameterStylesSpec = """
        openapi: 3.0.3
        info: {title: T, version: '1'}
        security: [{key: []}]
        paths:
          /items/{id}:
            parameters:
              - {name: id, in: path, required: true, style: label, schema: {type: string}}
            get:
              operationId: getItem
              parameters:
                - {name: tags, in: query, style: pipeDelimited, explode: false, schema: {type: array, items: {type: string}}}
                - {name: filter, in: query, allowReserved: true, schema: {type: string}}
                - {name: X-Trace, in: header, schema: {type: integer}}
                - {name: session, in: cookie, schema: {type: string}}
                - {name: kind, in: query, schema: {$ref: '#/components/schemas/Kind'}}
                - {name: range, in: query, style: deepObject, schema: {$ref: '#/components/schemas/Range'}}
                - {name: where, in: query, content: {application/json: {schema: {type: object}}}}
                - {name: self, in: query, schema: {type: boolean}}
              responses:
                '200': {description: OK, content: {application/json: {schema: {$ref: '#/components/schemas/Item'}}}}
                '204': {description: Nothing}
                default: {description: Error, content: {application/json: {schema: {$ref: '#/components/schemas/Problem'}}}}
            delete:
              operationId: deleteItem
              deprecated: true
              security: [{}]
              responses:
                '2XX': {description: Deleted}
          /report:
            get:
              operationId: getReport
              responses:
                '200': {description: CSV, content: {text/csv: {schema: {type: string}}}}
          /avatar:
            put:
              operationId: putAvatar
              requestBody:
                required: true
                content: {image/png: {schema: {type: string, format: binary}}}
              responses:
                '200': {description: Stored, content: {application/octet-stream: {}}}
                '204': {description: Unchanged}
          /upload:
            post:
              operationId: upload
              requestBody:
                content: {multipart/form-data: {schema: {type: object, properties: {file: {type: string, format: binary}}}}}
              responses:
                '201': {description: Created}
          /search:
            post:
              operationId: search
              requestBody:
                content: {application/x-www-form-urlencoded: {schema: {type: object, properties: {q: {type: string}, page: {type: integer}}}}}
              responses:
                '200': {description: Found}
          /raw:
            post:
              operationId: postRawForm
              requestBody:
                content: {application/x-www-form-urlencoded: {schema: {type: string}}}
              responses:
                '204': {description: Stored}
        components:
          securitySchemes:
            key: {type: apiKey, in: header, name: X-API-Key}
          schemas:
            Kind: {type: string, enum: [a, b]}
            Item: {type: object, properties: {id: {type: string}}}
            Problem: {type: object, properties: {title: {type: string}}}
            Range: {type: object, properties: {from: {type: integer}, to: {type: integer}}}
        """

    /// The Plexus client leaves no operation out. (Its text is the committed SDK, which `generate --check` keeps
    /// current; it is not snapshotted twice.)
    @Test func thePlexusClientCallsEveryOperation() throws {
        let output = try Self.client(
            path: GeneratedModelSnapshotTests.repository.appendingPathComponent("openapi.yaml").path)
        #expect(output.skipped.isEmpty)
        #expect(output.files.map(\.path) == ["Client.swift"])
    }

    @Test func parameterStylesSecurityAndResponses() throws {
        let output = try Self.client(Self.parameterStylesSpec)
        #expect(output.skipped.map(\.operation.name) == ["postRawForm"])
        assertSnapshot(of: output.files[0].contents, as: .lines)
    }
}
