import Diagnostics
import Foundation
import Resolver
import SwiftEmitter
import Testing
import YAMLLoader

/// The one entry point from a resolved API to files: which files each mode writes, and what it leaves out
/// reported as diagnostics in its result rather than in a side channel.
struct GeneratorTests {
    static let spec = """
        openapi: 3.0.3
        info: {title: T, version: '1'}
        paths:
          /pets:
            get:
              operationId: listPets
              responses: {'200': {description: OK, content: {application/json: {schema: {$ref: '#/components/schemas/Pet'}}}}}
            post:
              operationId: uploadPet
              requestBody:
                content: {multipart/form-data: {schema: {type: string}}}
              responses: {'201': {description: Created}}
        components:
          schemas:
            Pet: {type: object, properties: {name: {type: string}}}
        """

    static func generate(_ modes: Set<GenerationMode>) throws -> GenerationResult {
        let yaml = try YAMLLoader().load(string: spec, file: "openapi.yaml")
        let api = try #require(APIResolver.resolve(yaml, path: "openapi.yaml").api)
        return Generator.generate(api, modes: modes, options: EmitterOptions(), renderer: try TemplateRenderer())
    }

    @Test func eachModeWritesItsFilesAndTheOperationTypesOnce() throws {
        #expect(try Self.generate([.types]).files.map(\.path) == ["Types.swift"])
        #expect(try Self.generate([.client]).files.map(\.path) == ["Operations.swift", "Client.swift"])
        #expect(try Self.generate([.server]).files.map(\.path) == ["Operations.swift", "Server.swift"])
        #expect(
            try Self.generate(Set(GenerationMode.allCases)).files.map(\.path)
                == ["Types.swift", "Operations.swift", "Client.swift", "Server.swift"])
    }

    @Test func anOperationLeftOutIsADiagnosticOfTheResultNamingTheSidesItIsMissingFrom() throws {
        let both = try Self.generate([.client, .server])
        #expect(
            both.diagnostics.map(\.description) == [
                "openapi.yaml:8:5: warning: operation 'uploadPet' is left out of the client and the server: request body "
                    + "'multipart/form-data' has no schema the generated code can send (forms and multipart need an object "
                    + "schema) [operation-skipped]"
            ])
        #expect(try Self.generate([.types]).diagnostics.isEmpty)
    }
}
