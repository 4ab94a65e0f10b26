import Foundation
import OpenAPIModel
import Resolver
import Testing

@Suite struct OperationTests {
    static let document = """
        openapi: 3.0.3
        info: {title: T, version: '1'}
        servers: [{url: 'https://{env}.example.com', variables: {env: {default: api, enum: [api, sandbox]}}}]
        security: [{key: []}]
        paths:
          /accounts/{account-id}/items:
            parameters:
              - {name: account-id, in: path, required: true, schema: {type: string}}
              - {name: limit, in: query, schema: {type: integer}}
            get:
              operationId: listItems
              parameters:
                - {name: limit, in: query, required: true, schema: {type: integer, format: int32, default: 20}}
                - {name: ids, in: query, style: form, explode: false, schema: {type: array, items: {type: string}}}
                - {name: filter, in: query, style: deepObject, schema: {type: object, properties: {q: {type: string}}}}
                - {name: X-Trace, in: header, schema: {type: string}}
                - {name: session, in: cookie, schema: {type: string}}
                - {name: where, in: query, content: {application/json: {schema: {type: object}}}}
              responses:
                default: {description: Error}
                '200':
                  description: OK
                  headers: {X-Rate: {required: true, schema: {type: integer}}}
                  content: {application/json: {schema: {type: array, items: {type: string}}}}
                4XX: {description: Client error}
                '204': {description: Empty}
              security: [{oauth: [read]}, {}]
            post:
              operationId: addItem
              servers: [{url: 'https://upload.example.com'}]
              requestBody:
                required: true
                content:
                  application/json: {schema: {type: object, properties: {name: {type: string}}}}
                  application/x-www-form-urlencoded: {schema: {type: object, properties: {name: {type: string}}}}
                  multipart/form-data:
                    schema: {type: object, properties: {file: {type: string, format: binary}}}
                    encoding: {file: {contentType: image/png}}
                  application/octet-stream: {schema: {type: string, format: binary}}
                  text/plain: {schema: {type: string}}
              responses: {'201': {description: Created}}
        components:
          securitySchemes:
            key: {type: apiKey, name: X-Key, in: header}
            oauth: {type: oauth2, flows: {clientCredentials: {tokenUrl: /token, scopes: {read: Read}}}}
        """

    @Test func parametersMergePathAndOperationLevels() throws {
        let result = try resolveFiles(["openapi.yaml": Self.document])
        #expect(result.lines == [])
        let operation = try #require(result.api?.operation(named: "listItems"))
        #expect(
            operation.parameters.map(\.name) == ["accountID", "limit", "ids", "filter", "xTrace", "session", "where"])
        #expect(operation.parameters.map(\.location) == [.path, .query, .query, .query, .header, .cookie, .query])
        let limit = operation.parameters[1]
        #expect(limit.required)
        #expect(limit.type == .primitive(.int32))
        #expect(limit.defaultValue == .integer(20))
        #expect(operation.parameters[2].style == .form)
        #expect(operation.parameters[2].explode == false)
        #expect(operation.parameters[2].type == .array(.primitive(.string)))
        #expect(operation.parameters[3].style == .deepObject)
        #expect(operation.parameters[3].type == .named("ListItemsFilter"))
        #expect(operation.parameters[4].style == .simple)
        #expect(operation.parameters[6].contentType == "application/json")
    }

    @Test func responsesSortedWithHeadersAndBodies() throws {
        let operation = try #require(
            try resolveFiles(["openapi.yaml": Self.document]).api?.operation(named: "listItems"))
        #expect(operation.responses.map(\.status) == [.code(200), .code(204), .range(4), .default])
        #expect(operation.responses[0].headers.map(\.name) == ["xRate"])
        #expect(operation.responses[0].headers.first?.required == true)
        #expect(operation.responses[0].contents.first?.type == .array(.primitive(.string)))
        #expect(operation.responses[1].contents.isEmpty)
    }

    @Test func requestBodiesPerContentType() throws {
        let operation = try #require(try resolveFiles(["openapi.yaml": Self.document]).api?.operation(named: "addItem"))
        let body = try #require(operation.requestBody)
        #expect(body.required)
        #expect(body.contents.map(\.encoding) == [.json, .formURLEncoded, .multipart, .binary, .text])
        #expect(
            body.contents.map { $0.type?.description } == [
                "AddItemRequest", "AddItemRequestFormURLEncoded", "AddItemRequestMultipart", "binary", "string",
            ])
        #expect(body.contents[2].propertyEncodings == ["file": "image/png"])
    }

    @Test func securityAndServers() throws {
        let api = try #require(try resolveFiles(["openapi.yaml": Self.document]).api)
        let list = try #require(api.operation(named: "listItems"))
        let add = try #require(api.operation(named: "addItem"))
        #expect(list.security.map { $0.schemes.map(\.name) } == [["oauth"], []])
        #expect(list.security.first?.schemes.first?.scopes == ["read"])
        #expect(add.security.map { $0.schemes.map(\.name) } == [["key"]])
        #expect(list.servers.map(\.url) == ["https://{env}.example.com"])
        #expect(list.servers.first?.variables.map(\.allowed) == [["api", "sandbox"]])
        #expect(add.servers.map(\.url) == ["https://upload.example.com"])
        #expect(api.securitySchemes.map(\.name) == ["key", "oauth"])
    }

    @Test func undeclaredThingsAreErrors() throws {
        let result = try resolveFiles([
            "openapi.yaml": """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths:
              /items/{id}:
                get:
                  parameters: [{name: other, in: path, required: true, schema: {type: string}}]
                  security: [{missing: []}]
                  responses: {'200': {description: OK}}
            """
        ])
        #expect(
            result.errorLines == [
                "openapi.yaml:5:5: error: path parameter 'id' of 'GET /items/{id}' is not declared [path-parameter-undeclared]",
                "openapi.yaml:6:20: error: path parameter 'other' does not appear in the path '/items/{id}' [path-parameter-unused]",
                "openapi.yaml:7:19: error: security requirement names 'missing', which is not declared in components.securitySchemes [unknown-security-scheme]",
            ])
    }

    @Test func webhooksAndCallbacks() throws {
        let result = try resolveFiles([
            "openapi.yaml": """
            openapi: 3.1.0
            info: {title: T, version: '1'}
            paths:
              /subscribe:
                post:
                  operationId: subscribe
                  responses: {'201': {description: OK}}
                  callbacks:
                    event:
                      '{$request.body#/callbackUrl}':
                        post:
                          requestBody: {content: {application/json: {schema: {type: object, properties: {id: {type: string}}}}}}
                          responses: {'200': {description: OK}}
            webhooks:
              newPet:
                post:
                  operationId: newPet
                  requestBody: {content: {application/json: {schema: {type: string}}}}
                  responses: {'200': {description: OK}}
            """
        ])
        #expect(result.lines == [])
        let api = try #require(result.api)
        let callback = try #require(api.operation(named: "subscribe")?.callbacks.first)
        #expect(callback.name == "event")
        #expect(callback.expression == "{$request.body#/callbackUrl}")
        #expect(callback.operations.map(\.name) == ["subscribeEventPostRequestBodyCallbackURL"])
        #expect(api.webhooks.map(\.name) == ["newPet"])
        #expect(api.webhooks.first?.operations.map(\.name) == ["newPet"])
    }
}
