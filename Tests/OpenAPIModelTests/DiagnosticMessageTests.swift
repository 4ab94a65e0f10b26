import Diagnostics
import OpenAPIModel
import Testing

/// Every decoder message, asserted word for word with its location and id.
@Suite struct DiagnosticMessageTests {
    @Test func wrongTypes() {
        #expect(
            diagnosticLines(
                """
                openapi: 3.0.3
                info:
                  title: [a, b]
                  version: '1'
                paths:
                  /a:
                    get:
                      deprecated: yes
                      responses:
                        '200': {description: OK}
                components:
                  schemas:
                    A: {type: object, minLength: many}
                """) == [
                    "test.yaml:3:10: error: expected a string for 'title' in info, found a sequence [wrong-type]",
                    "test.yaml:8:19: error: expected a boolean (true or false) for 'deprecated' in operation, found string 'yes' [wrong-type]",
                    "test.yaml:13:34: error: expected an integer for 'minLength' in schema, found string 'many' [wrong-type]",
                ])
    }

    @Test func missingRequiredFields() {
        #expect(
            diagnosticLines(
                """
                openapi: 3.0.3
                info:
                  title: T
                paths:
                  /a:
                    get:
                      parameters:
                        - name: q
                          schema: {type: string}
                      responses:
                        '200': {}
                """) == [
                    "test.yaml:3:3: error: missing required field 'version' in info [missing-field]",
                    "test.yaml:8:11: error: missing required field 'in' in parameter [missing-field]",
                    "test.yaml:11:16: error: missing required field 'description' in response [missing-field]",
                ])
    }

    @Test func missingTopLevelFields() {
        #expect(
            diagnosticLines("openapi: 3.0.0\n") == [
                "test.yaml:1:1: error: missing required field 'info' in document [missing-field]",
                "test.yaml:1:1: error: missing required field 'paths' in document [missing-field]",
            ])
        #expect(
            diagnosticLines("info: {title: T, version: '1'}\npaths: {}\n") == [
                "test.yaml:1:1: error: missing required field 'openapi' in document; is this an OpenAPI document? [missing-field]"
            ])
        #expect(
            diagnosticLines("openapi: 3.1.0\ninfo: {title: T, version: '1'}\n") == [
                "test.yaml:1:1: error: an OpenAPI 3.1 document needs at least one of 'paths', 'components' or 'webhooks' [missing-field]"
            ])
    }

    @Test func unknownKeysAreWarningsWithSuggestions() {
        #expect(
            diagnosticLines(
                """
                openapi: 3.0.3
                info: {title: T, version: '1', descripton: D, colour: red}
                paths:
                  /a:
                    get:
                      summry: S
                      responses: {'200': {description: OK}}
                components:
                  schemas:
                    A: {type: object, proprties: {}, additionalProperty: false}
                """) == [
                    "test.yaml:2:32: warning: unknown key 'descripton' in info; did you mean 'description'? [unknown-key]",
                    "test.yaml:2:47: warning: unknown key 'colour' in info [unknown-key]",
                    "test.yaml:6:7: warning: unknown key 'summry' in operation; did you mean 'summary'? [unknown-key]",
                    "test.yaml:10:23: warning: unknown key 'proprties' in schema; did you mean 'properties'? [unknown-key]",
                    "test.yaml:10:38: warning: unknown key 'additionalProperty' in schema; did you mean 'additionalProperties'? [unknown-key]",
                ])
    }

    @Test func invalidStatusCodes() {
        #expect(
            diagnosticLines(
                document30(
                    paths: """
                          /a:
                            get:
                              responses:
                                '2000': {description: A}
                                6XX: {description: B}
                                '200': {description: C}
                                2xx: {description: D}
                        """)) == [
                    "test.yaml:9:9: error: invalid response status code '2000'; expected 100-599, 1XX-5XX or default [invalid-status-code]",
                    "test.yaml:10:9: error: invalid response status code '6XX'; expected 100-599, 1XX-5XX or default [invalid-status-code]",
                    "test.yaml:12:9: error: invalid response status code '2xx'; expected 100-599, 1XX-5XX or default [invalid-status-code]",
                ])
    }

    @Test func invalidValuesOfSpecFields() {
        #expect(
            diagnosticLines(
                document30(
                    paths: """
                          /a:
                            post:
                              parameters:
                                - {name: body, in: body, schema: {type: object}}
                                - {name: q, in: query, style: comma, schema: {type: string}}
                              responses: {'200': {description: OK}}
                        """,
                    components: """
                          schemas:
                            N: {type: 'null'}
                            D: {type: decimal}
                          securitySchemes:
                            old: {type: basic}
                        """)) == [
                    "test.yaml:9:28: error: invalid value 'body' for 'in' in parameter; expected one of query, header, path, cookie (Swagger 2.0 uses 'body'; OpenAPI 3 uses requestBody) [invalid-value]",
                    "test.yaml:10:39: error: invalid value 'comma' for 'style' in parameter; expected one of matrix, label, form, simple, spaceDelimited, pipeDelimited, deepObject [invalid-value]",
                    "test.yaml:14:15: error: invalid value 'null' for 'type' in schema; expected one of array, boolean, integer, number, object, string (use nullable: true in OpenAPI 3.0) [invalid-value]",
                    "test.yaml:15:15: error: invalid value 'decimal' for 'type' in schema; expected one of array, boolean, integer, number, object, string [invalid-value]",
                    "test.yaml:17:17: error: invalid value 'basic' for 'type' in security scheme; expected one of apiKey, http, oauth2, openIdConnect (Swagger 2.0's 'basic' is 'http' with scheme 'basic' in OpenAPI 3) [invalid-value]",
                ])
    }

    @Test func versions() {
        #expect(diagnosticLines("swagger: '2.0'\ninfo: {title: T, version: '1'}\npaths: {}\n") == [])
        #expect(decode("swagger: '2.0'\ninfo: {title: T, version: '1'}\npaths: {}\n").document?.version == .v3_0)
        #expect(
            diagnosticLines("swagger: '1.2'\ninfo: {title: T, version: '1'}\npaths: {}\n") == [
                "test.yaml:1:10: error: unsupported Swagger version '1.2'; plexus-gen reads Swagger 2.0 and OpenAPI 3.0.x and 3.1.x [unsupported-version]"
            ])
        #expect(
            diagnosticLines("openapi: 2.5.0\ninfo: {title: T, version: '1'}\npaths: {}\n") == [
                "test.yaml:1:10: error: unsupported OpenAPI version '2.5.0'; plexus-gen reads 3.0.x and 3.1.x [unsupported-version]"
            ])
        #expect(
            diagnosticLines("openapi: 3.2.0\ninfo: {title: T, version: '1'}\npaths: {}\n") == [
                "test.yaml:1:10: warning: OpenAPI 3.2.0 is read as 3.1; features new in 3.2 are not supported yet [unsupported-version]"
            ])
    }

    @Test func dialectDifferences() {
        #expect(
            diagnosticLines(
                document30(
                    paths: "  {}",
                    components: """
                          schemas:
                            A: {type: [string, integer]}
                            B: {$ref: '#/components/schemas/A', description: ignored}
                            C: {type: number, exclusiveMinimum: true}
                            D: {type: object, const: 1}
                        """)) == [
                    "test.yaml:9:15: warning: a list of types is the OpenAPI 3.1 form; 3.0 takes one type (and nullable: true). Read as 3.1 means it [keyword-of-other-version]",
                    "test.yaml:10:41: warning: keys beside '$ref' are ignored in OpenAPI 3.0: 'description' [ref-siblings]",
                    "test.yaml:11:23: error: 'exclusiveMinimum' needs 'minimum' in OpenAPI 3.0 [missing-field]",
                    "test.yaml:12:23: warning: 'const' is a JSON Schema keyword that OpenAPI 3.0 does not support [unknown-key]",
                ])
        #expect(
            diagnosticLines(
                """
                openapi: 3.1.0
                info: {title: T, version: '1'}
                components:
                  schemas:
                    A: {type: string, nullable: true}
                    B: {type: number, exclusiveMinimum: true}
                    C: {$anchor: 'anchor text'}
                """) == [
                    "test.yaml:5:23: warning: 'nullable' is the OpenAPI 3.0 form; 3.1 writes type: [..., 'null']. Read as 3.0 means it: the value may be null [nullable-in-3.1]",
                    "test.yaml:6:23: warning: 'exclusiveMinimum' without 'minimum' bounds nothing; it is ignored [keyword-of-other-version]",
                    "test.yaml:6:41: warning: 'exclusiveMinimum: true' is the OpenAPI 3.0 form; 3.1 takes the bound itself (exclusiveMinimum: <number>). Read as 3.0 means it [keyword-of-other-version]",
                    "test.yaml:7:18: error: invalid '$anchor' 'anchor text'; it must start with a letter or '_' and contain only letters, digits, '-', '.' and '_' [invalid-value]",
                ])
    }

    @Test func parameterRules() {
        #expect(
            diagnosticLines(
                document30(
                    paths: """
                          /a/{id}:
                            get:
                              parameters:
                                - {name: id, in: path, schema: {type: string}}
                                - {name: h, in: header, allowReserved: true, schema: {type: string}}
                                - name: c
                                  in: query
                                  schema: {type: string}
                                  content: {application/json: {schema: {type: object}}}
                              responses: {'200': {description: OK}}
                        """)) == [
                    "test.yaml:9:11: warning: path parameter 'id' must be required (required: true); it is treated as required [path-parameter-required]",
                    "test.yaml:10:33: error: 'allowReserved' only applies to query parameters, not to header parameter 'h' [invalid-field]",
                    "test.yaml:11:11: error: parameter 'c' has both 'schema' and 'content'; use one [schema-or-content]",
                ])
    }

    @Test func pathsMustStartWithSlash() {
        #expect(
            diagnosticLines(
                document30(
                    paths: """
                          pets:
                            get: {responses: {'200': {description: OK}}}
                        """)) == ["test.yaml:6:3: error: path 'pets' must start with '/' [invalid-path]"])
    }

    @Test func everyProblemIsReportedNotJustTheFirst() {
        let lines = diagnosticLines(
            """
            openapi: 3.0.3
            info: {title: 1.5, version: [1]}
            paths:
              /a: {get: {responses: {'999': {description: X}}}}
              /b: {get: {responses: {'200': {description: [X]}}}}
            """)
        // `title: 1.5` is accepted on purpose: plain scalars fill string fields as written (`version: 1.10` stays
        // "1.10"), so three problems remain, each reported at its own place.
        #expect(
            lines == [
                "test.yaml:2:29: error: expected a string for 'version' in info, found a sequence [wrong-type]",
                "test.yaml:4:26: error: invalid response status code '999'; expected 100-599, 1XX-5XX or default [invalid-status-code]",
                "test.yaml:5:47: error: expected a string for 'description' in response, found a sequence [wrong-type]",
            ])
    }

    @Test func yamlErrorsBecomeDiagnostics() {
        #expect(
            diagnosticLines("openapi: 3.0.0\ninfo: {title: T\n") == [
                "test.yaml:3:1: error: did not find expected ',' or '}' (while parsing a flow mapping at 2:7) [yaml-syntax]"
            ])
    }
}
