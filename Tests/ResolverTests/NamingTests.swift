import Foundation
import OpenAPIModel
import Resolver
import Testing

@Suite struct NamingTests {
    @Test func collisionsAfterConversionAreResolvedAndReported() throws {
        let result = try resolveSchemas(
            """
                Account:
                  type: object
                  properties:
                    account_id: {type: string}
                    accountId: {type: integer}
                    default: {type: string}
            """)
        let api = try #require(result.api)
        let account = try #require(api.object("Account"))
        #expect(account.properties.map(\.name) == ["accountID", "accountID2", "default"])
        #expect(
            result.lines == [
                "openapi.yaml:11:9: warning: property name collision: 'account_id' and 'accountId' both become 'accountID'; 'accountId' is named 'accountID2' [name-collision]\n"
                    + "openapi.yaml:10:9: note: 'account_id' is named 'accountID' here"
            ])
    }

    @Test func typesThatWouldHideSwiftTypesAreRenamed() throws {
        let result = try resolveSchemas(
            """
                Error: {type: object, properties: {code: {type: integer}}}
                Data: {type: string}
                Type: {type: string, enum: [a]}
            """)
        let api = try #require(result.api)
        #expect(api.types.map(\.name) == ["DataModel", "ErrorModel", "TypeModel"])
        #expect(
            result.lines == [
                "openapi.yaml:7:5: info: type 'Error' is generated as 'ErrorModel' so it does not hide Swift's 'Error' [renamed-type]",
                "openapi.yaml:8:5: info: type 'Data' is generated as 'DataModel' so it does not hide Swift's 'Data' [renamed-type]",
                "openapi.yaml:9:5: info: type 'Type' is generated as 'TypeModel' so it does not hide Swift's 'Type' [renamed-type]",
            ])
    }

    @Test func inlineSchemasAreNamedByPosition() throws {
        let result = try resolveFiles([
            "openapi.yaml": """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths:
              /accounts:
                get:
                  operationId: listAccounts
                  parameters:
                    - {name: kind, in: query, schema: {type: string, enum: [giro, savings]}}
                  responses:
                    '200':
                      description: OK
                      content:
                        application/json:
                          schema:
                            type: object
                            properties:
                              accounts:
                                type: array
                                items: {type: object, properties: {id: {type: string}}}
                    '404':
                      description: Missing
                      content:
                        application/json: {schema: {type: object, properties: {reason: {type: string}}}}
                post:
                  operationId: create_sync
                  requestBody:
                    content:
                      application/json: {schema: {type: object, properties: {state: {type: string}}}}
                  responses: {'201': {description: Created}}
            """
        ])
        let api = try #require(result.api)
        #expect(result.lines == [])
        #expect(
            api.types.map(\.name) == [
                "CreateSyncRequest", "ListAccounts404Response", "ListAccountsKind", "ListAccountsResponse",
                "ListAccountsResponseAccountsItem",
            ])
        #expect(api.operations.map(\.name) == ["listAccounts", "createSync"])
    }

    @Test func operationsWithoutOperationIdAreNamedFromMethodAndPath() throws {
        let result = try resolveFiles([
            "openapi.yaml": """
            openapi: 3.0.3
            info: {title: T, version: '1'}
            paths:
              /pets/{pet-id}/toys:
                get:
                  parameters: [{name: pet-id, in: path, required: true, schema: {type: string}}]
                  responses: {'200': {description: OK}}
            """
        ])
        #expect(result.api?.operations.map(\.name) == ["getPetsByPetIDToys"])
    }

    @Test func namesAreTheSameOnEveryRun() throws {
        let document = ["openapi.yaml": try String(contentsOfFile: PlexusIR.specPath, encoding: .utf8)]
        let first = try resolveFiles(document)
        let second = try resolveFiles(document)
        #expect(first.api.map(IRSummary.render) == second.api.map(IRSummary.render))
    }
}
