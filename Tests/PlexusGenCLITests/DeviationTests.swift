import Foundation
import Testing

/// Real documents break the letter of the specification where a reader can still tell what was meant. Each such
/// deviation is read by its one meaning with a warning of its own id at the place it is written, the SDK is
/// generated, and `--strict` makes the warning an error (exit 1, nothing written).
@Suite struct DeviationTests {
    /// Generates `files["openapi.yaml"]` (or `spec`) with every mode; the result and the generated files by name.
    static func generate(_ files: [String: String], spec: String = "openapi.yaml", strict: Bool = false) throws -> (
        CLI.Result, [String: String]
    ) {
        let directory = try CLI.directory(with: files)
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try CLI.run(
            [
                "generate", spec, "--no-config", "--output", "Out", "--mode", "types", "--mode", "client", "--mode",
                "server",
            ]
                + (strict ? ["--strict"] : []), in: directory)
        var generated: [String: String] = [:]
        let output = directory.appendingPathComponent("Out")
        for name in (try? FileManager.default.contentsOfDirectory(atPath: output.path)) ?? [] {
            generated[name] = try String(contentsOf: output.appendingPathComponent(name), encoding: .utf8)
        }
        return (result, generated)
    }

    static func warnings(_ result: CLI.Result) -> [String] {
        result.standardError.split(separator: "\n").map(String.init).filter { $0.contains(": warning: ") }
    }

    @Test func aRefWhereOpenAPIAllowsNoneIsFollowed() throws {
        let files = [
            "openapi.yaml": """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            tags:
              - name: pets
                description: {$ref: '#/x-texts/pets'}
            paths:
              /pets:
                get: {$ref: 'operations/pets.yaml#/listPets'}
            x-texts:
              pets: All about pets
            """,
            "operations/pets.yaml": """
            listPets:
              operationId: listPets
              summary: Lists the pets
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema: {$ref: '#/Pet'}
            Pet:
              type: object
              properties:
                name: {type: string}
            """,
        ]
        let (result, generated) = try Self.generate(files)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(
            Self.warnings(result) == [
                "openapi.yaml:5:25: warning: OpenAPI allows no '$ref' here; it is followed as a JSON Reference, as bundlers read it [ref-not-allowed-here]",
                "openapi.yaml:8:17: warning: OpenAPI allows no '$ref' here; it is followed as a JSON Reference, as bundlers read it [ref-not-allowed-here]",
            ])
        // The operation of the other file, with the reference inside it read from that file.
        #expect(generated["Client.swift"]?.contains("public func listPets() async throws -> Pet {") == true)
        #expect(generated["Types.swift"]?.contains("public struct Pet: Codable") == true)
        let (strict, written) = try Self.generate(files, strict: true)
        #expect(strict.status == 1)
        #expect(strict.standardError.contains("openapi.yaml:8:17: error: OpenAPI allows no '$ref' here"))
        #expect(written.isEmpty)
    }

    @Test func aProblemInsideAFollowedTargetPointsIntoItsFile() throws {
        let (result, _) = try Self.generate([
            "openapi.yaml":
                "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths:\n  /a:\n    get: {$ref: 'ops.yaml#/op'}\n",
            "ops.yaml": "op:\n  responses:\n    '200':\n      descriptio: ok\n",
        ])
        #expect(result.status == 1)
        #expect(result.standardError.contains("ops.yaml:4:7: error: missing required field 'description' in response"))
    }

    @Test func aRefWhereOpenAPIAllowsNoneInAReferencedFileIsAnError() throws {
        let (result, generated) = try Self.generate([
            "openapi.yaml": """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths:
              /a:
                get:
                  responses:
                    '200': {$ref: 'responses.yaml#/OK'}
            """,
            "responses.yaml": """
            OK:
              description: ok
              content:
                application/json: {$ref: '#/Media'}
            Media: {}
            """,
        ])
        #expect(result.status == 1)
        #expect(
            result.standardError.contains(
                "responses.yaml:4:30: error: OpenAPI allows no '$ref' here, and in a referenced file it is not followed; move the object here or into components [ref-not-allowed-here]"
            ), "\(result.standardError)")
        #expect(generated.isEmpty)
    }

    @Test func aParameterNoStyleCanCarrySaysWhyAndFailsUnderStrict() throws {
        let files = [
            "openapi.yaml": """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths:
              /a:
                get:
                  operationId: getA
                  parameters:
                    - name: filters
                      in: query
                      schema: {type: array, items: {type: object, properties: {a: {type: string}}}}
                  responses:
                    '200': {description: ok}
            """
        ]
        let (result, generated) = try Self.generate(files)
        #expect(result.status == 0)
        #expect(
            Self.warnings(result) == [
                "openapi.yaml:5:5: warning: operation 'getA' is left out of the client and the server: parameter 'filters' is a list of objects, which no parameter style can carry; declare it with `content: {application/json: ...}` to send it as JSON [operation-skipped]"
            ])
        #expect(generated["Client.swift"]?.contains("getA") == false)
        let (strict, written) = try Self.generate(files, strict: true)
        #expect(strict.status == 1)
        #expect(strict.standardError.contains("openapi.yaml:5:5: error: operation 'getA' is left out"))
        #expect(written.isEmpty)
    }

    @Test func keywordsOfTheOtherVersionAreReadByTheirMeaning() throws {
        let files = [
            "openapi.yaml": """
            openapi: 3.1.0
            info: {title: T, version: '1'}
            paths: {}
            components:
              schemas:
                Item:
                  type: object
                  required: [count]
                  properties:
                    count: {type: integer, minimum: 0, exclusiveMinimum: true}
                    note: {type: string, nullable: true}
            """,
            "legacy.yaml": """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths: {}
            components:
              schemas:
                Item:
                  type: object
                  properties:
                    count: {type: integer, exclusiveMinimum: 0}
                    note: {type: [string, 'null']}
            """,
        ]
        let (modern, modernFiles) = try Self.generate(files)
        #expect(modern.status == 0, "\(modern.standardError)")
        #expect(
            Self.warnings(modern) == [
                "openapi.yaml:10:62: warning: 'exclusiveMinimum: true' is the OpenAPI 3.0 form; 3.1 takes the bound itself (exclusiveMinimum: <number>). Read as 3.0 means it [keyword-of-other-version]",
                "openapi.yaml:11:30: warning: 'nullable' is the OpenAPI 3.0 form; 3.1 writes type: [..., 'null']. Read as 3.0 means it: the value may be null [nullable-in-3.1]",
            ])
        #expect(modernFiles["Types.swift"]?.contains("public var note: Nullable<String>?") == true)
        let (legacy, legacyFiles) = try Self.generate(files, spec: "legacy.yaml")
        #expect(legacy.status == 0, "\(legacy.standardError)")
        #expect(
            Self.warnings(legacy) == [
                "legacy.yaml:9:50: warning: a numeric 'exclusiveMinimum' is the OpenAPI 3.1 form; 3.0 takes a boolean beside 'minimum'. Read as 3.1 means it [keyword-of-other-version]",
                "legacy.yaml:10:22: warning: a list of types is the OpenAPI 3.1 form; 3.0 takes one type (and nullable: true). Read as 3.1 means it [keyword-of-other-version]",
            ])
        #expect(legacyFiles["Types.swift"]?.contains("public var note: Nullable<String>?") == true)
        #expect(try Self.generate(files, strict: true).0.status == 1)
    }

    @Test func undeclaredRequiredNamesAndEnumValuesOfAnotherTypeAreWarnings() throws {
        let files = [
            "openapi.yaml": """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths: {}
            components:
              schemas:
                Item:
                  type: object
                  required: [id, ghost]
                  properties:
                    id: {type: integer}
                    level: {type: string, enum: [low, 1, true]}
                    code: {type: integer, enum: ["7", 8]}
            """
        ]
        let (result, generated) = try Self.generate(files)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(
            Self.warnings(result) == [
                "openapi.yaml:8:22: warning: 'ghost' is required but not declared in 'properties'; the generated type does not check that it is there [required-undeclared]",
                "openapi.yaml:11:37: warning: enum value 1 is not a string but the schema's type is 'string'; it is read as the string \"1\" [enum-value-type]",
                "openapi.yaml:11:37: warning: enum value true is not a string but the schema's type is 'string'; it is read as the string \"true\" [enum-value-type]",
                "openapi.yaml:12:37: warning: enum value \"7\" is not an integer but the schema's type is 'integer'; it is read as the integer 7 [enum-value-type]",
            ])
        let types = try #require(generated["Types.swift"])
        #expect(types.contains("case ._1: \"1\""), "\(types)")
        #expect(types.contains("case .`true`: \"true\""))
        #expect(types.contains("case ._7: 7"))
        #expect(!types.contains("ghost"))
        #expect(try Self.generate(files, strict: true).0.status == 1)
    }

    @Test func aBrokenReferenceOfASwagger2DocumentIsReportedAtItsLineAsWritten() throws {
        let (result, _) = try Self.generate(
            [
                "swagger.yaml": """
                swagger: '2.0'
                info: {title: T, version: '1'}
                paths:
                  /a:
                    get:
                      responses:
                        '200':
                          description: ok
                          schema: {$ref: '#/definitions/Missing'}
                definitions:
                  Present: {type: object}
                """
            ], spec: "swagger.yaml")
        #expect(result.status == 1)
        #expect(
            result.standardError.contains(
                "swagger.yaml:9:26: error: unresolved reference '#/components/schemas/Missing': no 'Missing' in '#/components/schemas' (written '#/definitions/Missing' in the Swagger 2.0 document) [unresolved-ref]"
            ), "\(result.standardError)")
    }

    @Test func aSwagger2DocumentGeneratesWithWarningsAtItsOwnLines() throws {
        let (result, generated) = try Self.generate(
            [
                "swagger.json": """
                {
                  "swagger": "2.0",
                  "info": {"title": "Legacy", "version": "1"},
                  "host": "api.example.com",
                  "paths": {
                    "/items": {
                      "get": {
                        "operationId": "listItems",
                        "parameters": [{"name": "ids", "in": "query", "type": "array", "items": {"type": "integer"}, "collectionFormat": "tsv"}],
                        "responses": {"200": {"description": "ok", "schema": {"type": "array", "items": {"$ref": "#/definitions/Item"}}}}
                      }
                    }
                  },
                  "definitions": {"Item": {"type": "object", "description": "Smile \\ud83d\\ude00", "properties": {"name": {"type": "string", "x-nullable": true}}}}
                }
                """
            ], spec: "swagger.json")
        #expect(result.status == 0, "\(result.standardError)")
        #expect(
            Self.warnings(result) == [
                "swagger.json:9:122: warning: collectionFormat 'tsv' has no OpenAPI 3 equivalent in a query parameter; it is read as comma-separated [swagger2-conversion]"
            ])
        #expect(
            generated["Client.swift"]?.contains("public func listItems(ids: [Int]? = nil) async throws -> [Item] {")
                == true)
        #expect(generated["Types.swift"]?.contains("public var name: Nullable<String>?") == true)
        #expect(generated["Types.swift"]?.contains("/// Smile 😀") == true)
    }
}
