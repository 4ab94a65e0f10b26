import Foundation
public import PlexusAPI
import PlexusRuntime

extension SandboxAPI {
    /// `GET /rest/accounts`.
    public func listAccounts(_ input: Operations.ListAccounts.Input) async throws -> Operations.ListAccounts.Output {
        .ok(AccountList(accounts: try withUser { state, _ in state.accounts.map(\.account) }))
    }

    /// `GET /rest/accounts/{account-id}`.
    public func getAccount(_ input: Operations.GetAccount.Input) async throws -> Operations.GetAccount.Output {
        try withUser { state, _ in
            guard let account = state.account(input.accountID) else {
                return .notFound(SandboxError.notFound("Account"))
            }
            return .ok(input.cents == true ? account.inCents : account)
        }
    }

    /// `DELETE /rest/accounts/{account-id}`: the account and what belongs to it; an access left without accounts
    /// goes too (as the spec says).
    public func deleteAccount(_ input: Operations.DeleteAccount.Input) async throws -> Operations.DeleteAccount.Output {
        try withUser { state, _ in
            guard let index = state.accounts.firstIndex(where: { $0.account.accountID == input.accountID }) else {
                return .notFound(SandboxError.notFound("Account"))
            }
            let accessID = state.accounts.remove(at: index).accessID
            state.transactions.removeAll { $0.transaction.accountID == input.accountID }
            state.securities.removeAll { $0.accountID == input.accountID }
            state.standingOrders.removeAll { $0.accountID == input.accountID }
            state.payments.removeAll { $0.payment.accountID == input.accountID }
            if !state.accounts.contains(where: { $0.accessID == accessID }),
                let access = state.accessIndex(accessID), state.accesses[access].everSynchronized
            {
                let bankID = state.accesses.remove(at: access).bankID
                state.banks.removeAll { $0.bankID == bankID }
            }
            return .noContent
        }
    }

    /// `GET /rest/accounts/{account-id}/balance`.
    public func getAccountBalance(_ input: Operations.GetAccountBalance.Input) async throws
        -> Operations.GetAccountBalance.Output
    {
        try withUser { state, _ in
            guard let account = state.account(input.accountID) else {
                return .notFound(SandboxError.notFound("Account"))
            }
            let balance = account.balance ?? AccountBalance()
            return .ok(input.cents == true ? balance.inCents : balance)
        }
    }

    /// `GET /rest/securities`.
    public func listSecurities(_ input: Operations.ListSecurities.Input) async throws
        -> Operations.ListSecurities.Output
    {
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
            switch state.securities(
                accounts: input.accounts, since: input.since, sinceType: input.sinceType, page: page)
            {
            case .success(let list): return .ok(list)
            case .failure(let problem): return .badRequest(problem.body)
            }
        }
    }

    /// `GET /rest/accounts/{account-id}/securities`.
    public func listSecuritiesOfAccount(_ input: Operations.ListSecuritiesOfAccount.Input) async throws
        -> Operations.ListSecuritiesOfAccount.Output
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
            switch state.securities(
                accounts: [input.accountID], since: input.since, sinceType: input.sinceType, page: page)
            {
            case .success(let list): return .ok(list)
            case .failure(let problem): return .badRequest(problem.body)
            }
        }
    }

    /// `GET /rest/accounts/{account-id}/securities/{security-id}`.
    public func getSecurityOfAccount(_ input: Operations.GetSecurityOfAccount.Input) async throws
        -> Operations.GetSecurityOfAccount.Output
    {
        try withUser { state, now in
            guard state.account(input.accountID) != nil else { return .notFound(SandboxError.notFound("Account")) }
            if let busy = state.busyProcess(account: input.accountID) {
                return .locked(SandboxError.busy, retryAfter: busy.secondsLeft(now: now))
            }
            guard
                let security = state.securities.first(where: {
                    $0.accountID == input.accountID && $0.securityID == input.securityID
                })
            else { return .notFound(SandboxError.notFound("Security")) }
            return .ok(security)
        }
    }

    /// `GET /rest/standing_orders`.
    public func listStandingOrders(_ input: Operations.ListStandingOrders.Input) async throws
        -> Operations.ListStandingOrders.Output
    {
        if let problem = Self.accountFilter(input.accounts) { return .badRequest(problem) }
        return try withUser { state, now in
            if let busy = state.busyProcess(accounts: input.accounts) {
                return .locked(SandboxError.busy, retryAfter: busy.secondsLeft(now: now))
            }
            let orders = state.standingOrders.filter { input.accounts?.contains($0.accountID) ?? true }
            return .ok(
                StandingOrderList(standingOrders: orders.map { $0.inCents(input.cents) }, status: state.lastSync))
        }
    }

    /// `GET /rest/standing_orders/{standing-order-id}`.
    public func getStandingOrder(_ input: Operations.GetStandingOrder.Input) async throws
        -> Operations.GetStandingOrder.Output
    {
        if let problem = Self.accountFilter(input.accounts) { return .badRequest(problem) }
        return try withUser { state, now in
            guard
                let order = state.standingOrders.first(where: {
                    $0.standingOrderID == input.standingOrderID && (input.accounts?.contains($0.accountID) ?? true)
                })
            else { return .notFound(SandboxError.notFound("Standing order")) }
            if let busy = state.busyProcess(account: order.accountID) {
                return .locked(SandboxError.busy, retryAfter: busy.secondsLeft(now: now))
            }
            return .ok(order.inCents(input.cents))
        }
    }

    /// `GET /rest/accounts/{account-id}/standing_orders`.
    public func listStandingOrdersOfAccount(_ input: Operations.ListStandingOrdersOfAccount.Input) async throws
        -> Operations.ListStandingOrdersOfAccount.Output
    {
        try withUser { state, now in
            guard state.account(input.accountID) != nil else { return .notFound(SandboxError.notFound("Account")) }
            if let busy = state.busyProcess(account: input.accountID) {
                return .locked(SandboxError.busy, retryAfter: busy.secondsLeft(now: now))
            }
            let orders = state.standingOrders.filter { $0.accountID == input.accountID }
            return .ok(
                StandingOrderList(standingOrders: orders.map { $0.inCents(input.cents) }, status: state.lastSync))
        }
    }

    /// `GET /rest/accounts/{account-id}/standing_orders/{standing-order-id}`.
    public func getStandingOrderOfAccount(_ input: Operations.GetStandingOrderOfAccount.Input) async throws
        -> Operations.GetStandingOrderOfAccount.Output
    {
        try withUser { state, now in
            guard state.account(input.accountID) != nil else { return .notFound(SandboxError.notFound("Account")) }
            if let busy = state.busyProcess(account: input.accountID) {
                return .locked(SandboxError.busy, retryAfter: busy.secondsLeft(now: now))
            }
            guard
                let order = state.standingOrders.first(where: {
                    $0.accountID == input.accountID && $0.standingOrderID == input.standingOrderID
                })
            else { return .notFound(SandboxError.notFound("Standing order")) }
            return .ok(order)
        }
    }
}

extension UserState {
    /// Securities of `accounts` (all when `nil`) after `since` (a security ID, exclusive, or an ISO date compared
    /// with the date `sinceType` names, inclusive), paged.
    func securities(
        accounts: [String]?, since: String?, sinceType: SecuritySinceTypeQuery?, page: (count: Int, offset: Int)
    ) -> Result<SecurityList, SandboxAPI.InvalidRequest> {
        var selected = securities.filter { accounts?.contains($0.accountID) ?? true }
        if let since {
            if let index = selected.firstIndex(where: { $0.securityID == since }) {
                selected = Array(selected[(index + 1)...])
            } else if let day = OpenAPIDate(since) {
                let start = day.description
                selected = selected.filter { security in
                    let date: Date?
                    switch sinceType ?? .created {
                    case .traded: date = security.tradedAt
                    case .modified: date = security.modifiedAt
                    default: date = security.createdAt
                    }
                    return date.map { OpenAPIDate($0).description >= start } ?? false
                }
            } else {
                return .failure(
                    SandboxAPI.InvalidRequest(
                        body: SandboxError.invalid("since", "neither a security ID nor an ISO date")))
            }
        }
        let paged = Array(selected.dropFirst(page.offset).prefix(page.count))
        return .success(SecurityList(securities: paged, deleted: [], status: lastSync))
    }
}

extension Account {
    /// The account with its balance in cents.
    var inCents: Account {
        var account = self
        account.balance = balance?.inCents
        return account
    }
}

extension AccountBalance {
    /// The balance in cents.
    var inCents: AccountBalance {
        var balance = self
        balance.balance = self.balance?.inCents
        return balance
    }
}

extension StandingOrder {
    /// The order with its amount in cents when `cents` asks for it.
    func inCents(_ cents: Bool?) -> StandingOrder {
        guard cents == true else { return self }
        var order = self
        order.amount = amount.inCents
        order.cents = true
        return order
    }
}
