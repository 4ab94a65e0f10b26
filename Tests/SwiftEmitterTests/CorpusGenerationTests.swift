import Diagnostics
import Foundation
import Resolver
import SwiftEmitter
import TestSupport
import Testing

/// Every root document of the corpus generates models, a client, the operation types and server stubs, except the
/// documents listed here with the reason they cannot.
@Suite struct CorpusGenerationTests {
    /// Root documents that do not resolve without errors, so nothing is generated from them, each with the reason.
    /// The list is exact: a listed document that resolves fails the test too, so the list stays true.
    static let expectedNotToGenerate: [String: String] = [
        "apple-swift-openapi-generator/Sources/swift-openapi-generator/Documentation.docc/Tutorials/_Resources/exploring-openapi.openapi.0.yaml":
            "a tutorial step with no paths, components or webhooks (invalid)",
        "apple-swift-openapi-generator/Sources/swift-openapi-generator/Documentation.docc/Tutorials/_Resources/exploring-openapi.openapi.1.yaml":
            "a tutorial step with no paths, components or webhooks (invalid)",
        "apple-swift-openapi-generator/Sources/swift-openapi-generator/Documentation.docc/Tutorials/_Resources/exploring-openapi.openapi.2.yaml":
            "a tutorial step with no paths, components or webhooks (invalid)",
        "apple-swift-openapi-generator/Tests/OpenAPIGeneratorReferenceTests/Resources/Docs/petstore.yaml":
            "'parameters:' without a value and a server variable default that is a number (invalid)",
        "edge/openapi-spec-validator/v3.0/empty.yaml": "an empty document (invalid)",
        "edge/openapi-spec-validator/v3.0/missing-description.yaml":
            "a response without 'description' (invalid in 3.0)",
        "edge/openapi-spec-validator/v3.0/property-missing-reference.yaml": "a $ref to '<some-broken-uri>'",
        "edge/openapikit/tomtom-3.0.yaml": "response status '404/596' (invalid)",
        "edge/swagger-parser/3.1.0/basic.yaml": "schema type 'foo' (invalid)",
        "edge/swagger-parser/3.1.0/dereference/full/dereferenced.yaml":
            "a resolver test fixture without 'info' (invalid)",
        "edge/swagger-parser/3.1.0/dereference/full/dereferencedflatten.yaml":
            "a resolver test fixture without 'info' (invalid)",
        "edge/swagger-parser/3.1.0/dereference/full/dereferencedfully.yaml":
            "a resolver test fixture without 'info' (invalid)",
        "edge/swagger-parser/3.1.0/dereference/full/root.json": "a resolver test fixture without 'info' (invalid)",
        "edge/swagger-parser/3.1.0/dereference/schema/$anchor-internal/dereferenced.json":
            "a resolver test fixture without 'info' (invalid)",
        "edge/swagger-parser/3.1.0/dereference/schema/$anchor-internal/root.json":
            "a resolver test fixture without 'info' (invalid)",
        "edge/swagger-parser/3.1.0/dereference/schema/$id-uri-external/dereferenced.json":
            "a resolver test fixture without 'info' (invalid)",
        "edge/swagger-parser/3.1.0/dereference/schema/$id-uri-external/root.json":
            "a resolver test fixture without 'info' (invalid)",
        "edge/swagger-parser/3.1.0/oas3.1.yaml": "schema type 'foo' and an undeclared security scheme (invalid)",
        "edge/swagger-parser/3.1.0/petstore-3.1_more.yaml":
            "a $ref to '#/components/schemas/Pet', which does not exist",
        "edge/swagger-parser/3.1.0/siblings31.yaml": "a $ref to '#/components/pathItems/Pets', which does not exist",
        "edge/swagger-parser/3.1.0/test/basicOAS31.yaml": "a server variable with an empty enum (invalid)",
        "edge/swagger-parser/additionalPropertiesFlatten.yaml":
            "$refs to '#/components/schemas/Macaw1' and others in a document without components",
        "edge/swagger-parser/callbacks-issue/domain.yaml": "a fragment without 'paths' (invalid as a 3.0 document)",
        "edge/swagger-parser/callbacks-issue/swagger.yaml": "'description: null' in info (invalid)",
        "edge/swagger-parser/composedSchemaRef.yaml":
            "a $ref to ./refComponents.yaml, which its source repository lacks",
        "edge/swagger-parser/internal-refs.yaml": "a $ref to '#/components/schemas/MemberGroup', which does not exist",
        "edge/swagger-parser/recursive.yaml": "info without 'title' (invalid)",
        "edge/swagger-parser/relative-file-references/json/parent.json":
            "path parameter 'param3' (in a referenced file) that the path '/health' does not have",
        "edge/swagger-parser/relative-file-references/yaml/parent.yaml":
            "path parameter 'param3' (in a referenced file) that the path '/health' does not have",
        "edge/swagger-parser/simpleAllOf.yaml": "info without 'title' (invalid)",
        "edge/openapi-spec-validator/v2.0/empty.yaml": "a Swagger 2.0 document with no 'info' and no 'paths' (invalid)",
        "edge/openapi-spec-validator/v2.0/missing-reference.yaml":
            "Swagger 2.0 validator test: references to a missing file and to an empty name (invalid)",
        "edge/swagger-parser/style-explode.yaml": "a header with style 'form' (invalid)",
        "oai/spec-tests-3.1/fail/invalid_schema_types.yaml": "official 3.1 fail suite: a null schema",
        "oai/spec-tests-3.1/fail/no_containers.yaml": "official 3.1 fail suite: no paths, components or webhooks",
        "oai/spec-tests-3.1/fail/parameter-object-cookie-form-allowReserved.yaml":
            "official 3.1 fail suite: allowReserved on a cookie parameter",
        "oai/spec-tests-3.1/fail/parameter-object-header-allowReserved.yaml":
            "official 3.1 fail suite: allowReserved on a header parameter",
        "oai/spec-tests-3.1/fail/parameter-object-path-allowReserved.yaml":
            "official 3.1 fail suite: allowReserved on a path parameter",
        "oai/spec-tests-3.1/fail/server_enum_empty.yaml":
            "official 3.1 fail suite: a server variable with an empty enum",
        "oai/spec-tests-3.1/fail/servers.yaml": "official 3.1 fail suite: 'servers' is a mapping",
        "oai/spec-tests-3.1/fail/unknown_container.yaml": "official 3.1 fail suite: no paths, components or webhooks",
        "oai/spec-tests-3.1/pass/operation-object-example.yaml":
            "the path has '{id}' but the operation declares 'petId': valid by the JSON schema the pass suite tests, but no client can fill '{id}'",
        "oai/spec-tests-3.1/pass/security-scheme-object-examples.yaml":
            "a remote https:// $ref, which plexus-gen does not fetch",
    ]

    /// Why `document` is not expected to generate, or `nil` when it must.
    static func reasonNotToGenerate(_ document: CorpusDocument) -> String? {
        expectedNotToGenerate[document.path]
    }

    @Test(arguments: try CorpusDocument.roots())
    func generates(_ document: CorpusDocument) throws {
        let result = APIResolver.resolve(
            contentsOf: document.fullPath, displayName: document.path,
            options: ResolverOptions(allowedRoot: CorpusDocument.directory.path))
        let errors = result.diagnostics.filter { $0.severity == .error }.map(\.description)
        if let reason = Self.reasonNotToGenerate(document) {
            #expect(!errors.isEmpty, "listed as not generating (\(reason)), but it resolves without errors")
            return
        }
        guard let api = result.api, errors.isEmpty else {
            Issue.record("does not resolve, and is not listed with a reason: \(errors.joined(separator: "\n"))")
            return
        }
        let files = ModelEmitter(options: EmitterOptions(), renderer: try TemplateRenderer()).emit(api)
        let shards = (api.types.count + ModelEmitter.typesPerFile - 1) / ModelEmitter.typesPerFile
        #expect(files.map(\.path) == (shards <= 1 ? ["Types.swift"] : (1...shards).map { "Types-\($0).swift" }))
        #expect(files.allSatisfy { $0.contents.hasPrefix("// Generated by plexus-gen from ") })
        // One top-level declaration per named type, each under its own name.
        let declared = files.flatMap { $0.contents.split(separator: "\n") }.compactMap { line -> String? in
            for prefix in ["public struct ", "public enum ", "public indirect enum ", "public typealias "]
            where line.hasPrefix(prefix) {
                return line.dropFirst(prefix.count).split(whereSeparator: { $0 == ":" || $0 == " " }).first.map(
                    String.init)
            }
            return nil
        }
        #expect(declared == api.types.map(\.name))

        let renderer = try TemplateRenderer()
        let client = ClientEmitter(options: EmitterOptions(), renderer: renderer).emit(api)
        // Each operation has a method returning the body and one returning the full response.
        let methods = client.files[0].contents.split(separator: "\n").filter { $0.hasPrefix("    public func ") }
        #expect(methods.count / 2 + client.skipped.count == api.operations.count)

        let server = ServerEmitter(options: EmitterOptions(), renderer: renderer).emit(api)
        let requirements = server.files[0].contents.split(separator: "\n").filter { $0.hasPrefix("    func ") }
        let routes = server.files[0].contents.split(separator: "\n").filter {
            $0.hasPrefix("        try server.register(")
        }
        #expect(requirements.count == routes.count)
        #expect(requirements.count + server.skipped.count == api.operations.count)
        #expect(server.skipped.map(\.operation.name) == client.skipped.map(\.operation.name))

        let operations = OperationTypesEmitter(options: EmitterOptions(), renderer: renderer).emit(api)
        let types = operations.files[0].contents.split(separator: "\n").filter {
            $0.hasPrefix("        public struct Input")
        }
        #expect(types.count == requirements.count)
    }
}
