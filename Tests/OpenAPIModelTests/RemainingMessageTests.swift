import Diagnostics
import OpenAPIModel
import Testing

/// The rarer decoder messages, each asserted word for word.
@Suite struct RemainingMessageTests {
    @Test func objectLevelConflicts() {
        #expect(
            diagnosticLines(
                """
                openapi: 3.0.3
                info: {title: T, version: '1'}
                servers:
                  - url: https://{env}.example.com
                    variables:
                      env: {default: api, enum: []}
                paths:
                  /a:
                    get:
                      responses: {}
                  /b:
                    get:
                      responses:
                        '200':
                          description: OK
                          links:
                            both: {operationId: a, operationRef: '#/paths/~1a/get'}
                          content:
                            application/json:
                              examples:
                                both: {value: 1, externalValue: https://example.com/1.json}
                components:
                  parameters:
                    P:
                      name: p
                      in: query
                      content:
                        application/json: {schema: {type: object}}
                        text/plain: {schema: {type: string}}
                  schemas:
                    bad name: {type: string}
                """) == [
                    "test.yaml:6:33: error: 'enum' in server variable must not be empty [invalid-value]",
                    "test.yaml:10:18: error: 'responses' must contain at least one response [missing-field]",
                    "test.yaml:17:19: error: link has both 'operationRef' and 'operationId'; use one [link-target]",
                    "test.yaml:21:23: error: example has both 'value' and 'externalValue'; use one [example-value]",
                    "test.yaml:25:7: error: 'content' of parameter 'p' must hold exactly one media type [schema-or-content]",
                    "test.yaml:31:15: warning: component name 'bad name' should only contain letters, digits, '.', '_' and '-' [component-name]",
                ])
    }

    @Test func schemaValueRules() {
        #expect(
            diagnosticLines(
                document30(
                    components: """
                          schemas:
                            A: {type: string, minLength: -1}
                            B: {allOf: []}
                            C: [not, a, schema]
                            D: {type: object, required: name}
                            E: {type: integer, maximum: 3, exclusiveMaximum: yes}
                        """)) == [
                    "test.yaml:9:34: error: 'minLength' must not be negative [invalid-value]",
                    "test.yaml:10:16: error: 'allOf' must not be empty [invalid-value]",
                    "test.yaml:11:8: error: expected a mapping for schema, found a sequence [wrong-type]",
                    "test.yaml:12:33: error: expected a sequence of property names for 'required' in schema, found string 'name' [wrong-type]",
                    "test.yaml:13:54: error: expected a boolean (true or false) for 'exclusiveMaximum' in schema, found string 'yes' [wrong-type]",
                ])
    }

    @Test func securitySchemeRules() {
        #expect(
            diagnosticLines(
                document30(
                    components: """
                          securitySchemes:
                            key: {type: apiKey, name: k}
                            oauth: {type: oauth2}
                            flows:
                              type: oauth2
                              flows:
                                authorizationCode: {tokenUrl: /t}
                            bad: {type: apiKey, name: k, in: path}
                        """)) == [
                    "test.yaml:9:10: error: missing required field 'in' in security scheme [missing-field]",
                    "test.yaml:10:12: error: missing required field 'flows' in security scheme [missing-field]",
                    "test.yaml:14:28: error: missing required field 'authorizationUrl' in OAuth flow [missing-field]",
                    "test.yaml:14:28: error: missing required field 'scopes' in OAuth flow [missing-field]",
                    "test.yaml:15:38: error: invalid value 'path' for 'in' in security scheme; expected one of query, header, cookie [invalid-value]",
                ])
    }

    @Test func schemaAsBooleanNeeds31() {
        #expect(
            diagnosticLines(document30(components: "  schemas:\n    A: true")) == [
                "test.yaml:9:8: error: expected a mapping for schema, found boolean 'true' [wrong-type]"
            ])
    }
}
