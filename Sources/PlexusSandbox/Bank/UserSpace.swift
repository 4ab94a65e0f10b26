import Foundation
import PlexusAPI
import Synchronization

/// One user's state behind a lock of its own: requests of one user are serialized, different users never wait for
/// each other.
final class UserSpace: Sendable {
    let state: Mutex<UserState>
    let configuration: SandboxConfiguration

    init(user: User, password: String, configuration: SandboxConfiguration) {
        state = Mutex(UserState(user: user, password: password))
        self.configuration = configuration
    }

    /// Runs `body` on the state, moved on to now first; returns its result and the notifications now due.
    func update<Result>(_ body: (inout UserState, Date) throws -> Result) rethrows -> (Result, [UserState.Delivery]) {
        try state.withLock { state in
            let now = Date()
            let deliveries = state.advance(now: now)
            return (try body(&state, now), deliveries)
        }
    }

    /// The outcome of a login attempt.
    enum PasswordCheck {
        case accepted
        case wrong
        case blocked
    }

    /// Checks `password`; three wrong ones in a row block the user (the spec's password grant).
    func checkPassword(_ password: String) -> PasswordCheck {
        state.withLock { state in
            if state.failedLogins >= 3 { return .blocked }
            guard state.password == password else {
                state.failedLogins += 1
                return .wrong
            }
            state.failedLogins = 0
            return .accepted
        }
    }

    /// Gives the demo user the demo bank's FinTS access, synchronized, with its PIN saved.
    func seedDemoAccess() {
        state.withLock { state in
            guard let method = DemoCatalog.method(DemoCatalog.finTSMethodID) else { return }
            let now = Date()
            let index = state.addAccess(
                method: method, credentials: ["account_number": DemoCatalog.demoLogin, "pin": DemoCatalog.demoPIN],
                savePIN: true, consent: nil, now: now)
            var process = ScaProcess(
                flow: .embedded1Fa, authMethods: [], configuration: configuration,
                redirectBase: URL(fileURLWithPath: "/"),
                now: now.addingTimeInterval(-configuration.runDuration.timeInterval))
            _ = process.advance(now: now)
            state.accesses[index].synchronizations.append(process)
            _ = state.completeSynchronization(access: index, sync: 0, now: now)
        }
    }
}

extension UserState {
    /// Adds a provider access for `method`; returns its index.
    mutating func addAccess(
        method: DemoCatalog.Method, credentials: [String: String], savePIN: Bool, consent: Consent?, now: Date
    ) -> Int {
        counters.access += 1
        let number = counters.access
        let bankID = "B\(number).1"
        accesses.append(
            AccessRecord(
                access: ProviderAccess(
                    id: UUID(), accessMethodID: method.method.id, consent: consent,
                    authMethods: method.flow == .embedded2Fa ? DemoCatalog.authMethods : nil, savePIN: savePIN,
                    createdAt: now),
                number: number, method: method, bankID: bankID, credentials: credentials))
        banks.append(Bank(bankID: bankID, savePIN: savePIN))
        return accesses.count - 1
    }
}
