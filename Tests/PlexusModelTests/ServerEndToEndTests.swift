import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import OpenAPIAsyncHTTPClient
import OpenAPIHummingbird
import OpenAPIRuntime
import PlexusAPI
import PlexusRuntime
import Synchronization
import Testing

/// The generated Plexus client against the generated Plexus server stubs, over real HTTP on 127.0.0.1:
/// AsyncHTTPClient on the client side, Hummingbird (through swift-openapi-hummingbird) on the server side.
@Suite struct ServerEndToEndTests {
    static let bearerToken = "AoFmNJLDTW8jQtGSJ1iZeeoLiwNZ2ihz3iiCHGpuvE439nppuY"

    /// What the handlers saw, for assertions after the calls.
    final class Seen: Sendable {
        let calls = Mutex<[String]>([])
        let busyAnswers = Mutex(0)

        func record(_ call: String) {
            calls.withLock { $0.append(call) }
        }
    }

    static func decodedExample<Value: Decodable>(_ type: Value.Type, _ schema: String, containing text: String = "")
        throws -> Value
    {
        try JSONDecoder().decode(Value.self, from: Data(ClientEndToEndTests.example(schema, containing: text).utf8))
    }

    /// The Plexus API as a server implements it with the generated protocol: typed input in, typed output out.
    struct PlexusServer: APIProtocol {
        let seen: Seen
        let token: AccessToken
        let access: ProviderAccess
        let sync: Synchronization
        let challenge: Challenge
        let accounts: AccountList
        let transactions: TransactionList
        let notFound: ErrorModel
        let busy: ErrorModel

        init(seen: Seen) throws {
            self.seen = seen
            token = try decodedExample(AccessToken.self, "AccessToken")
            access = try decodedExample(ProviderAccess.self, "ProviderAccess")
            sync = try decodedExample(Synchronization.self, "Synchronization")
            challenge = try decodedExample(Challenge.self, "Challenge", containing: "EMBEDDED")
            accounts = try decodedExample(AccountList.self, "AccountList")
            transactions = try decodedExample(TransactionList.self, "TransactionList")
            notFound = try decodedExample(ErrorModel.self, "Error", containing: "Not Found")
            busy = try decodedExample(ErrorModel.self, "Error", containing: "Resource busy")
        }

        func createAccessToken(_ input: Operations.CreateAccessToken.Input) async throws
            -> Operations.CreateAccessToken.Output
        {
            guard case .userCredentialRequest(let credentials) = input.body else {
                return .clientError(notFound, statusCode: 400)
            }
            seen.record("createAccessToken \(credentials.username) \(credentials.grantType.rawValue)")
            return .ok(token)
        }

        func addProviderAccess(_ input: Operations.AddProviderAccess.Input) async throws
            -> Operations.AddProviderAccess.Output
        {
            seen.record("addProviderAccess \(input.body.accessMethodID.uuidString.lowercased())")
            return .created(access)
        }

        func createSync(_ input: Operations.CreateSync.Input) async throws -> Operations.CreateSync.Output {
            seen.record("createSync \(input.accessID == access.id)")
            return .created(sync)
        }

        func getSyncChallenge(_ input: Operations.GetSyncChallenge.Input) async throws
            -> Operations.GetSyncChallenge.Output
        {
            seen.record("getSyncChallenge \(input.syncID == sync.id) \(input.challengeID.uuidString.lowercased())")
            return .ok(challenge)
        }

        func solveSyncChallenge(_ input: Operations.SolveSyncChallenge.Input) async throws
            -> Operations.SolveSyncChallenge.Output
        {
            guard case .challengeResponse(let response) = input.body else { return .badRequest(notFound) }
            seen.record("solveSyncChallenge \(response.value)")
            return .accepted
        }

        func listAccounts(_ input: Operations.ListAccounts.Input) async throws -> Operations.ListAccounts.Output {
            seen.record("listAccounts")
            return .ok(accounts)
        }

        func getAccount(_ input: Operations.GetAccount.Input) async throws -> Operations.GetAccount.Output {
            seen.record("getAccount \(input.accountID)")
            return .notFound(notFound)
        }

        func listTransactions(_ input: Operations.ListTransactions.Input) async throws
            -> Operations.ListTransactions.Output
        {
            let types = input.types?.map(\.rawValue).joined(separator: "|") ?? "-"
            seen.record(
                "listTransactions accounts=\(input.accounts ?? []) types=\(types) until=\(input.until?.description ?? "-") "
                    + "cents=\(input.cents.map(String.init) ?? "-")")
            return .ok(transactions)
        }

        func listTransactionsOfAccount(
            _ input: Operations.ListTransactionsOfAccount.Input
        ) async throws -> Operations.ListTransactionsOfAccount.Output {
            seen.record("listTransactionsOfAccount \(input.accountID)")
            let first = seen.busyAnswers.withLock { count in
                count += 1
                return count == 1
            }
            return first ? .locked(busy, retryAfter: 0) : .ok(transactions)
        }

        func getTransaction(_ input: Operations.GetTransaction.Input) async throws -> Operations.GetTransaction.Output {
            seen.record("getTransaction \(input.transactionID)")
            return .notFound(notFound)
        }

        // Operations this test does not call.
        func createNotification(_ input: Operations.CreateNotification.Input) async throws
            -> Operations.CreateNotification.Output
        { .undocumented(statusCode: 501, headerFields: [:], body: []) }
        func createPayment(_ input: Operations.CreatePayment.Input) async throws -> Operations.CreatePayment.Output {
            .undocumented(statusCode: 501, headerFields: [:], body: [])
        }
        func createUser(_ input: Operations.CreateUser.Input) async throws -> Operations.CreateUser.Output {
            .undocumented(statusCode: 501, headerFields: [:], body: [])
        }
        func deleteAccount(_ input: Operations.DeleteAccount.Input) async throws -> Operations.DeleteAccount.Output {
            .undocumented(statusCode: 501, headerFields: [:], body: [])
        }
        func deleteNotification(_ input: Operations.DeleteNotification.Input) async throws
            -> Operations.DeleteNotification.Output
        { .undocumented(statusCode: 501, headerFields: [:], body: []) }
        func deletePayment(_ input: Operations.DeletePayment.Input) async throws -> Operations.DeletePayment.Output {
            .undocumented(statusCode: 501, headerFields: [:], body: [])
        }
        func deleteUser(_ input: Operations.DeleteUser.Input) async throws -> Operations.DeleteUser.Output {
            .undocumented(statusCode: 501, headerFields: [:], body: [])
        }
        func getAccountBalance(_ input: Operations.GetAccountBalance.Input) async throws
            -> Operations.GetAccountBalance.Output
        { .undocumented(statusCode: 501, headerFields: [:], body: []) }
        func getBank(_ input: Operations.GetBank.Input) async throws -> Operations.GetBank.Output {
            .undocumented(statusCode: 501, headerFields: [:], body: [])
        }
        func getNotification(_ input: Operations.GetNotification.Input) async throws
            -> Operations.GetNotification.Output
        { .undocumented(statusCode: 501, headerFields: [:], body: []) }
        func getPayment(_ input: Operations.GetPayment.Input) async throws -> Operations.GetPayment.Output {
            .undocumented(statusCode: 501, headerFields: [:], body: [])
        }
        func getPaymentChallenge(_ input: Operations.GetPaymentChallenge.Input) async throws
            -> Operations.GetPaymentChallenge.Output
        { .undocumented(statusCode: 501, headerFields: [:], body: []) }
        func getPaymentInitiationStatus(_ input: Operations.GetPaymentInitiationStatus.Input) async throws
            -> Operations.GetPaymentInitiationStatus.Output
        { .undocumented(statusCode: 501, headerFields: [:], body: []) }
        func getProviderAccess(_ input: Operations.GetProviderAccess.Input) async throws
            -> Operations.GetProviderAccess.Output
        { .undocumented(statusCode: 501, headerFields: [:], body: []) }
        func getSecurityOfAccount(_ input: Operations.GetSecurityOfAccount.Input) async throws
            -> Operations.GetSecurityOfAccount.Output
        { .undocumented(statusCode: 501, headerFields: [:], body: []) }
        func getStandingOrder(_ input: Operations.GetStandingOrder.Input) async throws
            -> Operations.GetStandingOrder.Output
        { .undocumented(statusCode: 501, headerFields: [:], body: []) }
        func getStandingOrderOfAccount(_ input: Operations.GetStandingOrderOfAccount.Input) async throws
            -> Operations.GetStandingOrderOfAccount.Output
        { .undocumented(statusCode: 501, headerFields: [:], body: []) }
        func getSyncStatus(_ input: Operations.GetSyncStatus.Input) async throws -> Operations.GetSyncStatus.Output {
            .undocumented(statusCode: 501, headerFields: [:], body: [])
        }
        func getTransctionOfAccount(_ input: Operations.GetTransctionOfAccount.Input) async throws
            -> Operations.GetTransctionOfAccount.Output
        { .undocumented(statusCode: 501, headerFields: [:], body: []) }
        func getUser(_ input: Operations.GetUser.Input) async throws -> Operations.GetUser.Output {
            .undocumented(statusCode: 501, headerFields: [:], body: [])
        }
        func getVersion(_ input: Operations.GetVersion.Input) async throws -> Operations.GetVersion.Output {
            .undocumented(statusCode: 501, headerFields: [:], body: [])
        }
        func initiatePayment(_ input: Operations.InitiatePayment.Input) async throws
            -> Operations.InitiatePayment.Output
        { .undocumented(statusCode: 501, headerFields: [:], body: []) }
        func listCatalog(_ input: Operations.ListCatalog.Input) async throws -> Operations.ListCatalog.Output {
            .undocumented(statusCode: 501, headerFields: [:], body: [])
        }
        func listCatalogBanks(_ input: Operations.ListCatalogBanks.Input) async throws
            -> Operations.ListCatalogBanks.Output
        { .undocumented(statusCode: 501, headerFields: [:], body: []) }
        func listCatalogServices(_ input: Operations.ListCatalogServices.Input) async throws
            -> Operations.ListCatalogServices.Output
        { .undocumented(statusCode: 501, headerFields: [:], body: []) }
        func listCompleteCatalog(_ input: Operations.ListCompleteCatalog.Input) async throws
            -> Operations.ListCompleteCatalog.Output
        { .undocumented(statusCode: 501, headerFields: [:], body: []) }
        func listNotifications(_ input: Operations.ListNotifications.Input) async throws
            -> Operations.ListNotifications.Output
        { .undocumented(statusCode: 501, headerFields: [:], body: []) }
        func listPaymentChallenges(_ input: Operations.ListPaymentChallenges.Input) async throws
            -> Operations.ListPaymentChallenges.Output
        { .undocumented(statusCode: 501, headerFields: [:], body: []) }
        func listPayments(_ input: Operations.ListPayments.Input) async throws -> Operations.ListPayments.Output {
            .undocumented(statusCode: 501, headerFields: [:], body: [])
        }
        func listPaymentsOfAccount(_ input: Operations.ListPaymentsOfAccount.Input) async throws
            -> Operations.ListPaymentsOfAccount.Output
        { .undocumented(statusCode: 501, headerFields: [:], body: []) }
        func listProviderAccesses(_ input: Operations.ListProviderAccesses.Input) async throws
            -> Operations.ListProviderAccesses.Output
        { .undocumented(statusCode: 501, headerFields: [:], body: []) }
        func listSecurities(_ input: Operations.ListSecurities.Input) async throws -> Operations.ListSecurities.Output {
            .undocumented(statusCode: 501, headerFields: [:], body: [])
        }
        func listSecuritiesOfAccount(_ input: Operations.ListSecuritiesOfAccount.Input) async throws
            -> Operations.ListSecuritiesOfAccount.Output
        { .undocumented(statusCode: 501, headerFields: [:], body: []) }
        func listStandingOrders(_ input: Operations.ListStandingOrders.Input) async throws
            -> Operations.ListStandingOrders.Output
        { .undocumented(statusCode: 501, headerFields: [:], body: []) }
        func listStandingOrdersOfAccount(_ input: Operations.ListStandingOrdersOfAccount.Input) async throws
            -> Operations.ListStandingOrdersOfAccount.Output
        { .undocumented(statusCode: 501, headerFields: [:], body: []) }
        func listSyncChallenges(_ input: Operations.ListSyncChallenges.Input) async throws
            -> Operations.ListSyncChallenges.Output
        { .undocumented(statusCode: 501, headerFields: [:], body: []) }
        func removeBankPIN(_ input: Operations.RemoveBankPIN.Input) async throws -> Operations.RemoveBankPIN.Output {
            .undocumented(statusCode: 501, headerFields: [:], body: [])
        }
        func removePINFromProviderAccess(_ input: Operations.RemovePINFromProviderAccess.Input) async throws
            -> Operations.RemovePINFromProviderAccess.Output
        { .undocumented(statusCode: 501, headerFields: [:], body: []) }
        func revokeToken(_ input: Operations.RevokeToken.Input) async throws -> Operations.RevokeToken.Output {
            .undocumented(statusCode: 501, headerFields: [:], body: [])
        }
        func solvePaymentChallenge(_ input: Operations.SolvePaymentChallenge.Input) async throws
            -> Operations.SolvePaymentChallenge.Output
        { .undocumented(statusCode: 501, headerFields: [:], body: []) }
        func updateBank(_ input: Operations.UpdateBank.Input) async throws -> Operations.UpdateBank.Output {
            .undocumented(statusCode: 501, headerFields: [:], body: [])
        }
        func updateNotification(_ input: Operations.UpdateNotification.Input) async throws
            -> Operations.UpdateNotification.Output
        { .undocumented(statusCode: 501, headerFields: [:], body: []) }
        func updatePayment(_ input: Operations.UpdatePayment.Input) async throws -> Operations.UpdatePayment.Output {
            .undocumented(statusCode: 501, headerFields: [:], body: [])
        }
        func updateUser(_ input: Operations.UpdateUser.Input) async throws -> Operations.UpdateUser.Output {
            .undocumented(statusCode: 501, headerFields: [:], body: [])
        }
    }

    /// Security is the server's middleware's job: the stubs leave authentication to the application.
    struct AuthenticationCheck: ServerMiddleware {
        func intercept(
            _ request: HTTPRequest, body: HTTPBody?, metadata: ServerRequestMetadata, operationID: String,
            next: @Sendable (HTTPRequest, HTTPBody?, ServerRequestMetadata) async throws -> (HTTPResponse, HTTPBody?)
        ) async throws -> (HTTPResponse, HTTPBody?) {
            let expected =
                operationID == "createAccessToken"
                ? "Basic " + Data("client-id:client-secret".utf8).base64EncodedString()
                : "Bearer \(ServerEndToEndTests.bearerToken)"
            guard request.headerFields[.authorization] == expected else {
                return (HTTPResponse(status: .unauthorized), nil)
            }
            return try await next(request, body, metadata)
        }
    }

    func withServer(_ body: @Sendable (URL, Seen) async throws -> Void) async throws {
        let seen = Seen()
        let router = Router()
        try PlexusServer(seen: seen).registerHandlers(on: router, middlewares: [AuthenticationCheck()])
        let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)))
        try await app.test(.live) { testClient in
            let port = try #require(testClient.port)
            try await body(try #require(URL(string: "http://127.0.0.1:\(port)")), seen)
        }
    }

    static func client(_ url: URL, retry: Bool = true) -> PlexusAPI.Client {
        var credentials = PlexusAPI.Client.Credentials()
        credentials.clientAuth = .basic(username: "client-id", password: "client-secret")
        credentials.userAuth = .bearer { ServerEndToEndTests.bearerToken }
        return PlexusAPI.Client(
            serverURL: url, transport: AsyncHTTPClientTransport(), credentials: credentials,
            retryPolicy: retry ? RetryMiddleware.Policy(baseDelay: .milliseconds(10)) : nil)
    }

    /// Sends a request exactly as given, bypassing the generated client, and returns the status and body text.
    static func raw(
        _ url: URL, _ method: HTTPRequest.Method, _ path: String, body: String? = nil
    ) async throws -> (status: Int, text: String) {
        var fields = HTTPFields()
        fields[.authorization] = "Bearer \(bearerToken)"
        if body != nil { fields[.contentType] = "application/json" }
        let request = HTTPRequest(method: method, scheme: nil, authority: nil, path: path, headerFields: fields)
        let (response, responseBody) = try await AsyncHTTPClientTransport().send(
            request, body: body.map { HTTPBody($0) }, baseURL: url, operationID: "raw")
        guard let responseBody else { return (response.status.code, "") }
        return (response.status.code, try await String(collecting: responseBody, upTo: 1 << 16))
    }

    @Test func tokenWithBasicAuthThenAccountsWithTheBearerToken() async throws {
        try await withServer { url, seen in
            let client = Self.client(url)
            let token = try await client.createAccessToken(
                body: .userCredentialRequest(.init(grantType: .password, username: "jane", password: "secret")))
            #expect(token.accessToken == Self.bearerToken)
            let accounts = try await client.listAccounts()
            #expect(accounts.accounts.first?.accountID == "A1.1")
            #expect(seen.calls.withLock { $0 } == ["createAccessToken jane password", "listAccounts"])
        }
    }

    @Test func aWrongTokenIsRefusedByTheServersMiddleware() async throws {
        try await withServer { url, seen in
            var credentials = PlexusAPI.Client.Credentials()
            credentials.userAuth = .bearer { "expired" }
            let client = PlexusAPI.Client(
                serverURL: url, transport: AsyncHTTPClientTransport(), credentials: credentials)
            let error = await #expect(throws: ResponseError<ErrorModel>.self) { try await client.listAccounts() }
            #expect(error?.status == .unauthorized)
            #expect(seen.calls.withLock { $0 } == [])
        }
    }

    @Test func accessSyncAndTheEmbeddedChallengeSolved() async throws {
        try await withServer { url, seen in
            let client = Self.client(url)
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
            #expect(
                seen.calls.withLock { $0 } == [
                    "addProviderAccess 5ce1b2b4-3a4c-4e33-9f36-8a2b0e6b7c11", "createSync true",
                    "getSyncChallenge true 0c9d1f4a-7e1b-4a56-b3c2-9d8e7f6a5b41", "solveSyncChallenge 123456",
                ])
        }
    }

    @Test func transactionFiltersArriveTypedAtTheServer() async throws {
        try await withServer { url, seen in
            let list = try await Self.client(url).listTransactions(
                accounts: ["A1.1", "A1.2"], until: OpenAPIDate(year: 2019, month: 10, day: 31),
                types: [.directDebit, .standingOrder], cents: false)
            #expect(!list.transactions.isEmpty)
            #expect(
                seen.calls.withLock { $0 } == [
                    #"listTransactions accounts=["A1.1", "A1.2"] types=Direct debit|Standing order until=2019-10-31 cents=false"#
                ])
        }
    }

    @Test func notFoundIsThrownAsTheDecodedPlexusError() async throws {
        try await withServer { url, seen in
            do {
                _ = try await Self.client(url).getAccount(accountID: "A9.9")
                Issue.record("expected an error")
            } catch let error as ResponseError<ErrorModel> {
                #expect(error.status.code == 404)
                #expect(error.body?.error.code == ._1002)
                #expect(error.body?.error.description == "Not Found")
            }
            #expect(seen.calls.withLock { $0 } == ["getAccount A9.9"])
        }
    }

    /// `AccountID` has a `pattern`: a path segment that does not match it names no account, and the stub answers
    /// 404 without calling the handler.
    @Test func aPathSegmentOutsideItsPatternIsNotFoundBeforeTheHandlerRuns() async throws {
        try await withServer { url, seen in
            let (status, text) = try await Self.raw(url, .get, "/rest/accounts/missing")
            #expect(status == 404)
            #expect(text.contains(#"parameter 'account-id': must match the pattern ^A[1-9]\d*\.[1-9]\d*$"#))
            #expect(seen.calls.withLock { $0 } == [])
        }
    }

    @Test func resourceBusyIsRetriedUntilItSucceeds() async throws {
        try await withServer { url, seen in
            let list = try await Self.client(url).listTransactionsOfAccount(accountID: "A1.1")
            #expect(!list.transactions.isEmpty)
            #expect(seen.busyAnswers.withLock { $0 } == 2)
        }
    }

    @Test func theFullResponseCarriesTheStatusCaseAndTypedHeaders() async throws {
        try await withServer { url, _ in
            let client = Self.client(url, retry: false)
            guard
                case .locked(let error, let retryAfter) = try await client.listTransactionsOfAccountResponse(
                    accountID: "A1.1")
            else {
                Issue.record("expected 423 as .locked")
                return
            }
            #expect(retryAfter == 0)
            #expect(error.error.description == "Resource busy")
            guard case .ok(let list) = try await client.listTransactionsOfAccountResponse(accountID: "A1.1") else {
                Issue.record("expected .ok the second time")
                return
            }
            #expect(!list.transactions.isEmpty)
            guard case .notFound(let notFound) = try await client.getTransactionResponse(transactionID: "../accounts")
            else {
                Issue.record("expected .notFound")
                return
            }
            #expect(notFound.error.code == ._1002)
        }
    }

    @Test func pathParametersArriveAsOneDecodedSegment() async throws {
        try await withServer { url, seen in
            await #expect(throws: ResponseError<ErrorModel>.self) {
                try await Self.client(url).getTransaction(transactionID: "../accounts")
            }
            #expect(seen.calls.withLock { $0 } == ["getTransaction ../accounts"])
        }
    }

    @Test(
        arguments: [
            (
                "/rest/transactions?types=Bogus", nil,
                "listTransactions: parameter 'types': 'Bogus' is not one of the values TransactionType allows"
            ),
            ("/rest/transactions?count=ten", nil, "listTransactions: parameter 'count': 'ten' is not a valid integer"),
            ("/rest/transactions?count=0", nil, "listTransactions: parameter 'count': must be at least 1"),
            (
                "/rest/transactions?offset=4196258214828035750756352", nil,
                "listTransactions: parameter 'offset': '4196258214828035750756352' is outside the range of a 64-bit integer"
            ),
            (
                "/rest/transactions?accounts=A1.1,B2", nil,
                #"listTransactions: parameter 'accounts': item 1 must match the pattern ^A[1-9]\d*\.[1-9]\d*$"#
            ),
            (
                "/rest/transactions?until=2019-13-45", nil,
                "listTransactions: parameter 'until': '2019-13-45' is not a valid date (YYYY-MM-DD)"
            ),
            ("/rest/accesses", nil, "addProviderAccess: a request body is required"),
            (
                "/rest/accesses", "{not json",
                "addProviderAccess: request body is not a valid CreateAccessRequest: The given data was not valid JSON."
            ),
            (
                "/rest/accesses", #"{"access_method_id": 42}"#,
                "addProviderAccess: request body is not a valid CreateAccessRequest: at 'access_method_id': expected String"
            ),
            (
                "/rest/accesses",
                #"{"access_method_id": "5ce1b2b4-3a4c-4e33-9f36-8a2b0e6b7c11", "consent": {"scopes": ["FOREVER"]}}"#,
                "addProviderAccess: request body is not a valid CreateAccessRequest: at 'consent.scopes[0]': FOREVER is not one of the values ConsentScope allows"
            ),
        ] as [(String, String?, String)])
    func malformedRequestsAreAnswered400BeforeTheHandlerRuns(path: String, body: String?, message: String) async throws
    {
        try await withServer { url, seen in
            let method: HTTPRequest.Method = path.hasPrefix("/rest/accesses") ? .post : .get
            let (status, text) = try await Self.raw(url, method, path, body: body)
            #expect(status == 400)
            #expect(text == message + "\n")
            #expect(seen.calls.withLock { $0 } == [])
        }
    }

    /// A request body streamed to the server in `pieces` chunks, `pause` apart; when `vanishAfter` is set the
    /// stream fails after that many chunks, which makes the client drop the connection mid-body.
    static func trickled(
        _ text: String, pieces: Int, pause: Duration, vanishAfter: Int? = nil
    ) -> HTTPBody {
        let bytes = Array(text.utf8)
        let size = (bytes.count + pieces - 1) / pieces
        struct Vanished: Error {}
        let stream = AsyncThrowingStream<ArraySlice<UInt8>, any Error> { continuation in
            let task = Task {
                for (index, start) in stride(from: 0, to: bytes.count, by: size).enumerated() {
                    if let vanishAfter, index == vanishAfter {
                        continuation.finish(throwing: Vanished())
                        return
                    }
                    try? await Task.sleep(for: pause)
                    continuation.yield(bytes[start..<min(start + size, bytes.count)])
                }
                continuation.finish()
            }
            continuation.onTermination = { _ in task.cancel() }
        }
        return HTTPBody(stream, length: .known(Int64(bytes.count)), iterationBehavior: .single)
    }

    static let accessRequest = #"{"access_method_id": "5ce1b2b4-3a4c-4e33-9f36-8a2b0e6b7c11"}"#

    static func send(_ url: URL, _ method: HTTPRequest.Method, _ path: String, body: HTTPBody?) async throws -> Int {
        var fields = HTTPFields()
        fields[.authorization] = "Bearer \(bearerToken)"
        if body != nil { fields[.contentType] = "application/json" }
        let request = HTTPRequest(method: method, scheme: nil, authority: nil, path: path, headerFields: fields)
        let (response, responseBody) = try await AsyncHTTPClientTransport().send(
            request, body: body, baseURL: url, operationID: "raw")
        if let responseBody { _ = try await ArraySlice<UInt8>(collecting: responseBody, upTo: 1 << 20) }
        return response.status.code
    }

    /// A client that sends its body slowly holds up only its own request: one sent meanwhile on another connection
    /// is answered while the slow body is still arriving, and the slow request completes afterwards.
    @Test func aSlowClientDoesNotHoldUpOtherRequests() async throws {
        try await withServer { url, seen in
            let finished = Mutex<[String]>([])
            async let slow: Int = {
                let status = try await Self.send(
                    url, .post, "/rest/accesses",
                    body: Self.trickled(Self.accessRequest, pieces: 8, pause: .milliseconds(250)))
                finished.withLock { $0.append("slow") }
                return status
            }()
            // The slow body has started arriving; a quick request now must not wait for it.
            try await Task.sleep(for: .milliseconds(300))
            let quick = try await Self.send(url, .get, "/rest/accounts", body: nil)
            finished.withLock { $0.append("quick") }
            let slowStatus = try await slow
            #expect(quick == 200)
            #expect(slowStatus == 201)
            #expect(finished.withLock { $0 } == ["quick", "slow"])
            #expect(
                seen.calls.withLock { $0 }
                    == ["listAccounts", "addProviderAccess 5ce1b2b4-3a4c-4e33-9f36-8a2b0e6b7c11"])
        }
    }

    /// A client that goes away in the middle of its body reaches no handler and leaves the server serving.
    @Test func aClientThatVanishesMidBodyLeavesTheServerServing() async throws {
        try await withServer { url, seen in
            let body = Self.trickled(Self.accessRequest, pieces: 6, pause: .milliseconds(20), vanishAfter: 3)
            await #expect(throws: (any Error).self) {
                _ = try await Self.send(url, .post, "/rest/accesses", body: body)
            }
            let accounts = try await Self.send(url, .get, "/rest/accounts", body: nil)
            #expect(accounts == 200)
            let complete = Self.trickled(Self.accessRequest, pieces: 3, pause: .milliseconds(10))
            let created = try await Self.send(url, .post, "/rest/accesses", body: complete)
            #expect(created == 201)
            #expect(
                seen.calls.withLock { $0 }
                    == ["listAccounts", "addProviderAccess 5ce1b2b4-3a4c-4e33-9f36-8a2b0e6b7c11"])
        }
    }

    /// A body announced (by `Content-Length`) as larger than the server's limit is answered 413 without the server
    /// waiting for it: here the client sends one kilobyte of its announced 32 megabytes and then nothing.
    @Test func aBodyAnnouncedTooLargeIsRefusedWithoutWaitingForIt() async throws {
        try await withServer { url, seen in
            let stalled = AsyncStream<ArraySlice<UInt8>> { continuation in
                continuation.yield(ArraySlice(repeating: UInt8(ascii: " "), count: 1024))
            }
            let body = HTTPBody(stalled, length: .known(32 << 20), iterationBehavior: .single)
            let status = try await Self.send(url, .post, "/rest/accesses", body: body)
            #expect(status == 413)
            #expect(seen.calls.withLock { $0 } == [])
        }
    }
}
