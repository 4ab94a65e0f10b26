import Foundation
public import PlexusAPI
import PlexusRuntime

extension SandboxAPI {
    /// `GET /rest/transactions`: every filter the spec documents.
    public func listTransactions(_ input: Operations.ListTransactions.Input) async throws
        -> Operations.ListTransactions.Output
    {
        if let problem = Self.accountFilter(input.accounts) { return .badRequest(problem) }
        let query: TransactionQuery
        switch TransactionQuery.make(
            accounts: input.accounts, filter: input.filter, synchronization: input.syncID, count: input.count,
            offset: input.offset, sort: input.sort, since: input.since, until: input.until, sinceType: input.sinceType,
            types: input.types, includePending: input.includePending, includeStatistics: input.includeStatistics,
            cents: input.cents)
        {
        case .success(let valid): query = valid
        case .failure(let problem): return .badRequest(problem.body)
        }
        return .ok(try withUser { state, _ in query.run(on: state) })
    }

    /// `GET /rest/accounts/{account-id}/transactions`: the same filters within one account.
    public func listTransactionsOfAccount(_ input: Operations.ListTransactionsOfAccount.Input) async throws
        -> Operations.ListTransactionsOfAccount.Output
    {
        if let problem = Self.accountFilter(input.accounts) { return .badRequest(problem) }
        let query: TransactionQuery
        switch TransactionQuery.make(
            accounts: [input.accountID].filter { input.accounts?.contains($0) ?? true }, filter: input.filter,
            synchronization: nil, count: input.count, offset: input.offset, sort: input.sort, since: input.since,
            until: input.until, sinceType: input.sinceType, types: input.types, includePending: input.includePending,
            includeStatistics: input.includeStatistics, cents: input.cents)
        {
        case .success(let valid): query = valid
        case .failure(let problem): return .badRequest(problem.body)
        }
        return try withUser { state, now in
            guard state.account(input.accountID) != nil else { return .notFound(SandboxError.notFound("Account")) }
            if let busy = state.busyProcess(account: input.accountID) {
                return .locked(SandboxError.busy, retryAfter: busy.secondsLeft(now: now))
            }
            return .ok(query.run(on: state))
        }
    }

    /// `GET /rest/transactions/{transaction-id}`.
    public func getTransaction(_ input: Operations.GetTransaction.Input) async throws
        -> Operations.GetTransaction.Output
    {
        try withUser { state, now in
            guard let record = state.transactions.first(where: { $0.transaction.transactionID == input.transactionID })
            else { return .notFound(SandboxError.notFound("Transaction")) }
            if let busy = state.busyProcess(account: record.transaction.accountID) {
                return .locked(SandboxError.busy, retryAfter: busy.secondsLeft(now: now))
            }
            return .ok(record.transaction.inCents(input.cents))
        }
    }

    /// `GET /rest/accounts/{account-id}/transactions/{transaction-id}`.
    public func getTransctionOfAccount(_ input: Operations.GetTransctionOfAccount.Input) async throws
        -> Operations.GetTransctionOfAccount.Output
    {
        try withUser { state, now in
            guard state.account(input.accountID) != nil else { return .notFound(SandboxError.notFound("Account")) }
            if let busy = state.busyProcess(account: input.accountID) {
                return .locked(SandboxError.busy, retryAfter: busy.secondsLeft(now: now))
            }
            guard
                let record = state.transactions.first(where: {
                    $0.transaction.accountID == input.accountID && $0.transaction.transactionID == input.transactionID
                })
            else { return .notFound(SandboxError.notFound("Transaction")) }
            return .ok(record.transaction.inCents(input.cents))
        }
    }
}

extension Transaction {
    /// The transaction with its amounts in cents when `cents` asks for it.
    func inCents(_ cents: Bool?) -> Transaction {
        guard cents == true else { return self }
        var transaction = self
        transaction.amount = amount.inCents
        transaction.additionalInfo?.fee = additionalInfo?.fee?.inCents
        transaction.additionalInfo?.grossAmount = additionalInfo?.grossAmount?.inCents
        return transaction
    }
}
