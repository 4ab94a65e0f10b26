public import Foundation
import OpenAPIAsyncHTTPClient
import OpenAPIRuntime
public import PlexusAPI
import PlexusRuntime

/// A walk through the Plexus API with the generated client, against the sandbox (or any Plexus server): create a
/// user, log in, add a Demobank access, synchronize it solving the bank's challenges, list the transactions, make a
/// payment and watch it booked. Each step is reported through `log` as it happens.
public struct PlexusTour: Sendable {
    /// Where the API is served.
    public var serverURL: URL
    /// The client credentials (HTTP basic) for creating the user and its token.
    public var clientID: String
    /// The secret that goes with `clientID`.
    public var clientSecret: String
    /// Receives one line per step.
    public var log: @Sendable (String) -> Void

    /// A tour against `serverURL` with the sandbox's client credentials by default.
    public init(
        serverURL: URL, clientID: String = "sandbox", clientSecret: String = "sandbox",
        log: @escaping @Sendable (String) -> Void = { print($0) }
    ) {
        self.serverURL = serverURL
        self.clientID = clientID
        self.clientSecret = clientSecret
        self.log = log
    }

    /// What the tour did, for checking.
    public struct Report: Sendable {
        /// The user created.
        public var user: User
        /// The synchronization that brought the accounts, at its end.
        public var synchronization: Synchronization
        /// The accounts after the synchronization.
        public var accounts: [Account]
        /// The giro account's transactions after the synchronization.
        public var transactions: [Transaction]
        /// The payment, submitted.
        public var payment: Payment
        /// The giro account's balance before and after the payment.
        public var balanceBefore: Decimal
        /// The balance after the payment was booked.
        public var balanceAfter: Decimal
    }

    /// A step that did not go as the API promises.
    public struct Failure: Error, CustomStringConvertible {
        /// What went wrong.
        public var description: String
    }

    /// Runs every step; throws at the first that fails.
    public func run() async throws -> Report {
        let transport = AsyncHTTPClientTransport()
        var clientCredentials = Client.Credentials()
        clientCredentials.clientAuth = .basic(username: clientID, password: clientSecret)
        let app = Client(serverURL: serverURL, transport: transport, credentials: clientCredentials)

        let email = "tour-\(UUID().uuidString.prefix(8).lowercased())@example.com"
        let user = try await app.createUser(
            body: CreateUserRequest(fullName: "Tour Guide", email: email, password: "tour-secret", language: "en"))
        log("1. created user \(user.id) <\(user.email)>")

        let token = try await app.createAccessToken(
            body: .userCredentialRequest(
                UserCredentialRequest(grantType: .password, username: email, password: "tour-secret")))
        log("2. logged in: \(token.tokenType.rawValue) token for \(token.expiresIn) s, scopes \(token.scope ?? "-")")
        var userCredentials = Client.Credentials()
        let accessToken = token.accessToken
        userCredentials.userAuth = .bearer { accessToken }
        let client = Client(serverURL: serverURL, transport: transport, credentials: userCredentials)

        let banks = try await client.listCatalogBanks(country: "DE", q: "Demobank")
        guard let bank = banks.first,
            let method = bank.accessMethods?.first(where: { $0.customerAuthenticationFlows == [.embedded2Fa] })
        else { throw Failure(description: "the catalog has no Demobank with a two-factor access method") }
        log("3. found \(bank.name) (BIC \(bank.bic ?? "-")), access method \(method.type.rawValue)")

        let access = try await client.addProviderAccess(
            body: CreateAccessRequest(
                accessMethodID: method.id, credentials: .credentials(["account_number": "demo"]),
                consent: Consent(recurring: true, period: 90, scopes: [.accounts, .balances, .transactions])))
        log("4. added access \(access.id)")

        var sync = try await client.createSync(
            accessID: access.id, body: CreateSynchronizationRequest(credentials: .credentials(["pin": "demo"])))
        log("5. synchronization \(sync.id) is \(sync.status.rawValue)")
        let syncID = sync.id
        try await solveChallenges(sync.challenge, status: sync.status) { challenge, answer in
            try await client.solveSyncChallenge(
                accessID: access.id, syncID: syncID, challengeID: challenge,
                body: answer.map(SolveSyncChallengeRequest.init))
            let next = try await client.getSyncStatus(accessID: access.id, syncID: syncID)
            return (next.challenge, next.status)
        }
        sync = try await waitUntilDone { try await client.getSyncStatus(accessID: access.id, syncID: syncID) }
        guard sync.status == .completed else {
            throw Failure(
                description: "the synchronization ended \(sync.status.rawValue): \(sync.error?.description ?? "")")
        }
        log("6. synchronization \(sync.status.rawValue)")

        let accounts = try await client.listAccounts().accounts.filter { $0.accessID == access.id }
        for account in accounts {
            log(
                "   \(account.accountID) \(account.type.rawValue) \(account.iban ?? "") balance \(account.balance?.balance ?? 0) \(account.currency)"
            )
        }
        guard let giro = accounts.first(where: { $0.type == .giroAccount }) else {
            throw Failure(description: "the synchronization brought no giro account")
        }
        let transactions = try await client.listTransactions(
            accounts: [giro.accountID], sort: .desc, includePending: true
        )
        .transactions
        log("7. \(transactions.count) transactions on \(giro.accountID):")
        for transaction in transactions {
            log(
                "   \(transaction.bookedAt?.description ?? "pending   ") \(transaction.amount) \(transaction.name ?? "") – \(transaction.purpose ?? "")"
            )
        }

        let before = giro.balance?.balance ?? 0
        let payment = try await client.createPayment(
            accountID: giro.accountID,
            body: PaymentInput(
                type: .sepaTransfer, name: "Anna Beispiel", iban: "DE85900900421260588259", amount: Decimal(1234) / 100,
                purpose: "Tour payment"))
        log("8. created payment \(payment.paymentID): \(payment.amount) \(payment.currency) to \(payment.name ?? "")")
        var initiation = try await client.initiatePayment(
            accountID: giro.accountID, paymentID: payment.paymentID,
            body: InitiatePaymentRequest(credentials: .credentials(["pin": "demo"])))
        initiation = try await solveChallengeLoop(initiation, client: client, account: giro.accountID, payment: payment)
        initiation = try await waitUntilDone {
            try await client.getPaymentInitiationStatus(
                accountID: giro.accountID, paymentID: payment.paymentID, initID: initiation.id)
        }
        guard initiation.status == .completed else {
            throw Failure(description: "the payment ended \(initiation.status.rawValue)")
        }
        let submitted = try await client.getPayment(accountID: giro.accountID, paymentID: payment.paymentID)
        let after = try await client.getAccountBalance(accountID: giro.accountID).balance ?? 0
        log(
            "9. payment \(initiation.status.rawValue), booked as \(submitted.transactionID ?? "-"); balance \(before) → \(after)"
        )
        return Report(
            user: user, synchronization: sync, accounts: accounts, transactions: transactions, payment: submitted,
            balanceBefore: before, balanceAfter: after)
    }

    private func solveChallengeLoop(_ initiation: PaymentInitiation, client: Client, account: String, payment: Payment)
        async throws -> PaymentInitiation
    {
        var current = initiation
        try await solveChallenges(initiation.challenge, status: initiation.status) { challenge, answer in
            guard let answer else { throw Failure(description: "a payment challenge needs an answer") }
            try await client.solvePaymentChallenge(
                accountID: account, paymentID: payment.paymentID, initID: initiation.id, challengeID: challenge,
                body: answer)
            current = try await client.getPaymentInitiationStatus(
                accountID: account, paymentID: payment.paymentID, initID: initiation.id)
            return (current.challenge, current.status)
        }
        return current
    }

    /// Answers challenges as a customer would, until none is open: picks the first auth method, enters the demo
    /// TAN, confirms redirects and app approvals.
    private func solveChallenges(
        _ first: Challenge?, status: SynchronizationState,
        answer: (UUID, SolveChallengeRequest?) async throws -> (Challenge?, SynchronizationState)
    ) async throws {
        var challenge = first
        var status = status
        while status == .awaitAuth, let open = challenge {
            let response: SolveChallengeRequest?
            switch open {
            case .authMethodSelectChallenge(let selection):
                guard let method = selection.authMethods.first else {
                    throw Failure(description: "an auth method selection without methods")
                }
                log("   challenge: choose an auth method → \(method.mediumName ?? method.id)")
                response = .authMethodSelectResponse(AuthMethodSelectResponse(methodID: method.id))
            case .embeddedChallenge(let embedded):
                log("   challenge: \(embedded.label ?? "TAN") (\(embedded.data ?? "")) → 111111")
                response = .challengeResponse(ChallengeResponse(value: "111111"))
            case .redirectChallenge(let redirect):
                log("   challenge: authorize at \(redirect.location)")
                response = nil
            case .decoupledChallenge(let decoupled):
                log("   challenge: \(decoupled.message ?? "approve in the app")")
                response = nil
            }
            (challenge, status) = try await answer(open.identifier, response)
        }
    }

    /// Polls `fetch` until the process has left `QUEUED` and `RUNNING`.
    private func waitUntilDone<Process: ProcessStatus>(_ fetch: () async throws -> Process) async throws -> Process {
        for _ in 0..<120 {
            let process = try await fetch()
            if process.status != .queued && process.status != .running { return process }
            try await Task.sleep(for: .milliseconds(250))
        }
        throw Failure(description: "the process did not finish within 30 seconds")
    }
}

/// A synchronization or payment initiation, as far as waiting for it goes.
protocol ProcessStatus {
    var status: SynchronizationState { get }
}

extension Synchronization: ProcessStatus {}
extension PaymentInitiation: ProcessStatus {}

extension Challenge {
    /// The challenge's ID, whichever kind it is.
    public var identifier: UUID {
        switch self {
        case .authMethodSelectChallenge(let challenge): challenge.id
        case .embeddedChallenge(let challenge): challenge.id
        case .redirectChallenge(let challenge): challenge.id
        case .decoupledChallenge(let challenge): challenge.id
        }
    }
}

extension SolveSyncChallengeRequest {
    /// The same answer, for a synchronization's challenge.
    init(_ answer: SolveChallengeRequest) {
        switch answer {
        case .authMethodSelectResponse(let value): self = .authMethodSelectResponse(value)
        case .challengeResponse(let value): self = .challengeResponse(value)
        case .challengeResponseJWE(let value): self = .challengeResponseJWE(value)
        }
    }
}
