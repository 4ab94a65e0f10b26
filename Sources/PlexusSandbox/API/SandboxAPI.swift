public import Foundation
public import PlexusAPI
import PlexusRuntime
import Synchronization

/// The Plexus API implemented on the generated server stubs (`APIProtocol`) over a `SandboxBank`.
///
/// Every handler reads the caller from `SandboxSession.current` (bound by `SandboxAuthentication`), works on that
/// user's state under its lock, and answers with the documented responses only; notifications a change triggers are
/// delivered afterwards through the generated `CallbackSender`.
public struct SandboxAPI: APIProtocol {
    /// The state the handlers work on.
    public let bank: SandboxBank

    /// The API over `bank`.
    public init(bank: SandboxBank) {
        self.bank = bank
    }

    /// Runs `body` on the calling user's state (moved on to now), then delivers the notifications due.
    func withUser<Result>(_ body: (inout UserState, Date) throws -> Result) throws -> Result {
        let space = try SandboxSession.user()
        let (result, deliveries) = try space.update(body)
        bank.delivery.deliver(deliveries)
        return result
    }

    /// `count` and `offset` as the spec bounds them (1...1000, >= 0), or the 400 body naming the wrong one.
    static func page(count: Int?, offset: Int?) -> Result<(count: Int, offset: Int), InvalidRequest> {
        let count = count ?? 1000
        let offset = offset ?? 0
        guard (1...1000).contains(count) else {
            return .failure(InvalidRequest(body: SandboxError.invalid("count", "must be between 1 and 1000")))
        }
        guard offset >= 0 else {
            return .failure(InvalidRequest(body: SandboxError.invalid("offset", "must be 0 or more")))
        }
        return .success((count, offset))
    }

    /// A parameter or body field the handler refuses, with the 400 body naming it.
    struct InvalidRequest: Error {
        var body: ErrorModel
    }

    /// The account IDs of an `accounts` filter, or the 400 body for one that is not a plexus account ID.
    static func accountFilter(_ accounts: [AccountID]?) -> ErrorModel? {
        guard let invalid = accounts?.first(where: { !isAccountID($0) }) else { return nil }
        return SandboxError.invalid("accounts", "'\(invalid)' is not an account ID like A1.1")
    }

    /// Whether `text` has the spec's account ID pattern `^A[1-9]\d*\.[1-9]\d*$`.
    static func isAccountID(_ text: String) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].first == "A" else { return false }
        func positive<S: StringProtocol>(_ digits: S) -> Bool {
            guard let first = digits.first, first != "0" else { return false }
            return digits.allSatisfy { $0.isASCII && $0.isNumber }
        }
        return positive(parts[0].dropFirst()) && positive(parts[1])
    }
}

extension Decimal {
    /// The amount in cents, for `cents=true`.
    var inCents: Decimal {
        var value = self * 100
        var rounded = Decimal()
        NSDecimalRound(&rounded, &value, 0, .plain)
        return rounded
    }
}
