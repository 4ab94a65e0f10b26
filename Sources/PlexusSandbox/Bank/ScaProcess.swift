import Foundation
import PlexusAPI

/// A synchronization or a payment initiation moving through its states: `AWAIT_AUTH` while the customer solves the
/// bank's challenges (choose an authentication method, then enter the TAN; or return from a redirect; or approve in
/// the banking app), `RUNNING` for the configured run time, then `COMPLETED` (or `FAILED` with the bank's error).
///
/// Time moves lazily: `advance(now:)` moves the process to where it is at `now`, so nothing runs in the background.
struct ScaProcess: Sendable {
    let id: UUID
    let flow: CustomerAuthenticationFlow
    private(set) var status: SynchronizationState
    private(set) var challenges: [Challenge] = []
    private(set) var answered: Set<UUID> = []
    private(set) var error: ErrorDetail?
    let createdAt: Date
    private(set) var startedAt: Date?
    private(set) var endedAt: Date?
    private(set) var runsUntil: Date?
    private(set) var approvalAt: Date?
    let authMethods: [AuthMethod]
    let runDuration: TimeInterval

    /// The TAN the demo bank accepts for every transaction.
    static let tan = "111111"

    /// A process for `flow` started at `now`: waiting for the first challenge, or running at once for one-factor
    /// flows.
    init(
        flow: CustomerAuthenticationFlow, authMethods: [AuthMethod], configuration: SandboxConfiguration,
        redirectBase: URL, now: Date
    ) {
        id = UUID()
        self.flow = flow
        self.authMethods = authMethods
        createdAt = now
        runDuration = configuration.runDuration.timeInterval
        status = .queued
        switch flow {
        case .embedded2Fa:
            status = .awaitAuth
            challenges = [
                .authMethodSelectChallenge(
                    AuthMethodSelectChallenge(
                        id: UUID(), type: .authMethodSelection, createdAt: now, authMethods: authMethods))
            ]
        case .redirect:
            status = .awaitAuth
            let challengeID = UUID()
            challenges = [
                .redirectChallenge(
                    RedirectChallenge(
                        id: challengeID, type: .redirect, createdAt: now,
                        location: redirectBase.appendingPathComponent(challengeID.uuidString.lowercased())))
            ]
        case .decoupled:
            status = .awaitAuth
            approvalAt = now.addingTimeInterval(configuration.decoupledApprovalDelay.timeInterval)
            challenges = [
                .decoupledChallenge(
                    DecoupledChallenge(
                        id: UUID(), type: .decoupled, createdAt: now,
                        message: "Please confirm the login in your Demobank app."))
            ]
        default:
            run(from: now)
        }
    }

    /// A process that failed at once with the bank's `error` (a wrong PIN, say).
    init(failedWith error: ErrorDetail, flow: CustomerAuthenticationFlow, now: Date) {
        id = UUID()
        self.flow = flow
        authMethods = []
        runDuration = 0
        createdAt = now
        startedAt = now
        endedAt = now
        status = .failed
        self.error = error
    }

    /// The challenge waiting for an answer, if any.
    var openChallenge: Challenge? {
        guard status == .awaitAuth, let last = challenges.last, !answered.contains(last.id) else { return nil }
        return last
    }

    /// Whether the process still runs (resources it touches answer 423).
    var isRunning: Bool { status == .running || status == .queued }

    /// Seconds until the run ends, rounded up, for `Retry-After`.
    func secondsLeft(now: Date) -> Int {
        guard let runsUntil else { return 1 }
        return max(1, Int(runsUntil.timeIntervalSince(now).rounded(.up)))
    }

    /// Moves the process on to `now`; returns whether it completed in this step (so its effect is applied once).
    mutating func advance(now: Date) -> Bool {
        if status == .awaitAuth, let approvalAt, now >= approvalAt, let open = openChallenge {
            answered.insert(open.id)
            run(from: approvalAt)
        }
        if status == .running, let runsUntil, now >= runsUntil {
            status = .completed
            endedAt = runsUntil
            return true
        }
        return false
    }

    /// What answering a challenge did.
    enum Answer: Equatable {
        case accepted
        /// The challenge is not this process's.
        case unknownChallenge
        /// The challenge was answered before, or the process is not waiting for it.
        case alreadyAnswered
        /// The answer does not fit the challenge (400).
        case invalid(field: String, problem: String)
    }

    /// Answers challenge `challengeID` with `response` at `now`.
    mutating func solve(challengeID: UUID, response: SolveChallengeRequest?, now: Date) -> Answer {
        _ = advance(now: now)
        guard challenges.contains(where: { $0.id == challengeID }) else { return .unknownChallenge }
        guard let open = openChallenge, open.id == challengeID else { return .alreadyAnswered }
        switch (open, response) {
        case (.authMethodSelectChallenge, .authMethodSelectResponse(let selection)?):
            guard authMethods.contains(where: { $0.id == selection.methodID }) else {
                return .invalid(field: "method_id", problem: "not one of the challenge's auth_methods")
            }
            answered.insert(open.id)
            challenges.append(
                .embeddedChallenge(
                    EmbeddedChallenge(
                        id: UUID(), type: .embedded, createdAt: now, format: .text,
                        data: "Please enter the TAN for the demo bank (\(Self.tan)).", label: "TAN",
                        inputFormat: "numeric", minLength: 6, maxLength: 6)))
        case (.authMethodSelectChallenge, _):
            return .invalid(field: "method_id", problem: "an auth method selection needs a method_id")
        case (.embeddedChallenge, .challengeResponse(let answer)?):
            answered.insert(open.id)
            if answer.value == Self.tan {
                run(from: now)
            } else {
                fail(SandboxError.model(._10004, "TAN is invalid").error, now: now)
            }
        case (.embeddedChallenge, .challengeResponseJWE?):
            return .invalid(field: "type", problem: "the sandbox does not decrypt JWE; send the TAN as value")
        case (.embeddedChallenge, _):
            return .invalid(field: "value", problem: "an embedded challenge needs the TAN as value")
        case (.redirectChallenge, _), (.decoupledChallenge, _):
            // The call stands for the customer coming back from the bank's page or approving in the app.
            answered.insert(open.id)
            run(from: now)
        }
        return .accepted
    }

    /// Marks the redirect challenge `challengeID` as completed by the customer (the sandbox's SCA page).
    mutating func completeRedirect(challengeID: UUID, now: Date) -> Bool {
        guard let open = openChallenge, open.id == challengeID, case .redirectChallenge = open else { return false }
        answered.insert(open.id)
        run(from: now)
        return true
    }

    /// The process as the spec's `Synchronization`.
    var synchronization: Synchronization {
        Synchronization(
            id: id, status: status, challenge: openChallenge, error: error, createdAt: createdAt,
            startedAt: startedAt, endedAt: endedAt)
    }

    /// The process as the spec's `PaymentInitiation`.
    var initiation: PaymentInitiation {
        PaymentInitiation(
            id: id, status: status, challenge: openChallenge, error: error, createdAt: createdAt,
            startedAt: startedAt, endedAt: endedAt)
    }

    private mutating func run(from start: Date) {
        status = .running
        startedAt = startedAt ?? createdAt
        runsUntil = start.addingTimeInterval(runDuration)
    }

    private mutating func fail(_ detail: ErrorDetail, now: Date) {
        status = .failed
        error = detail
        endedAt = now
    }
}

extension Challenge {
    /// The challenge's ID, whichever kind it is.
    var id: UUID {
        switch self {
        case .authMethodSelectChallenge(let challenge): challenge.id
        case .embeddedChallenge(let challenge): challenge.id
        case .redirectChallenge(let challenge): challenge.id
        case .decoupledChallenge(let challenge): challenge.id
        }
    }
}
