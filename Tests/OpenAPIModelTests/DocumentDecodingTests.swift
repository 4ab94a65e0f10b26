import Diagnostics
import OpenAPIModel
import Testing

@Suite struct DocumentDecodingTests {
    static let full30 = """
        openapi: 3.0.3
        info:
          title: Bank
          version: 1.0.0
          description: A bank.
          termsOfService: https://example.com/terms
          contact: {name: Team, email: team@example.com, url: https://example.com}
          license: {name: MIT, url: https://opensource.org/licenses/MIT}
          x-logo: {url: logo.svg}
        servers:
          - url: https://{env}.example.com/v1
            description: Main
            variables:
              env: {default: api, enum: [api, staging], description: Environment}
        tags:
          - name: Accounts
            description: Account operations
            externalDocs: {url: https://example.com/docs}
        externalDocs: {url: https://example.com, description: Docs}
        security:
          - oauth: [accounts=ro]
        paths:
          /accounts/{account-id}:
            summary: One account
            parameters:
              - $ref: '#/components/parameters/AccountID'
            get:
              operationId: getAccount
              tags: [Accounts]
              summary: Get account
              deprecated: true
              parameters:
                - name: fields
                  in: query
                  style: form
                  explode: false
                  schema: {type: array, items: {type: string}}
                - name: X-Trace
                  in: header
                  schema: {type: string}
                - name: session
                  in: cookie
                  schema: {type: string}
              responses:
                '200':
                  description: OK
                  headers:
                    Retry-After: {schema: {type: integer}, description: Seconds}
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Account'}
                      example: {id: A1}
                      examples:
                        one: {summary: One, value: {id: A1}}
                  links:
                    self: {operationId: getAccount, parameters: {account-id: $response.body#/id}}
                4XX:
                  $ref: '#/components/responses/Error'
                default:
                  description: Anything else
              callbacks:
                onChange:
                  '{$request.body#/url}':
                    post:
                      requestBody:
                        content:
                          application/json: {schema: {type: object}}
                      responses:
                        '204': {description: Received}
              security: []
              servers: [{url: https://accounts.example.com}]
            post:
              requestBody:
                required: true
                content:
                  application/x-www-form-urlencoded:
                    schema: {type: object, properties: {name: {type: string}}}
                    encoding:
                      name: {contentType: text/plain, style: form, explode: true}
                  multipart/form-data:
                    schema: {type: object}
              responses:
                '201': {description: Created}
        components:
          schemas:
            Account:
              type: object
              required: [id]
              properties:
                id: {type: string, readOnly: true}
                balance: {type: number, format: double, minimum: 0, exclusiveMinimum: true}
                owner: {type: string, nullable: true, deprecated: true}
                tags: {type: array, items: {type: string}, minItems: 1, uniqueItems: true}
                extra: {type: object, additionalProperties: {type: integer}}
                kind: {type: string, enum: [giro, savings], default: giro}
              example: {id: A1, balance: 1.5}
              x-internal: true
            Pet:
              oneOf:
                - $ref: '#/components/schemas/Cat'
                - $ref: '#/components/schemas/Dog'
              discriminator:
                propertyName: kind
                mapping: {cat: '#/components/schemas/Cat', dog: Dog}
            Cat: {type: object, properties: {kind: {type: string}}}
            Dog: {allOf: [{$ref: '#/components/schemas/Cat'}, {type: object, not: {required: [x]}}]}
          responses:
            Error:
              description: Error
              content:
                application/json: {schema: {type: object}}
          parameters:
            AccountID: {name: account-id, in: path, required: true, schema: {type: string}}
          examples:
            Sample: {summary: S, externalValue: https://example.com/sample.json}
          requestBodies:
            Body: {content: {text/plain: {schema: {type: string}}}}
          headers:
            Rate: {schema: {type: integer}}
          securitySchemes:
            basic: {type: http, scheme: basic}
            bearer: {type: http, scheme: bearer, bearerFormat: JWT}
            key: {type: apiKey, name: X-Key, in: header}
            oidc: {type: openIdConnect, openIdConnectUrl: https://example.com/.well-known/openid-configuration}
            oauth:
              type: oauth2
              flows:
                password: {tokenUrl: /token, scopes: {accounts=ro: Read accounts}}
                authorizationCode: {authorizationUrl: /auth, tokenUrl: /token, refreshUrl: /token, scopes: {}}
                clientCredentials: {tokenUrl: /token, scopes: {}}
                implicit: {authorizationUrl: /auth, scopes: {}}
          links:
            Self: {operationRef: '#/paths/~1accounts~1{account-id}/get'}
          callbacks:
            Hook:
              '{$request.body#/url}':
                $ref: '#/components/callbacks/Other'
        """

    @Test func everyObjectKindOf30DecodesWithoutDiagnostics() throws {
        let result = decode(Self.full30)
        #expect(result.diagnostics.map(\.description) == [])
        let document = try #require(result.document)
        #expect(document.version == .v3_0)
        #expect(document.info.title == "Bank")
        #expect(document.info.contact?.email == "team@example.com")
        #expect(document.info.license?.name == "MIT")
        #expect(document.info.extensions["x-logo"]?["url"] == .string("logo.svg"))
        #expect(document.servers.first?.variables["env"]?.enumValues == ["api", "staging"])
        #expect(document.tags.map(\.name) == ["Accounts"])
        #expect(document.security?.first?.schemes["oauth"] == ["accounts=ro"])

        let item = try #require(document.paths["/accounts/{account-id}"]?.value)
        #expect(item.parameters.first?.reference?.ref == "#/components/parameters/AccountID")
        #expect(item.operations.map(\.method) == [.get, .post])
        let get = try #require(item.operation(.get))
        #expect(get.operationId == "getAccount")
        #expect(get.deprecated)
        #expect(get.security == [])
        let parameters = get.parameters.compactMap(\.value)
        #expect(parameters.map(\.location) == [.query, .header, .cookie])
        #expect(parameters[0].effectiveStyle == .form)
        #expect(parameters[0].effectiveExplode == false)
        #expect(parameters[1].effectiveStyle == .simple)
        #expect(get.responses.keys == ["200", "4XX", "default"])
        let ok = try #require(get.responses["200"]?.value)
        #expect(ok.headers["Retry-After"]?.value?.schema?.types == [.integer])
        #expect(ok.content["application/json"]?.schema?.ref?.componentName == "Account")
        #expect(ok.content["application/json"]?.examples["one"]?.value?.value == .object([("id", .string("A1"))]))
        #expect(ok.links["self"]?.value?.operationId == "getAccount")
        #expect(get.callbacks["onChange"]?.value?.expressions.keys == ["{$request.body#/url}"])
        let post = try #require(item.operation(.post))
        #expect(post.requestBody?.value?.required == true)
        #expect(post.requestBody?.value?.content.keys == ["application/x-www-form-urlencoded", "multipart/form-data"])
        #expect(post.requestBody?.value?.content.first?.value.encoding["name"]?.contentType == "text/plain")

        let account = try #require(document.components.schemas["Account"])
        #expect(account.types == [.object])
        #expect(account.required.map(\.value) == ["id"])
        #expect(account.properties.keys == ["id", "balance", "owner", "tags", "extra", "kind"])
        #expect(account.properties["id"]?.readOnly == true)
        #expect(account.properties["balance"]?.exclusiveMinimum == .flag(true))
        #expect(account.properties["owner"]?.allowsNull == true)
        #expect(account.properties["tags"]?.items?.types == [.string])
        if case .schema(let values)? = account.properties["extra"]?.additionalProperties {
            #expect(values.types == [.integer])
        } else {
            Issue.record("additionalProperties should be a schema")
        }
        #expect(account.properties["kind"]?.enumValues == [.string("giro"), .string("savings")])
        #expect(account.properties["kind"]?.defaultValue == .string("giro"))
        #expect(account.extensions["x-internal"] == .bool(true))
        let pet = try #require(document.components.schemas["Pet"])
        #expect(pet.oneOf.count == 2)
        #expect(pet.discriminator?.propertyName == "kind")
        #expect(pet.discriminator?.mapping["dog"] == "Dog")
        #expect(document.components.schemas["Dog"]?.allOf.count == 2)
        #expect(document.components.schemas["Dog"]?.allOf.last?.not?.required.map(\.value) == ["x"])

        let schemes = document.components.securitySchemes
        #expect(schemes["basic"]?.value?.kind == .http(scheme: "basic", bearerFormat: nil))
        #expect(schemes["key"]?.value?.kind == .apiKey(name: "X-Key", location: .header))
        guard case .oauth2(let flows)? = schemes["oauth"]?.value?.kind else {
            Issue.record("expected oauth2")
            return
        }
        #expect(flows.password?.tokenUrl == "/token")
        #expect(flows.password?.scopes["accounts=ro"] == "Read accounts")
        #expect(flows.authorizationCode?.refreshUrl == "/token")
        #expect(document.components.examples["Sample"]?.value?.externalValue == "https://example.com/sample.json")
        #expect(document.components.links["Self"]?.value?.operationRef == "#/paths/~1accounts~1{account-id}/get")
        #expect(
            document.components.callbacks["Hook"]?.value?.expressions.first?.value.reference?.ref
                == "#/components/callbacks/Other")
    }

    @Test func openAPI31Features() throws {
        let result = decode(
            """
            openapi: 3.1.0
            info: {title: T, version: '1', summary: Short, license: {name: Apache 2.0, identifier: Apache-2.0}}
            jsonSchemaDialect: https://json-schema.org/draft/2020-12/schema
            webhooks:
              newPet:
                post:
                  requestBody: {content: {application/json: {schema: {$ref: '#/components/schemas/Pet'}}}}
                  responses: {'200': {description: OK}}
            components:
              schemas:
                Pet:
                  $id: https://example.com/pet
                  $anchor: pet
                  type: [object, 'null']
                  properties:
                    name: {type: string, const: Rex, examples: [Rex]}
                    tuple: {type: array, prefixItems: [{type: integer}, {type: string}]}
                    parent: {$ref: '#/components/schemas/Pet', description: The parent}
                    limit: {type: number, exclusiveMaximum: 10}
                    any: true
                  $defs:
                    Inner: {type: string}
                  if: {required: [name]}
                  then: {required: [tuple]}
              pathItems:
                Shared: {get: {responses: {'200': {description: OK}}}}
              securitySchemes:
                mtls: {type: mutualTLS}
            """)
        #expect(result.diagnostics.map(\.description) == [])
        let document = try #require(result.document)
        #expect(document.version == .v3_1)
        #expect(document.info.summary == "Short")
        #expect(document.info.license?.identifier == "Apache-2.0")
        #expect(document.webhooks.keys == ["newPet"])
        let pet = try #require(document.components.schemas["Pet"])
        #expect(pet.types == [.object, .null])
        #expect(pet.allowsNull)
        #expect(pet.id == "https://example.com/pet")
        #expect(pet.anchor == "pet")
        #expect(pet.properties["name"]?.constValue == .string("Rex"))
        #expect(pet.properties["tuple"]?.prefixItems.count == 2)
        #expect(pet.properties["parent"]?.ref?.ref == "#/components/schemas/Pet")
        #expect(pet.properties["parent"]?.description == "The parent")
        #expect(pet.properties["limit"]?.exclusiveMaximum == .value(10))
        #expect(pet.properties["any"]?.booleanSchema == true)
        #expect(pet.defs.keys == ["Inner"])
        #expect(pet.otherKeywords.keys == ["if", "then"])
        #expect(document.components.pathItems.keys == ["Shared"])
        #expect(document.components.securitySchemes["mtls"]?.value?.kind == .mutualTLS)
    }

    @Test func locationsPointAtTheSource() throws {
        let document = try #require(decode(Self.full30).document)
        let operation = try #require(document.paths["/accounts/{account-id}"]?.value?.operation(.get))
        #expect(operation.location == SourceLocation(file: "test.yaml", line: 27, column: 5))
        #expect(operation.operationIdLocation == SourceLocation(file: "test.yaml", line: 28, column: 20))
        let account = try #require(document.components.schemas.entry("Account"))
        #expect(account.keyLocation == SourceLocation(file: "test.yaml", line: 86, column: 5))
        #expect(account.value.location == SourceLocation(file: "test.yaml", line: 87, column: 7))
        #expect(account.value.required.first?.location == SourceLocation(file: "test.yaml", line: 88, column: 18))
    }

    @Test func yamlStringsAreNotRetypedByTheModel() throws {
        let document = try #require(
            decode(
                """
                openapi: 3.0.0
                info: {title: no, version: 1.10}
                paths: {}
                components:
                  schemas:
                    Switch: {type: string, enum: [on, off, yes, no, 'true'], default: no, example: 1.0}
                """
            ).document)
        #expect(document.info.title == "no")
        #expect(document.info.version == "1.10")
        let schema = try #require(document.components.schemas["Switch"])
        #expect(schema.enumValues == [.string("on"), .string("off"), .string("yes"), .string("no"), .string("true")])
        #expect(schema.defaultValue == .string("no"))
        #expect(schema.example == .number(1.0, literal: "1.0"))
    }
}

@Suite struct LargeComponentsDecodingTests {
    /// Above 4,000 component schemas the two halves are decoded at once; the result must be the one a single pass
    /// gives: every schema in document order, and the problems of both halves.
    @Test func schemasDecodedInTwoHalvesAreTheSchemasOfOnePass() {
        let count = 5_000
        var lines = (0..<count).map { "    S\($0): {type: string, maxLength: \($0)}" }
        lines[10] = "    S10: {type: string, maxLength: ten}"
        lines[4_990] = "    S4990: {type: string, bogus: 1}"
        let decoded = decode(document30(components: "  schemas:\n" + lines.joined(separator: "\n")))
        let schemas = decoded.document?.components.schemas
        #expect(schemas?.count == count)
        #expect(schemas?.keys.first == "S0")
        #expect(schemas?.keys.last == "S4999")
        #expect(schemas?["S4321"]?.maxLength == 4_321)
        #expect(schemas?.keys == (0..<count).map { "S\($0)" })
        #expect(
            decoded.diagnostics.map(\.description) == [
                "test.yaml:19:36: error: expected an integer for 'maxLength' in schema, found string 'ten' [wrong-type]",
                "test.yaml:4999:27: warning: unknown key 'bogus' in schema [unknown-key]",
            ])
    }
}
