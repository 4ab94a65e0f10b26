import Foundation
import Hummingbird
import HummingbirdTesting
import OpenAPIAsyncHTTPClient
import OpenAPIRuntime
import PlexusAPI
import PlexusRuntime
import Synchronization
import Testing

/// The generated Plexus client against a real Hummingbird server on 127.0.0.1, over AsyncHTTPClient.
///
/// The server is written by hand from the spec's examples (server stubs are not generated yet); it checks what
/// arrives on the wire, so every assertion here is about real HTTP requests and responses.
@Suite struct ClientEndToEndTests {
    /// What the server saw, for assertions after the calls.
    final class Seen: Sendable {
        let requests = Mutex<[String]>([])
        let busyAnswers = Mutex(0)
        let bodies = Mutex<[String]>([])

        func record(_ request: Request) {
            requests.withLock { $0.append("\(request.method) \(request.uri.string)") }
        }

        /// Records the request and its body, and returns the body.
        @discardableResult
        func recordWithBody(_ request: Request) async throws -> String {
            record(request)
            let body = try await request.body.collect(upTo: 1 << 16)
            let text = body.getString(at: body.readerIndex, length: body.readableBytes) ?? ""
            bodies.withLock { $0.append(text) }
            return text
        }
    }

    static func example(_ schema: String, containing text: String = "") throws -> String {
        let data = try Data(contentsOf: ExampleRoundTripTests.fixture)
        let examples = try JSONDecoder().decode([ExampleRoundTripTests.Example].self, from: data)
        let texts = try examples.filter { $0.schema == schema }.map {
            String(decoding: try JSONEncoder().encode($0.example), as: UTF8.self)
        }
        return try #require(texts.first { text.isEmpty || $0.contains(text) })
    }

    static func json(_ status: HTTPResponse.Status, _ text: String, headers: HTTPFields = [:]) -> Response {
        var fields = headers
        fields[.contentType] = "application/json"
        return Response(status: status, headers: fields, body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    static func plexusServer(_ seen: Seen) throws -> some ApplicationProtocol {
        let token = try example("AccessToken")
        let accounts = try example("AccountList")
        let transactions = try example("TransactionList")
        let notFound = try example("Error", containing: "Not Found")
        let busy = try example("Error", containing: "Resource busy")
        let unauthorized = try example("Error", containing: "Unauthorized")
        let basic = "Basic " + Data("client-id:client-secret".utf8).base64EncodedString()

        let router = Router()
        router.post("/auth/token") { request, _ -> Response in
            let text = try await seen.recordWithBody(request)
            guard request.headers[.authorization] == basic else { return json(.unauthorized, unauthorized) }
            let fields = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: String]
            guard fields?["grant_type"] == "password", fields?["username"] == "jane" else {
                return json(.badRequest, unauthorized)
            }
            return json(.ok, token)
        }
        let access = try example("ProviderAccess")
        let sync = try example("Synchronization")
        let challenge = try example("Challenge", containing: "EMBEDDED")
        router.post("/rest/accesses") { request, _ -> Response in
            try await seen.recordWithBody(request)
            return json(.created, access)
        }
        router.post("/rest/accesses/:access/syncs") { request, _ -> Response in
            seen.record(request)
            return json(.created, sync)
        }
        router.get("/rest/accesses/:access/syncs/:sync/challenges/:challenge") { request, _ -> Response in
            seen.record(request)
            return json(.ok, challenge)
        }
        router.post("/rest/accesses/:access/syncs/:sync/challenges/:challenge/response") { request, _ -> Response in
            try await seen.recordWithBody(request)
            return Response(status: .accepted)
        }
        router.get("/rest/accounts") { request, _ -> Response in
            seen.record(request)
            guard request.headers[.authorization] == "Bearer AoFmNJLDTW8jQtGSJ1iZeeoLiwNZ2ihz3iiCHGpuvE439nppuY" else {
                return json(.unauthorized, unauthorized)
            }
            return json(.ok, accounts)
        }
        router.get("/rest/accounts/:id") { request, _ -> Response in
            seen.record(request)
            return json(.notFound, notFound)
        }
        router.get("/rest/transactions") { request, _ -> Response in
            seen.record(request)
            return json(.ok, transactions)
        }
        router.get("/rest/accounts/:id/transactions") { request, _ -> Response in
            seen.record(request)
            let first = seen.busyAnswers.withLock { count in
                count += 1
                return count == 1
            }
            return first ? json(.init(code: 423), busy, headers: [.retryAfter: "0"]) : json(.ok, transactions)
        }
        router.get("/rest/transactions/:id") { request, _ -> Response in
            seen.record(request)
            return json(.notFound, notFound)
        }
        return Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)))
    }

    func withClient(_ body: @Sendable (PlexusAPI.Client, Seen) async throws -> Void) async throws {
        let seen = Seen()
        try await Self.plexusServer(seen).test(.live) { testClient in
            let port = try #require(testClient.port)
            var credentials = PlexusAPI.Client.Credentials()
            credentials.clientAuth = .basic(username: "client-id", password: "client-secret")
            credentials.userAuth = .bearer { "AoFmNJLDTW8jQtGSJ1iZeeoLiwNZ2ihz3iiCHGpuvE439nppuY" }
            let client = PlexusAPI.Client(
                serverURL: try #require(URL(string: "http://127.0.0.1:\(port)")), transport: AsyncHTTPClientTransport(),
                credentials: credentials,
                retryPolicy: RetryMiddleware.Policy(baseDelay: .milliseconds(10)))
            try await body(client, seen)
        }
    }

    @Test func tokenWithBasicAuthThenAccountsWithTheBearerToken() async throws {
        try await withClient { client, seen in
            let token = try await client.createAccessToken(
                body: .userCredentialRequest(.init(grantType: .password, username: "jane", password: "secret")))
            #expect(token.accessToken == "AoFmNJLDTW8jQtGSJ1iZeeoLiwNZ2ihz3iiCHGpuvE439nppuY")
            let accounts = try await client.listAccounts()
            #expect(accounts.accounts.first?.accountID == "A1.1")
            #expect(seen.requests.withLock { $0 } == ["POST /auth/token", "GET /rest/accounts"])
        }
    }

    @Test func accessSyncAndTheEmbeddedChallengeSolved() async throws {
        try await withClient { client, seen in
            let methodID = try #require(UUID(uuidString: "5CE1B2B4-3A4C-4E33-9F36-8A2B0E6B7C11"))
            let access = try await client.addProviderAccess(body: CreateAccessRequest(accessMethodID: methodID))
            let sync = try await client.createSync(accessID: access.id)
            let challengeID = try #require(UUID(uuidString: "0C9D1F4A-7E1B-4A56-B3C2-9D8E7F6A5B41"))
            let challenge = try await client.getSyncChallenge(
                accessID: access.id, syncID: sync.id, challengeID: challengeID)
            guard case .embeddedChallenge(let embedded) = challenge else {
                Issue.record("expected the EMBEDDED variant, got \(challenge)")
                return
            }
            #expect(embedded.label == "TAN")
            try await client.solveSyncChallenge(
                accessID: access.id, syncID: sync.id, challengeID: challengeID,
                body: .challengeResponse(ChallengeResponse(value: "123456")))
            let paths = seen.requests.withLock { $0 }
            let accessPath = "/rest/accesses/\(access.id.uuidString.lowercased())"
            let syncPath = "\(accessPath)/syncs/\(sync.id.uuidString.lowercased())"
            #expect(
                paths == [
                    "POST /rest/accesses", "POST \(accessPath)/syncs",
                    "GET \(syncPath)/challenges/0c9d1f4a-7e1b-4a56-b3c2-9d8e7f6a5b41",
                    "POST \(syncPath)/challenges/0c9d1f4a-7e1b-4a56-b3c2-9d8e7f6a5b41/response",
                ])
            #expect(
                seen.bodies.withLock { $0 } == [
                    #"{"access_method_id":"5ce1b2b4-3a4c-4e33-9f36-8a2b0e6b7c11"}"#, #"{"value":"123456"}"#,
                ])
        }
    }

    @Test func transactionFiltersAreEncodedAsTheSpecDeclaresThem() async throws {
        try await withClient { client, seen in
            let list = try await client.listTransactions(
                accounts: ["A1.1", "A1.2"], until: OpenAPIDate(year: 2019, month: 10, day: 31),
                types: [.directDebit, .standingOrder],
                cents: false)
            #expect(!list.transactions.isEmpty)
            let wire = try #require(seen.requests.withLock { $0.first })
            #expect(wire.hasPrefix("GET /rest/transactions?"))
            #expect(wire.contains("accounts=A1.1,A1.2"))
            #expect(wire.contains("until=2019-10-31"))
            #expect(wire.contains("cents=false"))
            #expect(wire.contains("types=Direct%20debit,Standing%20order"), "explode: false, values percent-encoded")
        }
    }

    @Test func notFoundIsThrownAsTheDecodedPlexusError() async throws {
        try await withClient { client, _ in
            do {
                _ = try await client.getAccount(accountID: "missing")
                Issue.record("expected an error")
            } catch let error as ResponseError<ErrorModel> {
                #expect(error.status.code == 404)
                #expect(error.body?.error.code == ._1002)
                #expect(error.body?.error.description == "Not Found")
            }
        }
    }

    @Test func resourceBusyIsRetriedUntilItSucceeds() async throws {
        try await withClient { client, seen in
            let list = try await client.listTransactionsOfAccount(accountID: "A1.1")
            #expect(!list.transactions.isEmpty)
            #expect(seen.busyAnswers.withLock { $0 } == 2)
        }
    }

    @Test func pathParametersStayOneSegment() async throws {
        try await withClient { client, seen in
            await #expect(throws: ResponseError<ErrorModel>.self) {
                try await client.getTransaction(transactionID: "../accounts")
            }
            #expect(seen.requests.withLock { $0 } == ["GET /rest/transactions/..%2Faccounts"])
        }
    }
}
