import Diagnostics
import Foundation
import OpenAPIModel
import Resolver
import TestSupport
import Testing

extension CorpusDocument {
    func resolve() -> ResolutionResult {
        APIResolver.resolve(
            contentsOf: fullPath, displayName: path,
            options: ResolverOptions(allowedRoot: CorpusDocument.directory.path))
    }
}

@Suite struct CorpusResolutionTests {
    /// Documents the reference validator accepts where our error is right, each with the reason.
    static let validatorMissed: [String: String] = [
        "edge/swagger-parser/additionalPropertiesFlatten.yaml":
            "references '#/components/schemas/Macaw1' and others, but the document has no components",
        "oai/spec-tests-3.1/pass/security-scheme-object-examples.yaml":
            "a security scheme is a remote https:// reference, which plexus-gen does not fetch",
    ]

    /// Documents the validator rejects where we report no error, each with the reason.
    static let validatorWrongOrBeyondResolution: [String: String] = [
        "edge/swagger-parser/discriminator-mapping-resolution/main-no-mapping-oneof.yaml":
            "the validator crashed (RecursionError); the document is valid",
        "oai/spec-tests-3.1/pass/json_schema_dialect.yaml":
            "official 3.1 pass suite; custom dialect unknown to the validator",
        "oai/spec-tests-3.1/pass/operation-object-example.yaml": "official 3.1 pass suite",
        "oai/spec-tests-3.1/pass/path_item_servers_parameters.yaml": "official 3.1 pass suite",
        "edge/swagger-parser/3.1.0/securitySchemes31.yaml":
            "extra keys on a mutualTLS scheme: an unknown-key warning here",
    ]

    @Test(arguments: try CorpusDocument.roots())
    func resolves(_ root: CorpusDocument) {
        let result = root.resolve()
        let errors = result.diagnostics.filter { $0.severity == .error }
        #expect(result.diagnostics.allSatisfy { $0.location != nil })
        if root.verdict == "OK" {
            if Self.validatorMissed[root.path] != nil {
                #expect(!errors.isEmpty)
            } else {
                #expect(errors.isEmpty, "valid document got errors: \(errors.map(\.description))")
                #expect(result.api != nil)
            }
        } else if Self.validatorWrongOrBeyondResolution[root.path] == nil {
            #expect(!result.diagnostics.isEmpty, "invalid document (\(root.verdict)) got no diagnostic")
        }
    }

    @Test func brokenReferencesInTheCorpusAreErrorsAtTheRef() throws {
        let expectations: [String: String] = [
            "edge/openapi-spec-validator/v3.0/property-missing-reference.yaml": "[ref-unreadable]",
            "edge/swagger-parser/3.1.0/siblings31.yaml": "[unresolved-ref]",
            "edge/swagger-parser/composedSchemaRef.yaml": "[ref-unreadable]",
            "edge/swagger-parser/internal-refs.yaml": "[unresolved-ref]",
            "edge/swagger-parser/relative-file-references/yaml/parent.yaml": "[path-parameter-unused]",
        ]
        for (path, id) in expectations {
            let root = try CorpusDocument.root(path)
            let errors = root.resolve().diagnostics.filter { $0.severity == .error }.map(\.description)
            #expect(errors.contains { $0.hasSuffix(id) }, "\(path): \(errors)")
        }
    }

    @Test func relativeIdMovesTheBaseOfReferences() throws {
        let root = try CorpusDocument.root("edge/swagger-parser/3.1.0/dereference/schema/$id-uri-external/root.json")
        let result = root.resolve()
        // The document really lacks `info`; the reference through `$id: ./nested/` reaches nested/nested/ex.json.
        #expect(
            result.errorLines == [
                "edge/swagger-parser/3.1.0/dereference/schema/$id-uri-external/root.json:1:1: error: missing required field 'info' in document [missing-field]"
            ])
        let api = try #require(result.api)
        let profile = try #require(api.object("User")?.property("profile"))
        guard case .named(let name) = profile.type else {
            Issue.record("profile should be a named type, is \(profile.type)")
            return
        }
        // `UserProfile` (a `$defs` entry) is an alias of the object in nested/nested/ex.json.
        guard case .alias(.named(let target))? = api.type(named: name)?.kind else {
            Issue.record("\(name) should alias the referenced object")
            return
        }
        #expect(name == "UserProfile")
        #expect(api.object(target)?.property("avatar")?.type == .primitive(.string))
    }

    @Test func jsonAndYamlMultiFileDocumentsResolveTheSame() throws {
        let yaml = try CorpusDocument.root("edge/swagger-parser/relative-file-references/yaml/parent.yaml")
        let json = try CorpusDocument.root("edge/swagger-parser/relative-file-references/json/parent.json")
        let yamlAPI = try #require(yaml.resolve().api)
        let jsonAPI = try #require(json.resolve().api)
        #expect(IRSummary.render(yamlAPI) == IRSummary.render(jsonAPI))
        #expect(yamlAPI.files.count > 3)
    }

    @Test func discriminatorMappingAcrossFiles() throws {
        let root = try CorpusDocument.root(
            "edge/swagger-parser/discriminator-mapping-resolution/main-external-mapping-3files.yaml")
        let result = root.resolve()
        #expect(result.errorLines == [])
        // Cat.yaml and Dog.yaml are not schemas but maps of one named schema each (whose `#/components/schemas/Pet`
        // does not exist in their own file): said where it is, and the cases become any JSON value.
        #expect(
            result.lines == [
                "edge/swagger-parser/discriminator-mapping-resolution/Cat.yaml:1:5: warning: unknown key 'Cat' in schema [unknown-key]",
                "edge/swagger-parser/discriminator-mapping-resolution/Dog.yaml:1:5: warning: unknown key 'Dog' in schema [unknown-key]",
            ])
        let api = try #require(result.api)
        // Pet (in a second file) maps to Cat.yaml and Dog.yaml (third and fourth files).
        let pet = try #require(api.union("Pet"))
        #expect(pet.discriminatorProperty == "pet_type")
        #expect(pet.cases.map(\.name) == ["cat", "dog"])
        #expect(pet.cases.map(\.discriminatorValues) == [["Cat"], ["Dog"]])
    }
}

@Suite struct MultiFileEquivalenceTests {
    @Test func externalReferencesResolveLikeTheBundledDocument() throws {
        let split = try resolveFiles([
            "openapi.yaml": """
            openapi: 3.0.3
            info: {title: Pets, version: '1'}
            paths:
              /pets:
                get:
                  operationId: listPets
                  parameters: [{$ref: 'parameters.yaml#/Limit'}]
                  responses:
                    '200':
                      description: OK
                      content: {application/json: {schema: {type: array, items: {$ref: 'schemas/Pet.yaml'}}}}
                    default: {$ref: 'responses.yaml#/Error'}
            """,
            "parameters.yaml": "Limit: {name: limit, in: query, schema: {type: integer, format: int32}}\n",
            "schemas/Pet.yaml": """
            type: object
            required: [id]
            properties:
              id: {type: integer, format: int64}
              owner: {$ref: 'Owner.yaml'}
              kind: {$ref: 'Kind.yaml'}
            """,
            "schemas/Owner.yaml": "type: object\nproperties:\n  pets: {type: array, items: {$ref: 'Pet.yaml'}}\n",
            "schemas/Kind.yaml": "type: string\nenum: [cat, dog]\n",
            "responses.yaml":
                "Error: {description: Error, content: {application/json: {schema: {$ref: 'schemas/Error.yaml'}}}}\n",
            "schemas/Error.yaml": "type: object\nproperties:\n  message: {type: string}\n",
        ])
        let bundled = try resolveFiles([
            "openapi.yaml": """
            openapi: 3.0.3
            info: {title: Pets, version: '1'}
            paths:
              /pets:
                get:
                  operationId: listPets
                  parameters: [{$ref: '#/components/parameters/Limit'}]
                  responses:
                    '200':
                      description: OK
                      content: {application/json: {schema: {type: array, items: {$ref: '#/components/schemas/Pet'}}}}
                    default: {$ref: '#/components/responses/Error'}
            components:
              parameters:
                Limit: {name: limit, in: query, schema: {type: integer, format: int32}}
              responses:
                Error: {description: Error, content: {application/json: {schema: {$ref: '#/components/schemas/Error'}}}}
              schemas:
                Pet:
                  type: object
                  required: [id]
                  properties:
                    id: {type: integer, format: int64}
                    owner: {$ref: '#/components/schemas/Owner'}
                    kind: {$ref: '#/components/schemas/Kind'}
                Owner:
                  type: object
                  properties:
                    pets: {type: array, items: {$ref: '#/components/schemas/Pet'}}
                Kind: {type: string, enum: [cat, dog]}
                Error: {type: object, properties: {message: {type: string}}}
            """
        ])
        let splitAPI = try #require(split.api)
        let bundledAPI = try #require(bundled.api)
        // Same findings; only where they point differs (the split document has them in their own files).
        #expect(split.diagnostics.map(\.message) == bundled.diagnostics.map(\.message))
        #expect(IRSummary.render(splitAPI) == IRSummary.render(bundledAPI))
        #expect(splitAPI.type(named: "Pet")?.isRecursive == true)
    }
}
