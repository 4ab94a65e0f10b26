import Foundation
import Hummingbird
import HummingbirdTesting
import OpenAPIAsyncHTTPClient
import OpenAPIRuntime
import PlexusAPI
import PlexusRuntime
import PlexusSandbox
import Testing

/// Runs a sandbox in process on a free loopback port, and makes generated clients for it.
enum SandboxHarness {
    /// Runs `body` against a sandbox configured by `configuration`, listening on 127.0.0.1.
    static func withSandbox(
        _ configuration: SandboxConfiguration = SandboxConfiguration(runDuration: .milliseconds(300)),
        _ body: @Sendable (URL, SandboxBank) async throws -> Void
    ) async throws {
        let bank = SandboxBank(configuration: configuration)
        let app = Application(
            router: try Sandbox.router(bank: bank),
            configuration: .init(address: .hostname("127.0.0.1", port: 0)))
        try await app.test(.live) { client in
            let port = try #require(client.port)
            let url = try #require(URL(string: "http://127.0.0.1:\(port)"))
            bank.serve(at: url)
            try await body(url, bank)
        }
    }

    /// A client with the sandbox's client credentials (creating users, tokens).
    static func appClient(_ url: URL) -> Client {
        var credentials = Client.Credentials()
        credentials.clientAuth = .basic(username: "sandbox", password: "sandbox")
        return Client(serverURL: url, transport: AsyncHTTPClientTransport(), credentials: credentials, retryPolicy: nil)
    }

    /// A client logged in as `username` (the demo user by default), without automatic retries.
    static func userClient(_ url: URL, username: String = "demo", password: String = "demo") async throws -> Client {
        let token = try await appClient(url).createAccessToken(
            body: .userCredentialRequest(
                UserCredentialRequest(grantType: .password, username: username, password: password)))
        var credentials = Client.Credentials()
        let accessToken = token.accessToken
        credentials.userAuth = .bearer { accessToken }
        return Client(serverURL: url, transport: AsyncHTTPClientTransport(), credentials: credentials, retryPolicy: nil)
    }

    /// A bearer token of the demo user, for raw requests.
    static func demoToken(_ url: URL) async throws -> String {
        try await appClient(url).createAccessToken(
            body: .userCredentialRequest(
                UserCredentialRequest(grantType: .password, username: "demo", password: "demo"))
        ).accessToken
    }

    /// Polls `fetch` until the process has left `QUEUED` and `RUNNING` (at most 10 s).
    static func settled<Value>(_ status: (Value) -> SynchronizationState, _ fetch: () async throws -> Value)
        async throws -> Value
    {
        for _ in 0..<200 {
            let value = try await fetch()
            if ![.queued, .running].contains(status(value)) { return value }
            try await Task.sleep(for: .milliseconds(50))
        }
        throw Timeout()
    }

    struct Timeout: Error {}
}
