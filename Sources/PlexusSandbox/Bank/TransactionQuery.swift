import Foundation
import PlexusAPI
import PlexusRuntime

/// The transaction list parameters, checked once: accounts, a `key:value` filter (`date`, `person`, `purpose`,
/// `amount`, matched as wildcards), the synchronization, paging, order, `since` (a transaction ID, exclusive, or an
/// ISO date compared with the date `since_type` names, inclusive), `until` (booking date, inclusive), types, pending
/// transactions (always the complete set, regardless of `since`), statistics and cents.
struct TransactionQuery: Sendable {
    var accounts: [String]?
    var filter: (key: Key, pattern: String)?
    var synchronization: UUID?
    var count: Int
    var offset: Int
    var ascending: Bool
    var since: Since?
    var until: String?
    var sinceType: TransactionSinceTypeQuery
    var types: Set<String>?
    var includePending: Bool
    var includeStatistics: Bool
    var cents: Bool

    /// The keys of the `filter` parameter.
    enum Key: String, Sendable {
        case date
        case person
        case purpose
        case amount
    }

    /// Where `since` starts.
    enum Since: Sendable {
        case transaction(String)
        case day(String)
    }

    /// The query, or the 400 body naming the parameter that is wrong.
    static func make(
        accounts: [String]?, filter: String?, synchronization: UUID?, count: Int?, offset: Int?, sort: SortQuery?,
        since: String?, until: OpenAPIDate?, sinceType: TransactionSinceTypeQuery?, types: [TransactionType]?,
        includePending: Bool?, includeStatistics: Bool?, cents: Bool?
    ) -> Result<TransactionQuery, SandboxAPI.InvalidRequest> {
        func invalid(_ field: String, _ problem: String) -> Result<TransactionQuery, SandboxAPI.InvalidRequest> {
            .failure(SandboxAPI.InvalidRequest(body: SandboxError.invalid(field, problem)))
        }
        let page: (count: Int, offset: Int)
        switch SandboxAPI.page(count: count, offset: offset) {
        case .success(let valid): page = valid
        case .failure(let problem): return .failure(SandboxAPI.InvalidRequest(body: problem.body))
        }
        var parsedFilter: (Key, String)?
        if let filter, !filter.isEmpty {
            let parts = filter.split(separator: ":", maxSplits: 1)
            guard parts.count == 2, let key = Key(rawValue: String(parts[0])) else {
                return invalid("filter", "expected key:value with key date, person, purpose or amount")
            }
            parsedFilter = (key, String(parts[1]))
        }
        var parsedSince: Since?
        if let since {
            if OpenAPIDate(since) != nil {
                parsedSince = .day(since)
            } else if since.hasPrefix("T"), Int(since.dropFirst()) != nil {
                parsedSince = .transaction(since)
            } else {
                return invalid("since", "neither a transaction ID nor an ISO date")
            }
        }
        return .success(
            TransactionQuery(
                accounts: accounts, filter: parsedFilter, synchronization: synchronization, count: page.count,
                offset: page.offset, ascending: sort == .asc, since: parsedSince, until: until?.description,
                sinceType: sinceType ?? .created, types: types.map { Set($0.map(\.rawValue)) },
                includePending: includePending ?? false, includeStatistics: includeStatistics ?? false,
                cents: cents ?? false))
    }

    /// The transactions of `state` this query selects, with statistics when asked for.
    func run(on state: UserState) -> TransactionList {
        var records = state.transactions.filter { record in
            let transaction = record.transaction
            if let accounts, !accounts.contains(transaction.accountID) { return false }
            if let synchronization, record.synchronizationID != synchronization { return false }
            if let types, !types.contains(transaction.type?.rawValue ?? "Unknown") { return false }
            if !transaction.booked { return includePending }
            if let until, let booked = transaction.bookedAt, booked.description > until { return false }
            if let filter, !Self.matches(transaction, key: filter.key, pattern: filter.pattern) { return false }
            switch since {
            case .transaction(let id)?:
                guard let start = state.transactions.first(where: { $0.transaction.transactionID == id }) else {
                    return true
                }
                return record.sequence > start.sequence
            case .day(let day)?:
                return (date(of: transaction) ?? "") >= day
            case nil:
                return true
            }
        }
        records.sort { left, right in
            let leftKey = (left.transaction.bookedAt?.description ?? "9999", left.sequence)
            let rightKey = (right.transaction.bookedAt?.description ?? "9999", right.sequence)
            return ascending ? leftKey < rightKey : leftKey > rightKey
        }
        let transactions = records.map { $0.transaction.inCents(cents) }
        let page = Array(transactions.dropFirst(offset).prefix(count))
        return TransactionList(
            transactions: page, deleted: [], status: state.lastSync,
            statistics: includeStatistics ? Self.statistics(transactions) : nil)
    }

    private func date(of transaction: Transaction) -> String? {
        switch sinceType {
        case .booked: transaction.bookedAt?.description
        case .modified: transaction.modifiedAt.map { OpenAPIDate($0).description }
        default: transaction.createdAt.map { OpenAPIDate($0).description }
        }
    }

    /// Whether `pattern` (`*` any run, `?` one character, anything else literal, case-insensitive) occurs in the
    /// transaction's field `key`.
    static func matches(_ transaction: Transaction, key: Key, pattern: String) -> Bool {
        let text: String
        switch key {
        case .date: text = transaction.bookedAt?.description ?? ""
        case .person: text = transaction.name ?? ""
        case .purpose: text = transaction.purpose ?? ""
        case .amount: text = "\(transaction.amount)"
        }
        return Wildcard(pattern).occurs(in: text)
    }

    static func statistics(_ transactions: [Transaction]) -> TransactionStatistics {
        let deposits = transactions.map(\.amount).filter { $0 > 0 }
        let expenses = transactions.map(\.amount).filter { $0 < 0 }
        return TransactionStatistics(
            depositSum: deposits.reduce(0, +), depositMax: deposits.max() ?? 0, expenseSum: expenses.reduce(0, +),
            expenseMax: expenses.min() ?? 0)
    }
}

/// A wildcard pattern: `*` matches any run of characters, `?` one; matched case-insensitively anywhere in a text.
struct Wildcard: Sendable {
    let pattern: [Character]

    init(_ pattern: String) {
        self.pattern = Array(pattern.lowercased())
    }

    /// Whether the pattern matches some part of `text`.
    func occurs(in text: String) -> Bool {
        let characters = Array(text.lowercased())
        // Implicit `*` on both sides; classic two-pointer glob matching with backtracking to the last star.
        let full: [Character] = ["*"] + pattern + ["*"]
        var (p, t, star, mark) = (0, 0, -1, 0)
        while t < characters.count {
            if p < full.count, full[p] == "?" || (full[p] != "*" && full[p] == characters[t]) {
                p += 1
                t += 1
            } else if p < full.count, full[p] == "*" {
                star = p
                mark = t
                p += 1
            } else if star >= 0 {
                p = star + 1
                mark += 1
                t = mark
            } else {
                return false
            }
        }
        while p < full.count, full[p] == "*" { p += 1 }
        return p == full.count
    }
}
