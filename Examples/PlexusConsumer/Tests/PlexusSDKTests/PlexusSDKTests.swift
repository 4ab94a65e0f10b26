import Foundation
import OpenAPIRuntime
import PlexusRuntime
import PlexusSDK
import Testing

/// The SDK the build plugin generated: its client against answers its own operation types write.
@Suite struct PlexusSDKTests {
    static let notFound = ErrorModel(error: ErrorDetail(code: ._1002, description: "Not Found"))

    static func server() -> ScriptedServer {
        ScriptedServer([
            Operations.ListAccounts.id: { _ in
                try Operations.ListAccounts.Output.ok(AccountList(accounts: [])).response()
            },
            Operations.GetAccount.id: { _ in try Operations.GetAccount.Output.notFound(notFound).response() },
        ])
    }

    @Test func theGeneratedClientSendsTheUsersTokenAndDecodesTheBody() async throws {
        let server = Self.server()
        let client = Client.forUser(
            serverURL: URL.defaultOpenAPIServerURL, transport: server, clientID: "app", clientSecret: "secret",
            token: { "user-token" })
        let accounts = try await client.listAccounts()
        #expect(accounts.accounts.isEmpty)
        let request = try #require(server.requests.withLock { $0.first })
        #expect(request.path == "/rest/accounts")
        #expect(request.headerFields[.authorization] == "Bearer user-token")
    }

    @Test func errorsArriveTypedInBothForms() async throws {
        let client = Client.forUser(
            serverURL: URL.defaultOpenAPIServerURL, transport: Self.server(), clientID: "app", clientSecret: "secret",
            token: { "user-token" })
        let error = await #expect(throws: ResponseError<ErrorModel>.self) {
            try await client.getAccount(accountID: "A9")
        }
        #expect(error?.status.code == 404)
        #expect(error?.body == Self.notFound)
        guard case .notFound(let body) = try await client.getAccountResponse(accountID: "A9") else {
            Issue.record("expected .notFound")
            return
        }
        #expect(body == Self.notFound)
    }
}
