import Foundation
import PlexusAPI

/// One user's bank data: provider accesses with their synchronizations, the accounts, transactions, securities and
/// standing orders the synchronizations brought, payments with their initiations, banks and notifications.
struct UserState: Sendable {
    var user: User
    var password: String
    var failedLogins = 0
    var accesses: [AccessRecord] = []
    var accounts: [AccountRecord] = []
    var transactions: [TransactionRecord] = []
    var securities: [Security] = []
    var standingOrders: [StandingOrder] = []
    var payments: [PaymentRecord] = []
    var notifications: [PlexusAPI.Notification] = []
    var banks: [Bank] = []
    var lastSync: SyncStatus?
    /// Counters for the plexus-style IDs (`A1.1`, `N1.3`, ...).
    var counters = Counters()

    struct Counters: Sendable {
        var access = 0
        var transaction = 0
        var payment = 0
        var notification = 0
        var standingOrder = 0
        var security = 0
    }

    /// A provider access and its synchronizations.
    struct AccessRecord: Sendable {
        var access: ProviderAccess
        var number: Int
        var method: DemoCatalog.Method
        var bankID: String
        /// The credentials the sandbox keeps: the public ones, and the secret ones when they were saved.
        var credentials: [String: String]
        var synchronizations: [ScaProcess] = []
        var everSynchronized = false
    }

    /// An account and the access it came from.
    struct AccountRecord: Sendable {
        var account: Account
        var accessID: UUID
    }

    /// A transaction, the synchronization that brought it, and its place in creation order (for `since`).
    struct TransactionRecord: Sendable {
        var transaction: Transaction
        var synchronizationID: UUID?
        var sequence: Int
    }

    /// A payment and its initiations (the last one counts).
    struct PaymentRecord: Sendable {
        var payment: Payment
        var initiations: [ScaProcess] = []
    }

    /// Moves every running process on to `now`, applying what completed ones bring; returns the notifications due.
    mutating func advance(now: Date) -> [Delivery] {
        var deliveries: [Delivery] = []
        for index in accesses.indices {
            for sync in accesses[index].synchronizations.indices
            where accesses[index].synchronizations[sync].advance(now: now) {
                deliveries += completeSynchronization(access: index, sync: sync, now: now)
            }
        }
        for index in payments.indices {
            for initiation in payments[index].initiations.indices
            where payments[index].initiations[initiation].advance(now: now) {
                deliveries += executePayment(index, now: now)
            }
        }
        return deliveries
    }

    /// The running process that keeps `accountID` busy, if any: a synchronization of its access, or an initiation of
    /// one of its payments.
    func busyProcess(account accountID: String) -> ScaProcess? {
        guard let record = accounts.first(where: { $0.account.accountID == accountID }) else { return nil }
        if let access = accesses.first(where: { $0.access.id == record.accessID }),
            let running = access.synchronizations.first(where: \.isRunning)
        {
            return running
        }
        return payments.filter { $0.payment.accountID == accountID }.flatMap(\.initiations).first(where: \.isRunning)
    }

    /// The running process keeping any of `accountIDs` (all accounts when `nil`) busy.
    func busyProcess(accounts accountIDs: [String]?) -> ScaProcess? {
        let ids = accountIDs ?? accounts.map(\.account.accountID)
        return ids.lazy.compactMap { busyProcess(account: $0) }.first
    }

    /// The account with `accountID`.
    func account(_ accountID: String) -> Account? {
        accounts.first { $0.account.accountID == accountID }?.account
    }

    /// Index of the access with `id`.
    func accessIndex(_ id: UUID) -> Int? {
        accesses.firstIndex { $0.access.id == id }
    }

    /// A notification due to be delivered.
    struct Delivery: Sendable {
        var notification: PlexusAPI.Notification
    }

    /// The notifications whose observe key watches `path` (`/rest/transactions`, `/rest/accounts/A1.1/balance`):
    /// their key's path part equals it.
    func notifications(observing path: String) -> [Delivery] {
        notifications.filter { notification in
            let key = notification.observeKey
            let keyPath = key.split(separator: "?", maxSplits: 1).first.map(String.init) ?? key
            return keyPath == path
        }.map { Delivery(notification: $0) }
    }
}

extension UserState {
    /// Completes redirect challenge `challengeID` in whichever synchronization or initiation issued it.
    mutating func completeRedirect(_ challengeID: UUID, now: Date) -> Bool {
        for access in accesses.indices {
            for sync in accesses[access].synchronizations.indices
            where accesses[access].synchronizations[sync].completeRedirect(challengeID: challengeID, now: now) {
                return true
            }
        }
        for payment in payments.indices {
            for initiation in payments[payment].initiations.indices
            where payments[payment].initiations[initiation].completeRedirect(challengeID: challengeID, now: now) {
                return true
            }
        }
        return false
    }
}
