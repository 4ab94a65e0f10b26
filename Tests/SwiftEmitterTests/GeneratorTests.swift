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

    static let hooksSpec = """
        openapi: 3.1.0
        info: {title: T, version: '1'}
        webhooks:
          petAdopted:
            post:
              operationId: petAdopted
              requestBody: {content: {application/json: {schema: {type: string}}}}
              responses: {'204': {description: Received}}
        paths:
          /a:
            post:
              operationId: watchA
              responses: {'202': {description: Watching}}
              callbacks:
                onChange:
                  '{$request.query.url}':
                    post:
                      operationId: aChanged
                      responses: {'200': {description: OK}}
          /b:
            post:
              operationId: watchB
              responses: {'202': {description: Watching}}
              callbacks:
                onChange:
                  '{$request.query.url}':
                    post:
                      operationId: bChanged
                      responses: {'200': {description: OK}}
        """

    /// Webhooks and callbacks get types, a sender and a receiver whichever side is asked for; callbacks of two
    /// operations with the same name and method are served under the operation's name, so no route is taken twice.
    @Test func webhooksAndCallbacksGetTypesASenderAndAReceiverWithDistinctRoutes() throws {
        let yaml = try YAMLLoader().load(string: Self.hooksSpec, file: "openapi.yaml")
        let api = try #require(APIResolver.resolve(yaml, path: "openapi.yaml").api)
        let result = Generator.generate(
            api, modes: [.client], options: EmitterOptions(), renderer: try TemplateRenderer())
        #expect(
            result.files.map(\.path) == [
                "Operations.swift", "Client.swift", "Webhooks.swift", "WebhookSender.swift", "WebhookReceiver.swift",
                "Callbacks.swift", "CallbackSender.swift", "CallbackReceiver.swift",
            ])
        let receiver = try #require(result.files.first { $0.path == "CallbackReceiver.swift" }).contents
        #expect(receiver.contains(#"method: .post, path: "/watchA/onChange", operationID: "aChanged""#))
        #expect(receiver.contains(#"method: .post, path: "/watchB/onChange", operationID: "bChanged""#))
        let webhooks = try #require(result.files.first { $0.path == "WebhookReceiver.swift" }).contents
        #expect(webhooks.contains(#"method: .post, path: "/petAdopted", operationID: "petAdopted""#))
        let sender = try #require(result.files.first { $0.path == "WebhookSender.swift" }).contents
        #expect(sender.contains("public func petAdopted(to url: URL, body: String? = nil) async throws {"))
        #expect(sender.contains(#"OperationRequest(method: .post, path: "")"#))
        // Types only: no operations, so no webhooks or callbacks either.
        #expect(
            Generator.generate(api, modes: [.types], options: EmitterOptions(), renderer: try TemplateRenderer())
                .files.map(\.path) == ["Types.swift"])
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

    /// The operation code is spelled by templates too: overriding how a parameter is read changes the server stubs
    /// (here, a query value of the wrong type is taken as absent instead of answered with 400).
    @Test func aTemplateOverrideChangesHowTheServerReadsAParameter() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("plexus-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try """
        {{%CONTENT_TYPE:TEXT}}
        {{#optional}}(try? {{{source}}}.map { try $0.value({{{type}}}.self, parameter: {{{wireName}}}) }) ?? nil{{/optional}}{{^optional}}try {{{source}}}.value({{{type}}}.self, parameter: {{{wireName}}}){{/optional}}

        """.write(to: directory.appendingPathComponent("ParameterRead.mustache"), atomically: true, encoding: .utf8)
        let spec = """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths:
              /pets:
                get:
                  operationId: listPets
                  parameters: [{name: limit, in: query, schema: {type: integer}}]
                  responses: {'204': {description: No content}}
            """
        let yaml = try YAMLLoader().load(string: spec, file: "openapi.yaml")
        let api = try #require(APIResolver.resolve(yaml, path: "openapi.yaml").api)
        let result = Generator.generate(
            api, modes: [.server], options: EmitterOptions(), renderer: try TemplateRenderer(overrides: directory.path))
        let server = try #require(result.files.first { $0.path == "Server.swift" })
        #expect(
            server.contents.contains(
                "limit: (try? request.query(\"limit\", .primitive, style: .form, explode: true).map { try $0.value(Int.self, parameter: \"limit\") }) ?? nil"
            ), "\(server.contents)")
    }
}
