import Foundation
import OpenAPIModel
import Resolver
import Testing

@Suite struct ReferenceTests {
    static let header = "openapi: 3.0.3\ninfo: {title: T, version: '1'}\n"

    @Test func localPointersWithEscapesAndPercentEncoding() throws {
        let result = try resolveFiles([
            "openapi.yaml": Self.header + """
                paths:
                  /a/b:
                    get:
                      responses:
                        '200':
                          description: OK
                          content:
                            application/json: {schema: {type: object, properties: {x: {type: string}}}}
                  /c:
                    get:
                      responses:
                        '200':
                          description: OK
                          content:
                            application/json:
                              schema: {$ref: '#/paths/~1a~1b/get/responses/200/content/application~1json/schema'}
                  /d:
                    get:
                      responses:
                        '200':
                          description: OK
                          content:
                            application/json: {schema: {$ref: '#/components/schemas/Odd%20Name~0x'}}
                components:
                  schemas:
                    Odd Name~x: {type: string}
                """
        ])
        #expect(result.errorLines == [])
        let api = try #require(result.api)
        let c = try #require(api.operations.first { $0.path == "/c" })
        let d = try #require(api.operations.first { $0.path == "/d" })
        #expect(c.responses.first?.contents.first?.type == .named("GetAbResponse"))
        #expect(d.responses.first?.contents.first?.type == .named("OddNameX"))
    }

    @Test func referencesIntoEveryComponentKind() throws {
        let result = try resolveFiles([
            "openapi.yaml": Self.header + """
                paths:
                  /a/{id}:
                    parameters: [{$ref: '#/components/parameters/ID'}]
                    post:
                      requestBody: {$ref: '#/components/requestBodies/Body'}
                      responses:
                        '200': {$ref: '#/components/responses/OK'}
                      callbacks:
                        done: {$ref: '#/components/callbacks/Done'}
                    get:
                      $ref: '#/components/responses/OK'
                components:
                  parameters:
                    ID: {name: id, in: path, required: true, schema: {type: integer, format: int64}}
                  requestBodies:
                    Body: {content: {text/plain: {schema: {type: string}}}}
                  responses:
                    OK:
                      description: OK
                      headers: {Rate: {$ref: '#/components/headers/Rate'}}
                      content: {application/json: {schema: {type: boolean}}}
                  headers:
                    Rate: {schema: {type: integer, format: int32}}
                  callbacks:
                    Done:
                      '{$request.body#/url}':
                        post: {responses: {'204': {description: Got it}}}
                """
        ])
        let api = try #require(result.api)
        let post = try #require(api.operations.first { $0.method == .post })
        #expect(post.parameters.map(\.type) == [.primitive(.int64)])
        #expect(post.requestBody?.contents.first?.encoding == .text)
        #expect(post.responses.first?.headers.map(\.type) == [.primitive(.int32)])
        #expect(post.responses.first?.contents.first?.type == .primitive(.bool))
        #expect(post.callbacks.first?.operations.map(\.method) == [.post])
        // `get: {$ref: ...}` is followed as a JSON Reference (with a warning), and what it reaches, a response, is
        // not an operation: the model says so at the response's lines.
        #expect(
            result.lines == [
                "openapi.yaml:13:13: warning: OpenAPI allows no '$ref' here; it is followed as a JSON Reference, as bundlers read it [ref-not-allowed-here]",
                "openapi.yaml:21:7: error: missing required field 'responses' in operation [missing-field]",
                "openapi.yaml:22:7: warning: unknown key 'headers' in operation [unknown-key]",
                "openapi.yaml:23:7: warning: unknown key 'content' in operation [unknown-key]",
            ])
    }

    @Test func externalFilesResolveRelativeToTheirOwnFile() throws {
        let result = try resolveFiles([
            "openapi.yaml": Self.header + """
                paths:
                  /accounts:
                    get:
                      parameters: [{$ref: 'common/parameters.yaml#/Limit'}]
                      responses:
                        '200':
                          description: OK
                          content: {application/json: {schema: {$ref: 'models/account.yml'}}}
                        '400':
                          description: Bad
                          content: {application/json: {schema: {$ref: 'models/account.yml#/properties/owner'}}}
                """,
            "models/account.yml": """
            type: object
            properties:
              id: {type: string}
              owner: {$ref: 'person.yaml'}
              backup: {$ref: '../models/account.yml'}
            """,
            "models/person.yaml": "type: object\nproperties:\n  name: {type: string}\n",
            "common/parameters.yaml": "Limit: {name: limit, in: query, schema: {$ref: '../models/limit.json'}}\n",
            "models/limit.json": #"{"type": "integer", "format": "int32", "maximum": 100}"#,
        ])
        #expect(result.lines == [])
        let api = try #require(result.api)
        let account = try #require(api.object("Account"))
        #expect(account.property("owner")?.type == .named("Person"))
        #expect(account.property("backup")?.type == .named("Account"))
        #expect(api.type(named: "Account")?.isRecursive == true)
        let operation = try #require(api.operations.first)
        #expect(operation.parameters.first?.type == .named("Limit"))
        #expect(api.type(named: "Limit")?.kind == .alias(.primitive(.int32)))
        // The second use of `person.yaml` is the same type, not a new one.
        #expect(operation.responses.map { $0.contents.first?.type } == [.named("Account"), .named("Person")])
        // Files in the order they were first reached: parameters are resolved before responses.
        #expect(
            api.files == [
                "openapi.yaml", "common/parameters.yaml", "models/limit.json", "models/account.yml",
                "models/person.yaml",
            ])
    }

    @Test func componentsOfTheRootAreTheDecodedObjectsFromWhereverTheyAreReferenced() throws {
        let result = try resolveFiles([
            "openapi.yaml": Self.header + """
                paths:
                  /a:
                    get:
                      parameters:
                        - $ref: 'shared.yaml#/Limit'
                        - $ref: '#/components/parameters/Limit'
                      responses:
                        '200': {$ref: 'shared.yaml#/OK'}
                components:
                  parameters:
                    Limit: {name: limit, in: query, schema: {$ref: '#/components/schemas/Count'}}
                  responses:
                    OK:
                      description: OK
                      content: {application/json: {schema: {$ref: 'shared.yaml#/Page'}}}
                  schemas:
                    Count: {type: integer, format: int32}
                    Mixed:
                      allOf:
                        - $ref: '#/components/parameters/Limit'
                        - {type: object, properties: {x: {type: string}}}
                """,
            "shared.yaml": """
            Limit: {$ref: 'openapi.yaml#/components/parameters/Limit'}
            OK: {$ref: 'openapi.yaml#/components/responses/OK'}
            Page:
              type: object
              properties:
                count: {$ref: 'openapi.yaml#/components/schemas/Count'}
            """,
        ])
        // Reached through another file or directly, a component is one object: the parameter merges with itself
        // (same name and location) and the schema is one type.
        #expect(
            result.errorLines == [
                "openapi.yaml:22:17: error: reference '#/components/parameters/Limit' points at a parameter, expected a schema [ref-wrong-kind]"
            ])
        let api = try #require(result.api)
        let operation = try #require(api.operations.first)
        #expect(operation.parameters.map(\.name) == ["limit"])
        #expect(operation.parameters.first?.type == .named("Count"))
        #expect(operation.responses.first?.contents.first?.type == .named("Page"))
        #expect(api.object("Page")?.property("count")?.type == .named("Count"))
        #expect(api.types.filter { $0.originalName == "Count" }.count == 1)
    }

    @Test func brokenReferencesAreLocatedErrorsNamingTheTarget() throws {
        let directory = try makeDirectory([
            "spec/openapi.yaml": Self.header + """
                paths:
                  /a:
                    get:
                      parameters:
                        - $ref: '#/components/schemas/Account'
                      responses:
                        '200':
                          description: OK
                          content:
                            application/json:
                              schema:
                                type: object
                                properties:
                                  a: {$ref: '#/components/schemas/Acount'}
                                  b: {$ref: 'missing.yaml'}
                                  c: {$ref: '../../etc/passwd'}
                                  d: {$ref: '/etc/passwd'}
                                  e: {$ref: 'https://example.com/schemas/pet.json'}
                                  f: {$ref: 'models.yaml#/Pet'}
                                  g: {$ref: '#/components/parameters/Limit'}
                components:
                  parameters:
                    Limit: {name: limit, in: query, schema: {type: integer}}
                  schemas:
                    Account: {type: object, properties: {id: {type: string}}}
                """,
            "spec/models.yaml": "Pets: {type: string}\n",
        ])
        let allowedRoot = directory.appendingPathComponent("spec").path
        let result = resolve(in: directory, root: "spec/openapi.yaml", allowedRoot: allowedRoot)
        #expect(
            result.errorLines == [
                "spec/openapi.yaml:7:17: error: reference '#/components/schemas/Account' points at a schema, expected a parameter [ref-wrong-kind]",
                "spec/openapi.yaml:16:29: error: unresolved reference '#/components/schemas/Acount': no 'Acount' in '#/components/schemas'; did you mean 'Account'? [unresolved-ref]",
                "spec/openapi.yaml:17:29: error: cannot resolve 'missing.yaml': cannot read 'spec/missing.yaml': No such file or directory [ref-unreadable]",
                "spec/openapi.yaml:18:29: error: reference '../../etc/passwd' leaves the allowed root directory '\(allowedRoot)' [ref-outside-root]",
                "spec/openapi.yaml:19:29: error: reference '/etc/passwd' uses an absolute path; use a path relative to the document [ref-outside-root]",
                "spec/openapi.yaml:20:29: error: reference 'https://example.com/schemas/pet.json' is remote; plexus-gen does not fetch remote references (bundle the document first) [ref-remote]",
                "spec/openapi.yaml:21:29: error: unresolved reference 'models.yaml#/Pet': no 'Pet' in '#/'; did you mean 'Pets'? [unresolved-ref]",
                "spec/openapi.yaml:22:29: error: reference '#/components/parameters/Limit' points at a parameter, expected a schema [ref-wrong-kind]",
            ])
    }

    /// A reference to a place in the document outside `components` is checked against what the specification
    /// says that place holds: a response where a parameter is expected, a parameter where a schema is expected.
    @Test func placesOutsideComponentsAreCheckedByTheDocumentsStructure() throws {
        let directory = try makeDirectory([
            "openapi.yaml": Self.header + """
                paths:
                  /a:
                    get:
                      parameters:
                        - {name: q, in: query, schema: {type: string}}
                        - $ref: '#/paths/~1a/get/responses/200'
                        - $ref: '#/info'
                        - $ref: '#/paths/~1b/get/parameters/0'
                      responses:
                        '200':
                          description: OK
                          content: {application/json: {schema: {$ref: '#/paths/~1a/get/parameters/0'}}}
                  /b:
                    get:
                      parameters:
                        - {name: r, in: query, schema: {$ref: '#/paths/~1a/get/parameters/0/schema'}}
                      responses:
                        '200': {description: OK}
                """
        ])
        let result = resolve(in: directory, root: "openapi.yaml")
        #expect(
            result.errorLines == [
                "openapi.yaml:8:17: error: reference '#/paths/~1a/get/responses/200' points at a response, expected a parameter [ref-wrong-kind]",
                "openapi.yaml:9:17: error: reference '#/info' does not point at a parameter [ref-wrong-kind]",
                "openapi.yaml:14:55: error: reference '#/paths/~1a/get/parameters/0' points at a parameter, expected a schema [ref-wrong-kind]",
            ])
        // The parameters reached by pointer are the ones written there.
        let operation = try #require(result.api?.operations.first { $0.path == "/a" })
        #expect(operation.parameters.map(\.wireName) == ["q", "r"])
    }

    /// A fragment file (no `openapi` key) has no document structure to go by, but a pointer into its `components`
    /// still names the kind it holds.
    @Test func aComponentOfAFragmentFileReferencedAsAnotherKindIsAnError() throws {
        let directory = try makeDirectory([
            "openapi.yaml": Self.header + """
                paths:
                  /a:
                    get:
                      parameters: [{$ref: 'common.yaml#/components/parameters/Limit'}]
                      responses:
                        '200':
                          description: OK
                          content: {application/json: {schema: {$ref: 'common.yaml#/components/parameters/Limit'}}}
                """,
            "common.yaml": """
            components:
              parameters:
                Limit: {name: limit, in: query, schema: {type: integer}}
            """,
        ])
        let result = resolve(in: directory, root: "openapi.yaml")
        #expect(
            result.errorLines == [
                "openapi.yaml:10:55: error: reference 'common.yaml#/components/parameters/Limit' points at a parameter, expected a schema [ref-wrong-kind]"
            ])
    }

    /// A `$ref` inside two overlapping targets of another file (`#/S` and `#/S/properties/x`) is followed once per
    /// target, and its problem is reported once; so is a problem of the fragment's own text.
    @Test func aProblemReachedAlongSeveralPathsIsReportedOnce() throws {
        let directory = try makeDirectory([
            "openapi.yaml": Self.header + """
                paths:
                  /a:
                    get:
                      parameters: [{$ref: 'parts.yaml#/P'}]
                      responses: {'200': {description: OK, content: {application/json: {schema: {$ref: 'parts.yaml#/S'}}}}}
                  /b:
                    get:
                      parameters: [{$ref: 'parts.yaml#/P'}]
                      responses:
                        '200': {description: OK, content: {application/json: {schema: {$ref: 'parts.yaml#/S/properties/x'}}}}
                components:
                  schemas:
                    A: {$ref: 'parts.yaml#/S'}
                """,
            "parts.yaml": """
            P: {name: p, in: query, schema: {$ref: '#/Nope'}}
            S:
              type: object
              properties:
                x: {type: object, properties: {y: {$ref: '#/Gone'}}, required: 5}
            """,
        ])
        let result = resolve(in: directory, root: "openapi.yaml")
        #expect(
            result.errorLines == [
                "parts.yaml:1:40: error: unresolved reference '#/Nope': no 'Nope' in '#/' [unresolved-ref]",
                "parts.yaml:5:46: error: unresolved reference '#/Gone': no 'Gone' in '#/' [unresolved-ref]",
                "parts.yaml:5:68: error: expected a sequence of property names for 'required' in schema, found integer '5' [wrong-type]",
            ])
    }

    @Test func cyclesTerminateAndAreMarked() throws {
        let result = try resolveSchemas(
            """
                Node:
                  type: object
                  properties:
                    next: {$ref: '#/components/schemas/Node'}
                Tree:
                  type: object
                  properties:
                    children: {type: array, items: {$ref: '#/components/schemas/Tree'}}
                A:
                  type: object
                  properties:
                    b: {$ref: '#/components/schemas/B'}
                B:
                  type: object
                  properties:
                    a: {$ref: '#/components/schemas/A'}
                    byName: {type: object, additionalProperties: {$ref: '#/components/schemas/B'}}
                Leaf: {type: object, properties: {value: {type: string}}}
                Alias: {$ref: '#/components/schemas/Alias2'}
                Alias2: {$ref: '#/components/schemas/Alias'}
            """)
        let api = try #require(result.api)
        let flags = api.types.map { "\($0.name):\($0.isRecursive ? "r" : "-")\($0.needsIndirection ? "i" : "-")" }
        #expect(flags == ["A:ri", "Alias:ri", "Alias2:ri", "B:ri", "Leaf:--", "Node:ri", "Tree:r-"])
    }

    @Test func siblingsOfRefIn31AreKeptAndIn30Warned() throws {
        let result31 = try resolveSchemas(
            """
                Pet:
                  type: object
                  properties:
                    parent: {$ref: '#/components/schemas/Pet', description: The parent pet}
            """, version: "3.1.0")
        #expect(result31.lines == [])
        #expect(result31.api?.object("Pet")?.property("parent")?.description == "The parent pet")
        let result30 = try resolveSchemas(
            """
                Pet:
                  type: object
                  properties:
                    parent: {$ref: '#/components/schemas/Pet', description: The parent pet}
            """)
        #expect(
            result30.lines == [
                "openapi.yaml:10:52: warning: keys beside '$ref' are ignored in OpenAPI 3.0: 'description' [ref-siblings]"
            ])
    }

    @Test func anchorsResolve() throws {
        let result = try resolveSchemas(
            """
                Pet:
                  $anchor: pet
                  type: object
                  properties: {name: {type: string}}
                Owner:
                  type: object
                  properties:
                    pet: {$ref: '#pet'}
            """, version: "3.1.0")
        #expect(result.lines == [])
        #expect(result.api?.object("Owner")?.property("pet")?.type == .named("Pet"))
    }
}
