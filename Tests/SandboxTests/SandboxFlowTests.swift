import Foundation
import HTTPTypes
import OpenAPIAsyncHTTPClient
import OpenAPIRuntime
import PlexusAPI
import PlexusRuntime
import PlexusTour
import Synchronization
import Testing

@testable import PlexusSandbox

/// The sandbox's flows through the generated client, over loopback HTTP: the tour, each challenge type, failures,
/// 423 while a synchronization runs, 429 over the rate limit.
@Suite struct SandboxFlowTests {
    @Test func theTourRunsEndToEndAgainstTheSandbox() async throws {
        try await SandboxHarness.withSandbox { url, _ in
            let lines = Mutex<[String]>([])
            let report = try await PlexusTour(serverURL: url) { line in lines.withLock { $0.append(line) } }.run()
            #expect(report.synchronization.status == .completed)
            #expect(report.accounts.map(\.type) == [.giroAccount, .savingsAccount, .depot])
            #expect(report.accounts.first?.iban == "DE67900900424711951500")
            #expect(report.accounts.first?.bic == "DEMODE01")
            #expect(report.transactions.count == 7)
            #expect(report.transactions.contains { !$0.booked })
            #expect(report.payment.submittedAt != nil)
            #expect(report.balanceAfter == report.balanceBefore - Decimal(1234) / 100)
            let log = lines.withLock { $0 }
            #expect(log.contains { $0.hasPrefix("1. created user") })
            #expect(log.contains { $0.contains("→ 111111") })
            #expect(log.last?.hasPrefix("9. payment COMPLETED, booked as T") == true)
        }
    }

    /// The demo user starts with its Demobank access synchronized: accounts, transactions, standing orders and
    /// securities are there, filters work.
    @Test func theDemoUserHasSeededDataAndEveryTransactionFilterWorks() async throws {
        try await SandboxHarness.withSandbox { url, _ in
            let client = try await SandboxHarness.userClient(url)
            let accounts = try await client.listAccounts().accounts
            #expect(accounts.map(\.accountID) == ["A1.1", "A1.2", "A1.3"])
            let booked = try await client.listTransactions(accounts: ["A1.1"]).transactions
            #expect(booked.count == 6)
            #expect(
                booked.map { $0.bookedAt?.description ?? "" }
                    == booked.map { $0.bookedAt?.description ?? "" }.sorted(by: >))
            let withPending = try await client.listTransactions(accounts: ["A1.1"], includePending: true).transactions
            #expect(withPending.count == 7)
            let rent = try await client.listTransactions(filter: "purpose:rent").transactions
            #expect(rent.map(\.name) == ["Hausverwaltung Muster"])
            let person = try await client.listTransactions(filter: "person:an*ei?piel").transactions
            #expect(person.map(\.purpose) == ["Kino"])
            let ascending = try await client.listTransactions(accounts: ["A1.1"], count: 2, offset: 1, sort: .asc)
            #expect(ascending.transactions.map(\.purpose) == ["Miete / rent November", "Abschlag Strom"])
            let debits = try await client.listTransactions(types: [.directDebit, .standingOrder]).transactions
            #expect(Set(debits.compactMap(\.type)) == [.directDebit, .standingOrder])
            let first = try #require(booked.last)
            let after = try await client.listTransactions(accounts: ["A1.1"], since: first.transactionID).transactions
            #expect(after.count == 5)
            let cents = try await client.listTransactions(
                accounts: ["A1.1"], filter: "purpose:Kino", cents: true,
                includeStatistics: true)
            #expect(cents.transactions.first?.amount == 2500)
            #expect(cents.statistics?.depositSum == 2500)
            let statistics = try #require(
                try await client.listTransactions(accounts: ["A1.1"], includeStatistics: true).statistics)
            #expect(statistics.depositMax == 3250)
            #expect(statistics.expenseMax == -850)
            await #expect(throws: ResponseError<ErrorModel>.self) {
                try await client.listTransactions(filter: "colour:red")
            }
            await #expect(throws: ResponseError<ErrorModel>.self) { try await client.listTransactions(count: 0) }
            #expect(try await client.listStandingOrders().standingOrders.count == 2)
            #expect(try await client.listSecuritiesOfAccount(accountID: "A1.3").securities.count == 2)
            #expect(try await client.getAccountBalance(accountID: "A1.1", cents: true).balance == 152_347)
        }
    }

    @Test func aRedirectChallengeIsSolvedByOpeningItsLocation() async throws {
        try await SandboxHarness.withSandbox { url, _ in
            let client = try await SandboxHarness.userClient(url)
            let access = try await client.addProviderAccess(
                body: CreateAccessRequest(
                    accessMethodID: try #require(UUID(uuidString: "5CE1B2B4-3A4C-4E33-9F36-8A2B0E6B7C12")),
                    credentials: .credentials(["account_number": "demo"])))
            let sync = try await client.createSync(
                accessID: access.id, body: CreateSynchronizationRequest(credentials: .credentials(["pin": "demo"])))
            #expect(sync.status == .awaitAuth)
            guard case .redirectChallenge(let challenge)? = sync.challenge else {
                Issue.record("expected a redirect challenge, got \(String(describing: sync.challenge))")
                return
            }
            #expect(challenge.location.absoluteString.hasPrefix(url.absoluteString + "/sandbox/sca/"))
            // The customer opens the bank's page.
            let (response, _) = try await AsyncHTTPClientTransport().send(
                HTTPRequest(method: .get, scheme: nil, authority: nil, path: challenge.location.path), body: nil,
                baseURL: url, operationID: "sca")
            #expect(response.status == .ok)
            let done = try await SandboxHarness.settled(\.status) {
                try await client.getSyncStatus(accessID: access.id, syncID: sync.id)
            }
            #expect(done.status == .completed)
            #expect(try await client.listAccounts().accounts.count == 6)
        }
    }

    @Test func aDecoupledChallengeIsApprovedInTheBankingApp() async throws {
        let configuration = SandboxConfiguration(
            runDuration: .milliseconds(200), decoupledApprovalDelay: .milliseconds(300))
        try await SandboxHarness.withSandbox(configuration) { url, _ in
            let client = try await SandboxHarness.userClient(url)
            let access = try await client.addProviderAccess(
                body: CreateAccessRequest(
                    accessMethodID: try #require(UUID(uuidString: "5CE1B2B4-3A4C-4E33-9F36-8A2B0E6B7C13")),
                    credentials: .credentials(["account_number": "demo", "pin": "demo"])))
            let sync = try await client.createSync(accessID: access.id)
            guard case .decoupledChallenge(let challenge)? = sync.challenge else {
                Issue.record("expected a decoupled challenge, got \(String(describing: sync.challenge))")
                return
            }
            #expect(challenge.message?.contains("Demobank app") == true)
            let waiting = try await SandboxHarness.settled(\.status) {
                try await client.getSyncStatus(accessID: access.id, syncID: sync.id)
            }
            #expect(waiting.status == .awaitAuth || waiting.status == .completed)
            try await Task.sleep(for: .milliseconds(700))
            let done = try await SandboxHarness.settled(\.status) {
                try await client.getSyncStatus(accessID: access.id, syncID: sync.id)
            }
            #expect(done.status == .completed)
        }
    }

    @Test func aWrongTANFailsTheSynchronizationAndAChallengeIsAnsweredOnce() async throws {
        try await SandboxHarness.withSandbox { url, _ in
            let client = try await SandboxHarness.userClient(url)
            let sync = try await client.createSync(accessID: try await demoAccessID(client))
            let accessID = try await demoAccessID(client)
            let selection = try #require(sync.challenge)
            try await client.solveSyncChallenge(
                accessID: accessID, syncID: sync.id, challengeID: selection.identifier,
                body: .authMethodSelectResponse(AuthMethodSelectResponse(methodID: "903")))
            let again = try await client.solveSyncChallengeResponse(
                accessID: accessID, syncID: sync.id, challengeID: selection.identifier,
                body: .authMethodSelectResponse(AuthMethodSelectResponse(methodID: "903")))
            guard case .conflict(let conflict) = again else {
                Issue.record("answering twice should be 409, got \(again)")
                return
            }
            #expect(conflict.error.code == ._1001)
            let tan = try #require(try await client.getSyncStatus(accessID: accessID, syncID: sync.id).challenge)
            guard case .embeddedChallenge = tan else {
                Issue.record("expected the TAN challenge, got \(tan)")
                return
            }
            try await client.solveSyncChallenge(
                accessID: accessID, syncID: sync.id, challengeID: tan.identifier,
                body: .challengeResponse(ChallengeResponse(value: "123456")))
            let failed = try await client.getSyncStatus(accessID: accessID, syncID: sync.id)
            #expect(failed.status == .failed)
            #expect(failed.error?.code == ._10004)
            #expect(try await client.listSyncChallenges(accessID: accessID, syncID: sync.id).count == 2)
        }
    }

    @Test func accountResourcesAnswer423WithRetryAfterWhileASynchronizationRuns() async throws {
        try await SandboxHarness.withSandbox(SandboxConfiguration(runDuration: .seconds(2))) { url, _ in
            let client = try await SandboxHarness.userClient(url)
            let accessID = try await demoAccessID(client)
            let sync = try await client.createSync(accessID: accessID)
            var challenge = try #require(sync.challenge)
            try await client.solveSyncChallenge(
                accessID: accessID, syncID: sync.id, challengeID: challenge.identifier,
                body: .authMethodSelectResponse(AuthMethodSelectResponse(methodID: "902")))
            challenge = try #require(try await client.getSyncStatus(accessID: accessID, syncID: sync.id).challenge)
            try await client.solveSyncChallenge(
                accessID: accessID, syncID: sync.id, challengeID: challenge.identifier,
                body: .challengeResponse(ChallengeResponse(value: "111111")))
            #expect(try await client.getSyncStatus(accessID: accessID, syncID: sync.id).status == .running)
            let busy = try await client.listTransactionsOfAccountResponse(accountID: "A1.1")
            guard case .locked(let error, let retryAfter) = busy else {
                Issue.record("expected 423 while the synchronization runs, got \(busy)")
                return
            }
            #expect(error.error.code == ._1008)
            #expect((1...2).contains(retryAfter ?? 0))
            // The retrying client waits as told and gets the data once the synchronization is done.
            let token = try await SandboxHarness.demoToken(url)
            var credentials = Client.Credentials()
            credentials.userAuth = .bearer { token }
            let patient = Client(serverURL: url, transport: AsyncHTTPClientTransport(), credentials: credentials)
            let transactions = try await patient.listTransactionsOfAccount(accountID: "A1.1").transactions
            #expect(transactions.count == 7)
            #expect(try await client.getSyncStatus(accessID: accessID, syncID: sync.id).status == .completed)
        }
    }

    @Test func callersOverTheirRateGet429WithRetryAfter() async throws {
        // A token a minute, bursts of three: the fourth request of a series is refused however slow the machine.
        let configuration = SandboxConfiguration(
            rateLimit: SandboxConfiguration.RateLimit(requestsPerSecond: 1.0 / 60, burst: 3))
        try await SandboxHarness.withSandbox(configuration) { url, _ in
            func version() async throws -> HTTPResponse {
                try await AsyncHTTPClientTransport().send(
                    HTTPRequest(method: .get, scheme: nil, authority: nil, path: "/version"), body: nil, baseURL: url,
                    operationID: "getVersion"
                ).0
            }
            var statuses: [Int] = []
            for _ in 0..<3 { statuses.append(try await version().status.code) }
            let refused = try await version()
            #expect(statuses == [200, 200, 200])
            #expect(refused.status == .tooManyRequests)
            let wait = try #require(refused.headerFields[.retryAfter].flatMap { Int($0) })
            #expect((1...60).contains(wait))
        }
    }

    /// The bucket refills at the configured rate: a refused caller is let through once `Retry-After` has passed.
    @Test func theRateLimiterLetsACallerThroughAfterItsRetryAfter() {
        let limiter = RateLimiter(limit: SandboxConfiguration.RateLimit(requestsPerSecond: 2, burst: 2))
        let start = ContinuousClock.now
        #expect(limiter.take(caller: "a", now: start) == nil)
        #expect(limiter.take(caller: "a", now: start) == nil)
        let wait = try? #require(limiter.take(caller: "a", now: start))
        #expect(wait == 0.5)
        #expect(limiter.take(caller: "b", now: start) == nil)
        #expect(limiter.take(caller: "a", now: start + .milliseconds(499)) != nil)
        #expect(limiter.take(caller: "a", now: start + .milliseconds(1000)) == nil)
    }

    @Test func tokensRefreshRevokeAndDieWithTheirUser() async throws {
        try await SandboxHarness.withSandbox { url, _ in
            let app = SandboxHarness.appClient(url)
            _ = try await app.createUser(
                body: CreateUserRequest(fullName: "Ann", email: "ann@example.com", password: "secret1"))
            let taken = try await app.createUserResponse(
                body: CreateUserRequest(fullName: "Ann", email: "ann@example.com", password: "secret1"))
            guard case .conflict = taken else {
                Issue.record("a taken email should be 409, got \(taken)")
                return
            }
            let token = try await app.createAccessToken(
                body: .userCredentialRequest(
                    UserCredentialRequest(
                        grantType: .password, username: "ann@example.com", password: "secret1",
                        scope: "accounts=ro offline")))
            #expect(token.scope == "accounts=ro offline")
            let refresh = try #require(token.refreshToken)
            let renewed = try await app.createAccessToken(
                body: .refreshTokenRequest(RefreshTokenRequest(grantType: .refreshToken, refreshToken: refresh)))
            #expect(renewed.accessToken != token.accessToken)
            // A refresh token is spent once used.
            let spent = try await app.createAccessTokenResponse(
                body: .refreshTokenRequest(RefreshTokenRequest(grantType: .refreshToken, refreshToken: refresh)))
            guard case .unauthorized = spent else {
                Issue.record("a spent refresh token should be 401, got \(spent)")
                return
            }
            func user(_ accessToken: String) -> Client {
                var credentials = Client.Credentials()
                credentials.userAuth = .bearer { accessToken }
                return Client(
                    serverURL: url, transport: AsyncHTTPClientTransport(), credentials: credentials, retryPolicy: nil)
            }
            #expect(try await user(token.accessToken).getUser().email == "ann@example.com")
            try await app.revokeToken(body: RevokeTokenRequest(token: token.accessToken))
            guard case .unauthorized = try await user(token.accessToken).getUserResponse() else {
                Issue.record("a revoked token should be refused")
                return
            }
            try await user(renewed.accessToken).deleteUser()
            guard case .unauthorized = try await user(renewed.accessToken).getUserResponse() else {
                Issue.record("the tokens of a deleted user should be refused")
                return
            }
            // Three wrong passwords in a row block the user, even for the right one afterwards.
            for _ in 0..<3 {
                _ = try await app.createAccessTokenResponse(
                    body: .userCredentialRequest(
                        UserCredentialRequest(grantType: .password, username: "demo", password: "wrong")))
            }
            let blocked = try await app.createAccessTokenResponse(
                body: .userCredentialRequest(
                    UserCredentialRequest(grantType: .password, username: "demo", password: "demo")))
            guard case .unauthorized(let error) = blocked else {
                Issue.record("a blocked user should be refused, got \(blocked)")
                return
            }
            #expect(error.error.code == ._10002)
        }
    }

    @Test func concurrentRequestsOfOneUserKeepItsStateConsistent() async throws {
        try await SandboxHarness.withSandbox { url, _ in
            let client = try await SandboxHarness.userClient(url)
            let ids = try await withThrowingTaskGroup(of: String.self) { group in
                for index in 0..<40 {
                    group.addTask {
                        try await client.createPayment(
                            accountID: "A1.1",
                            body: PaymentInput(
                                type: .sepaTransfer, name: "Payee \(index)", iban: "DE85900900421260588259",
                                amount: Decimal(index + 1), purpose: "Concurrent \(index)")
                        ).paymentID
                    }
                }
                return try await group.reduce(into: [String]()) { $0.append($1) }
            }
            #expect(Set(ids).count == 40)
            #expect(try await client.listPayments().payments.count == 40)
        }
    }

    private func demoAccessID(_ client: Client) async throws -> UUID {
        try #require(try await client.listProviderAccesses().first?.id)
    }
}
