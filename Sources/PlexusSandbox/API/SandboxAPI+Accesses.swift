import Foundation
public import PlexusAPI
import PlexusRuntime

extension SandboxAPI {
    /// `POST /rest/accesses`: a catalog access method, its public credentials present.
    public func addProviderAccess(_ input: Operations.AddProviderAccess.Input) async throws
        -> Operations.AddProviderAccess.Output
    {
        guard let method = DemoCatalog.method(input.body.accessMethodID) else {
            return .badRequest(SandboxError.invalid("access_method_id", "not an access method of the catalog"))
        }
        let credentials: [String: String]
        switch Self.credentials(input.body.credentials) {
        case .success(let given): credentials = given
        case .failure(let problem): return .badRequest(problem.body)
        }
        let fields = method.method.credentials ?? []
        if let missing = fields.first(where: {
            $0.isOptional != true && $0.isSecret != true && credentials[$0.key] == nil
        }) {
            return .badRequest(SandboxError.invalid("credentials", "'\(missing.key)' (\(missing.label)) is required"))
        }
        let known = Set(fields.map(\.key))
        if let unknown = credentials.keys.sorted().first(where: { !known.contains($0) }) {
            return .badRequest(SandboxError.invalid("credentials", "'\(unknown)' is not a field of this access method"))
        }
        return .created(
            try withUser { state, now in
                let savePIN = fields.contains { $0.isSecret == true && credentials[$0.key] != nil }
                let index = state.addAccess(
                    method: method, credentials: credentials, savePIN: savePIN, consent: input.body.consent, now: now)
                return state.accesses[index].access
            })
    }

    /// `GET /rest/accesses`.
    public func listProviderAccesses(_ input: Operations.ListProviderAccesses.Input) async throws
        -> Operations.ListProviderAccesses.Output
    {
        .ok(try withUser { state, _ in state.accesses.map(\.access) })
    }

    /// `GET /rest/accesses/{access-id}`.
    public func getProviderAccess(_ input: Operations.GetProviderAccess.Input) async throws
        -> Operations.GetProviderAccess.Output
    {
        try withUser { state, _ in
            guard let index = state.accessIndex(input.accessID) else {
                return .notFound(SandboxError.notFound("Provider access"))
            }
            return .ok(state.accesses[index].access)
        }
    }

    /// `POST /rest/accesses/{access-id}/remove_pin`: forgets the saved secrets.
    public func removePINFromProviderAccess(_ input: Operations.RemovePINFromProviderAccess.Input) async throws
        -> Operations.RemovePINFromProviderAccess.Output
    {
        try withUser { state, _ in
            guard let index = state.accessIndex(input.accessID) else {
                return .notFound(SandboxError.notFound("Provider access"))
            }
            state.forgetSecrets(access: index)
            return .ok(state.accesses[index].access)
        }
    }

    /// `POST /rest/accesses/{access-id}/syncs`: checks the credentials (given now or saved) and starts the
    /// access method's authentication flow; a wrong PIN fails the synchronization, as a bank would.
    public func createSync(_ input: Operations.CreateSync.Input) async throws -> Operations.CreateSync.Output {
        let given: [String: String]
        switch Self.credentials(input.body?.credentials) {
        case .success(let credentials): given = credentials
        case .failure(let problem): return .badRequest(problem.body)
        }
        let redirectBase = bank.redirectBase
        return try withUser { state, now in
            guard let index = state.accessIndex(input.accessID) else {
                // The spec documents no 404 here; an unknown access is a bad access-id.
                return .badRequest(SandboxError.invalid("access-id", "no provider access with this ID"))
            }
            if state.accesses[index].synchronizations.contains(where: { $0.isRunning || $0.status == .awaitAuth }) {
                return .badRequest(
                    SandboxError.model(._1008, "A synchronization of this access is in progress already"))
            }
            let access = state.accesses[index]
            let credentials = access.credentials.merging(given) { $1 }
            let secrets = (access.method.method.credentials ?? []).filter { $0.isSecret == true }
            if let missing = secrets.first(where: { credentials[$0.key] == nil }) {
                return .badRequest(
                    SandboxError.invalid("credentials", "'\(missing.key)' (\(missing.label)) is required"))
            }
            let process: ScaProcess
            if Self.acceptsLogin(credentials, provider: access.method.provider) {
                process = ScaProcess(
                    flow: access.method.flow, authMethods: DemoCatalog.authMethods, configuration: bank.configuration,
                    redirectBase: redirectBase, now: now)
            } else {
                process = ScaProcess(
                    failedWith: SandboxError.model(._10001, "PIN is invalid").error, flow: access.method.flow, now: now)
            }
            if input.body?.saveSecrets == true {
                state.accesses[index].credentials = credentials
                state.accesses[index].access.savePIN = true
            }
            state.accesses[index].synchronizations.append(process)
            return .created(process.synchronization)
        }
    }

    /// `GET /rest/accesses/{access-id}/syncs/{sync-id}`.
    public func getSyncStatus(_ input: Operations.GetSyncStatus.Input) async throws -> Operations.GetSyncStatus.Output {
        try withUser { state, _ in
            guard let index = state.accessIndex(input.accessID),
                let process = state.accesses[index].synchronizations.first(where: { $0.id == input.syncID })
            else { return .notFound(SandboxError.notFound("Synchronization")) }
            return .ok(process.synchronization)
        }
    }

    /// `GET /rest/accesses/{access-id}/syncs/{sync-id}/challenges`: every challenge the synchronization issued.
    public func listSyncChallenges(_ input: Operations.ListSyncChallenges.Input) async throws
        -> Operations.ListSyncChallenges.Output
    {
        try withUser { state, _ in
            guard let process = state.synchronization(access: input.accessID, id: input.syncID) else {
                // No 404 is documented for challenges; unknown IDs are bad path parameters.
                return .badRequest(SandboxError.invalid("sync-id", "no synchronization with this ID"))
            }
            return .ok(process.challenges)
        }
    }

    /// `GET /rest/accesses/{access-id}/syncs/{sync-id}/challenges/{challenge-id}`.
    public func getSyncChallenge(_ input: Operations.GetSyncChallenge.Input) async throws
        -> Operations.GetSyncChallenge.Output
    {
        try withUser { state, _ in
            guard let process = state.synchronization(access: input.accessID, id: input.syncID) else {
                return .badRequest(SandboxError.invalid("sync-id", "no synchronization with this ID"))
            }
            guard let challenge = process.challenges.first(where: { $0.id == input.challengeID }) else {
                return .badRequest(SandboxError.invalid("challenge-id", "no challenge with this ID"))
            }
            return .ok(challenge)
        }
    }

    /// `POST .../challenges/{challenge-id}/response`: each challenge can be answered once (409 after).
    public func solveSyncChallenge(_ input: Operations.SolveSyncChallenge.Input) async throws
        -> Operations.SolveSyncChallenge.Output
    {
        try withUser { state, now in
            guard let index = state.accessIndex(input.accessID),
                let sync = state.accesses[index].synchronizations.firstIndex(where: { $0.id == input.syncID })
            else { return .badRequest(SandboxError.invalid("sync-id", "no synchronization with this ID")) }
            let response = input.body.map(SolveChallengeRequest.init)
            switch state.accesses[index].synchronizations[sync].solve(
                challengeID: input.challengeID, response: response, now: now)
            {
            case .accepted: return .accepted
            case .unknownChallenge:
                return .badRequest(SandboxError.invalid("challenge-id", "no challenge with this ID"))
            case .alreadyAnswered: return .conflict(SandboxError.challengeAnswered)
            case .invalid(let field, let problem): return .badRequest(SandboxError.invalid(field, problem))
            }
        }
    }

    /// `GET /rest/banks/{bank-id}`.
    public func getBank(_ input: Operations.GetBank.Input) async throws -> Operations.GetBank.Output {
        try withUser { state, _ in
            guard let bank = state.banks.first(where: { $0.bankID == input.bankID }) else {
                return .notFound(SandboxError.notFound("Bank"))
            }
            return .ok(bank)
        }
    }

    /// `PUT /rest/banks/{bank-id}`.
    public func updateBank(_ input: Operations.UpdateBank.Input) async throws -> Operations.UpdateBank.Output {
        try withUser { state, _ in
            guard let index = state.banks.firstIndex(where: { $0.bankID == input.bankID }) else {
                return .notFound(SandboxError.notFound("Bank"))
            }
            if let creditorID = input.body.sepaCreditorID { state.banks[index].sepaCreditorID = creditorID }
            return .ok(state.banks[index])
        }
    }

    /// `POST /rest/banks/{bank-id}/remove_pin`: forgets the saved secrets of the bank's accesses.
    public func removeBankPIN(_ input: Operations.RemoveBankPIN.Input) async throws -> Operations.RemoveBankPIN.Output {
        try withUser { state, _ in
            guard let index = state.banks.firstIndex(where: { $0.bankID == input.bankID }) else {
                return .notFound(SandboxError.notFound("Bank"))
            }
            for access in state.accesses.indices where state.accesses[access].bankID == input.bankID {
                state.forgetSecrets(access: access)
            }
            state.banks[index].savePIN = false
            return .ok(state.banks[index])
        }
    }

    /// Plain credentials as given; JWE-encrypted ones are refused (the sandbox has no key to decrypt them).
    static func credentials(_ input: CredentialsInput?) -> Result<[String: String], InvalidRequest> {
        switch input {
        case nil: .success([:])
        case .credentials(let fields)?: .success(fields)
        case .credentialsJWE?:
            .failure(
                InvalidRequest(
                    body: SandboxError.invalid("credentials", "the sandbox does not decrypt JWE; send them in plain")))
        }
    }

    /// Whether the demo provider accepts the login: the demo bank's login `demo` (or its account number) and PIN
    /// `demo`; PayPal any email with password `demo`.
    static func acceptsLogin(_ credentials: [String: String], provider: DemoCatalog.Provider) -> Bool {
        switch provider {
        case .demobank:
            ["demo", "4711951500"].contains(credentials["account_number"] ?? "")
                && credentials["pin"] == DemoCatalog.demoPIN
        case .paypal:
            credentials["password"] == DemoCatalog.demoPIN
        }
    }
}

extension SolveChallengeRequest {
    /// The same answer, given to a synchronization's challenge.
    init(_ answer: SolveSyncChallengeRequest) {
        switch answer {
        case .authMethodSelectResponse(let value): self = .authMethodSelectResponse(value)
        case .challengeResponse(let value): self = .challengeResponse(value)
        case .challengeResponseJWE(let value): self = .challengeResponseJWE(value)
        }
    }
}

extension UserState {
    /// The synchronization `id` of access `accessID`.
    func synchronization(access accessID: UUID, id: UUID) -> ScaProcess? {
        accessIndex(accessID).flatMap { accesses[$0].synchronizations.first { $0.id == id } }
    }

    /// Drops the saved secret credentials of access `index`.
    mutating func forgetSecrets(access index: Int) {
        let secrets = (accesses[index].method.method.credentials ?? []).filter { $0.isSecret == true }.map(\.key)
        for key in secrets { accesses[index].credentials[key] = nil }
        accesses[index].access.savePIN = false
        for account in accounts.indices where accounts[account].accessID == accesses[index].access.id {
            accounts[account].account.savePIN = false
        }
    }
}
