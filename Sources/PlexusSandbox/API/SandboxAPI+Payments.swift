import Foundation
public import PlexusAPI
import PlexusRuntime

extension SandboxAPI {
    /// `GET /rest/payments`.
    public func listPayments(_ input: Operations.ListPayments.Input) async throws -> Operations.ListPayments.Output {
        if let problem = Self.accountFilter(input.accounts) { return .badRequest(problem) }
        let page: (count: Int, offset: Int)
        switch Self.page(count: input.count, offset: input.offset) {
        case .success(let valid): page = valid
        case .failure(let problem): return .badRequest(problem.body)
        }
        return try withUser { state, now in
            if let busy = state.busyProcess(accounts: input.accounts) {
                return .locked(SandboxError.busy, retryAfter: busy.secondsLeft(now: now))
            }
            let payments = state.payments.map(\.payment).filter { input.accounts?.contains($0.accountID) ?? true }
            return .ok(
                PaymentList(
                    payments: payments.dropFirst(page.offset).prefix(page.count).map { $0.inCents(input.cents) }))
        }
    }

    /// `GET /rest/accounts/{account-id}/payments`.
    public func listPaymentsOfAccount(_ input: Operations.ListPaymentsOfAccount.Input) async throws
        -> Operations.ListPaymentsOfAccount.Output
    {
        let page: (count: Int, offset: Int)
        switch Self.page(count: input.count, offset: input.offset) {
        case .success(let valid): page = valid
        case .failure(let problem): return .badRequest(problem.body)
        }
        return try withUser { state, now in
            guard state.account(input.accountID) != nil else { return .notFound(SandboxError.notFound("Account")) }
            if let busy = state.busyProcess(account: input.accountID) {
                return .locked(SandboxError.busy, retryAfter: busy.secondsLeft(now: now))
            }
            let payments = state.payments.map(\.payment).filter { $0.accountID == input.accountID }
            return .ok(
                PaymentList(
                    payments: payments.dropFirst(page.offset).prefix(page.count).map { $0.inCents(input.cents) }))
        }
    }

    /// `POST /rest/accounts/{account-id}/payments`: stored, not yet sent to the bank.
    public func createPayment(_ input: Operations.CreatePayment.Input) async throws -> Operations.CreatePayment.Output {
        try withUser { state, now in
            guard let account = state.account(input.accountID) else {
                return .notFound(SandboxError.notFound("Account"))
            }
            switch state.validate(input.body, for: account) {
            case .failure(let problem): return .badRequest(problem.body)
            case .success(let amount):
                state.counters.payment += 1
                let payment = Payment(paymentID: "P\(state.counters.payment)", accountID: input.accountID, now: now)
                    .applying(input.body, amount: amount, now: now)
                state.payments.append(UserState.PaymentRecord(payment: payment))
                return .created(payment)
            }
        }
    }

    /// `GET /rest/accounts/{account-id}/payments/{payment-id}`.
    public func getPayment(_ input: Operations.GetPayment.Input) async throws -> Operations.GetPayment.Output {
        try withUser { state, now in
            guard state.account(input.accountID) != nil,
                let record = state.paymentIndex(account: input.accountID, payment: input.paymentID)
            else { return .notFound(SandboxError.notFound("Payment")) }
            if let busy = state.busyProcess(account: input.accountID) {
                return .locked(SandboxError.busy, retryAfter: busy.secondsLeft(now: now))
            }
            return .ok(state.payments[record].payment.inCents(input.cents))
        }
    }

    /// `PUT /rest/accounts/{account-id}/payments/{payment-id}`: only before it was submitted (409 after).
    public func updatePayment(_ input: Operations.UpdatePayment.Input) async throws -> Operations.UpdatePayment.Output {
        try withUser { state, now in
            guard let account = state.account(input.accountID),
                let index = state.paymentIndex(account: input.accountID, payment: input.paymentID)
            else { return .notFound(SandboxError.notFound("Payment")) }
            if state.payments[index].isLocked {
                return .conflict(SandboxError.model(._1005, "Payment already processed"))
            }
            switch state.validate(input.body, for: account) {
            case .failure(let problem): return .badRequest(problem.body)
            case .success(let amount):
                state.payments[index].payment = state.payments[index].payment.applying(
                    input.body, amount: amount, now: now)
                return .ok(state.payments[index].payment)
            }
        }
    }

    /// `DELETE /rest/accounts/{account-id}/payments/{payment-id}`: only before it was submitted (409 after).
    public func deletePayment(_ input: Operations.DeletePayment.Input) async throws -> Operations.DeletePayment.Output {
        try withUser { state, _ in
            guard let index = state.paymentIndex(account: input.accountID, payment: input.paymentID) else {
                return .notFound(SandboxError.notFound("Payment"))
            }
            if state.payments[index].isLocked {
                return .conflict(SandboxError.model(._1005, "Payment already processed"))
            }
            state.payments.remove(at: index)
            return .noContent
        }
    }

    /// `POST .../payments/{payment-id}/init`: sends the payment to the bank, through the access method's
    /// authentication flow; executed (booked on the account) when it completes.
    public func initiatePayment(_ input: Operations.InitiatePayment.Input) async throws
        -> Operations.InitiatePayment.Output
    {
        let given: [String: String]
        switch Self.credentials(input.body?.credentials) {
        case .success(let credentials): given = credentials
        case .failure(let problem): return .badRequest(problem.body)
        }
        let redirectBase = bank.redirectBase
        return try withUser { state, now in
            guard let index = state.paymentIndex(account: input.accountID, payment: input.paymentID),
                let accountRecord = state.accounts.first(where: { $0.account.accountID == input.accountID }),
                let access = state.accessIndex(accountRecord.accessID)
            else { return .notFound(SandboxError.notFound("Payment")) }
            if state.payments[index].isLocked {
                return .conflict(SandboxError.model(._1005, "Payment already processed or being processed"))
            }
            let record = state.accesses[access]
            let credentials = record.credentials.merging(given) { $1 }
            let secrets = (record.method.method.credentials ?? []).filter { $0.isSecret == true }
            if let missing = secrets.first(where: { credentials[$0.key] == nil }) {
                return .badRequest(
                    SandboxError.invalid("credentials", "'\(missing.key)' (\(missing.label)) is required"))
            }
            let process =
                Self.acceptsLogin(credentials, provider: record.method.provider)
                ? ScaProcess(
                    // Payments always need a second factor: one-factor logins get the TAN.
                    flow: record.method.flow == .embedded1Fa ? .embedded2Fa : record.method.flow,
                    authMethods: DemoCatalog.authMethods, configuration: bank.configuration, redirectBase: redirectBase,
                    now: now)
                : ScaProcess(
                    failedWith: SandboxError.model(._10001, "PIN is invalid").error, flow: record.method.flow, now: now)
            if input.body?.saveSecrets == true { state.accesses[access].credentials = credentials }
            state.payments[index].initiations.append(process)
            return .created(process.initiation)
        }
    }

    /// `GET .../init/{init-id}`.
    public func getPaymentInitiationStatus(_ input: Operations.GetPaymentInitiationStatus.Input) async throws
        -> Operations.GetPaymentInitiationStatus.Output
    {
        try withUser { state, _ in
            guard let process = state.initiation(account: input.accountID, payment: input.paymentID, id: input.initID)
            else { return .notFound(SandboxError.notFound("Payment initiation")) }
            return .ok(process.initiation)
        }
    }

    /// `GET .../init/{init-id}/challenges`.
    public func listPaymentChallenges(_ input: Operations.ListPaymentChallenges.Input) async throws
        -> Operations.ListPaymentChallenges.Output
    {
        try withUser { state, _ in
            guard let process = state.initiation(account: input.accountID, payment: input.paymentID, id: input.initID)
            else { return .notFound(SandboxError.notFound("Payment initiation")) }
            return .ok(process.challenges)
        }
    }

    /// `GET .../init/{init-id}/challenges/{challenge-id}`.
    public func getPaymentChallenge(_ input: Operations.GetPaymentChallenge.Input) async throws
        -> Operations.GetPaymentChallenge.Output
    {
        try withUser { state, _ in
            guard let process = state.initiation(account: input.accountID, payment: input.paymentID, id: input.initID),
                let challenge = process.challenges.first(where: { $0.id == input.challengeID })
            else { return .notFound(SandboxError.notFound("Challenge")) }
            return .ok(challenge)
        }
    }

    /// `POST .../init/{init-id}/challenges/{challenge-id}/response`.
    public func solvePaymentChallenge(_ input: Operations.SolvePaymentChallenge.Input) async throws
        -> Operations.SolvePaymentChallenge.Output
    {
        try withUser { state, now in
            guard let index = state.paymentIndex(account: input.accountID, payment: input.paymentID),
                let initiation = state.payments[index].initiations.firstIndex(where: { $0.id == input.initID })
            else { return .notFound(SandboxError.notFound("Payment initiation")) }
            switch state.payments[index].initiations[initiation].solve(
                challengeID: input.challengeID, response: input.body, now: now)
            {
            case .accepted: return .accepted
            case .unknownChallenge: return .notFound(SandboxError.notFound("Challenge"))
            case .alreadyAnswered: return .conflict(SandboxError.challengeAnswered)
            case .invalid(let field, let problem): return .badRequest(SandboxError.invalid(field, problem))
            }
        }
    }
}

extension UserState {
    func paymentIndex(account: String, payment: String) -> Int? {
        payments.firstIndex { $0.payment.accountID == account && $0.payment.paymentID == payment }
    }

    func initiation(account: String, payment: String, id: UUID) -> ScaProcess? {
        paymentIndex(account: account, payment: payment).flatMap { payments[$0].initiations.first { $0.id == id } }
    }

    /// The amount of a valid payment input (in euros, `cents` applied), or the 400 body naming what is wrong: the
    /// account must support the payment type, SEPA payments need an IBAN, the purpose fits the account's limit.
    func validate(_ input: PaymentInput, for account: Account) -> Result<Decimal, SandboxAPI.InvalidRequest> {
        func invalid(_ field: String, _ problem: String) -> Result<Decimal, SandboxAPI.InvalidRequest> {
            .failure(SandboxAPI.InvalidRequest(body: SandboxError.invalid(field, problem)))
        }
        guard let parameters = account.supportedPayments?[input.type.rawValue] else {
            return invalid("type", "the account does not support \(input.type.rawValue) payments")
        }
        let amount = input.cents == true ? input.amount / 100 : input.amount
        guard amount > 0 else { return invalid("amount", "must be positive") }
        if input.type.rawValue.hasPrefix("SEPA"), input.iban.map(Self.isIBAN) != true {
            return invalid("iban", "a SEPA payment needs a valid IBAN")
        }
        if let limit = parameters.maxPurposeLength, input.purpose.count > limit {
            return invalid("purpose", "at most \(limit) characters")
        }
        if input.name.isEmpty { return invalid("name", "must not be empty") }
        if let currency = input.currency, currency != account.currency {
            return invalid("currency", "the account's currency is \(account.currency)")
        }
        return .success(amount)
    }

    /// Whether `text` is an IBAN with valid check digits (ISO 13616, mod 97).
    static func isIBAN(_ text: String) -> Bool {
        let compact = text.replacingOccurrences(of: " ", with: "").uppercased()
        guard (15...34).contains(compact.count), compact.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) })
        else { return false }
        var remainder = 0
        for character in compact.dropFirst(4) + compact.prefix(4) {
            let value = character.isNumber ? Int(String(character)) ?? 0 : Int(character.asciiValue ?? 65) - 55
            for digit in String(value).utf8 { remainder = (remainder * 10 + Int(digit - 48)) % 97 }
        }
        return remainder == 1
    }
}

extension UserState.PaymentRecord {
    /// Submitted, or an initiation still under way: no more changes.
    var isLocked: Bool {
        payment.submittedAt != nil || initiations.contains { $0.status != .failed && $0.status != .completed }
    }
}

extension Payment {
    /// A new payment's skeleton.
    init(paymentID: String, accountID: String, now: Date) {
        self.init(
            paymentID: paymentID, accountID: accountID, type: .sepaTransfer, amount: 0, currency: "EUR", createdAt: now)
    }

    /// The payment with `input`'s fields.
    func applying(_ input: PaymentInput, amount: Decimal, now: Date) -> Payment {
        var payment = self
        payment.type = input.type
        payment.name = input.name
        payment.iban = input.iban
        payment.bic =
            input.bic
            ?? (input.iban?.dropFirst(4).hasPrefix(DemoCatalog.demoBankCode) == true ? DemoCatalog.demoBIC : nil)
        payment.bankName = input.iban?.dropFirst(4).hasPrefix(DemoCatalog.demoBankCode) == true ? "Demobank" : nil
        payment.accountNumber = input.accountNumber
        payment.bankCode = input.bankCode
        payment.amount = amount
        payment.currency = input.currency ?? currency
        payment.purpose = input.purpose
        payment.textKey = input.textKey
        payment.textKeyExtension = input.textKeyExtension
        payment.modifiedAt = now
        return payment
    }

    /// The payment with its amount in cents when `cents` asks for it.
    func inCents(_ cents: Bool?) -> Payment {
        guard cents == true else { return self }
        var payment = self
        payment.amount = amount.inCents
        return payment
    }
}
