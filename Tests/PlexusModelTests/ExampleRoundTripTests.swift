import Foundation
import PlexusAPI
import PlexusRuntime
import Testing

/// Every `example` of openapi.yaml whose schema is a named type decodes into the generated type and re-encodes to
/// an equal JSON value (date-times compared as instants, numbers as decimals).
@Suite struct ExampleRoundTripTests {
    struct Example: Decodable, CustomStringConvertible, Sendable {
        var schema: String
        var pointer: String
        var example: JSONValue
        var description: String { pointer }
    }

    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/examples.json")

    static func examples() -> [Example] {
        guard let data = try? Data(contentsOf: fixture) else { return [] }
        return (try? JSONDecoder().decode([Example].self, from: data)) ?? []
    }

    /// The generated type of each schema, by component name.
    static func checks() -> [String: (Data) throws -> Data] {
        [
            "AccessMethod": RoundTrip.check(AccessMethod.self),
            "AccessMethodType": RoundTrip.check(AccessMethodType.self),
            "AccessToken": RoundTrip.check(AccessToken.self),
            "Account": RoundTrip.check(Account.self),
            "AccountBalance": RoundTrip.check(AccountBalance.self),
            "AccountID": RoundTrip.check(AccountID.self),
            "AccountIdentifier": RoundTrip.check(AccountIdentifier.self),
            "AccountList": RoundTrip.check(AccountList.self),
            "AccountType": RoundTrip.check(AccountType.self),
            "AuthMethod": RoundTrip.check(AuthMethod.self),
            "AuthMethodSelectChallenge": RoundTrip.check(AuthMethodSelectChallenge.self),
            "AuthMethodSelectResponse": RoundTrip.check(AuthMethodSelectResponse.self),
            "AuthorizationCodeRequest": RoundTrip.check(AuthorizationCodeRequest.self),
            "Bank": RoundTrip.check(Bank.self),
            "Catalog": RoundTrip.check(Catalog.self),
            "CatalogBank": RoundTrip.check(CatalogBank.self),
            "CatalogService": RoundTrip.check(CatalogService.self),
            "Category": RoundTrip.check(Category.self),
            "Challenge": RoundTrip.check(Challenge.self),
            "ChallengeBase": RoundTrip.check(ChallengeBase.self),
            "ChallengeList": RoundTrip.check(ChallengeList.self),
            "ChallengeResponse": RoundTrip.check(ChallengeResponse.self),
            "ChallengeResponseJWE": RoundTrip.check(ChallengeResponseJWE.self),
            "ChallengeType": RoundTrip.check(ChallengeType.self),
            "Consent": RoundTrip.check(Consent.self),
            "ConsentScope": RoundTrip.check(ConsentScope.self),
            "CountryCode": RoundTrip.check(CountryCode.self),
            "CredentialField": RoundTrip.check(CredentialField.self),
            "Credentials": RoundTrip.check(Credentials.self),
            "CredentialsJWE": RoundTrip.check(CredentialsJWE.self),
            "Currency": RoundTrip.check(Currency.self),
            "CustomerAuthenticationFlow": RoundTrip.check(CustomerAuthenticationFlow.self),
            "DecoupledChallenge": RoundTrip.check(DecoupledChallenge.self),
            "EmbeddedChallenge": RoundTrip.check(EmbeddedChallenge.self),
            "Error": RoundTrip.check(ErrorModel.self),
            "ErrorCode": RoundTrip.check(ErrorCode.self),
            "ErrorDetail": RoundTrip.check(ErrorDetail.self),
            "ErrorGroup": RoundTrip.check(ErrorGroup.self),
            "Icon": RoundTrip.check(Icon.self),
            "Language": RoundTrip.check(Language.self),
            "LanguageCode": RoundTrip.check(LanguageCode.self),
            "Notification": RoundTrip.check(PlexusAPI.Notification.self),
            "NotificationInput": RoundTrip.check(NotificationInput.self),
            "NotificationList": RoundTrip.check(NotificationList.self),
            "Payment": RoundTrip.check(Payment.self),
            "PaymentInitiation": RoundTrip.check(PaymentInitiation.self),
            "PaymentInput": RoundTrip.check(PaymentInput.self),
            "PaymentList": RoundTrip.check(PaymentList.self),
            "PaymentParameters": RoundTrip.check(PaymentParameters.self),
            "PaymentType": RoundTrip.check(PaymentType.self),
            "ProviderAccess": RoundTrip.check(ProviderAccess.self),
            "ProviderAccessList": RoundTrip.check(ProviderAccessList.self),
            "RedirectChallenge": RoundTrip.check(RedirectChallenge.self),
            "RefreshTokenRequest": RoundTrip.check(RefreshTokenRequest.self),
            "Security": RoundTrip.check(Security.self),
            "SecurityList": RoundTrip.check(SecurityList.self),
            "StandingOrder": RoundTrip.check(StandingOrder.self),
            "StandingOrderInterval": RoundTrip.check(StandingOrderInterval.self),
            "StandingOrderList": RoundTrip.check(StandingOrderList.self),
            "SyncScope": RoundTrip.check(SyncScope.self),
            "SyncStatus": RoundTrip.check(SyncStatus.self),
            "Synchronization": RoundTrip.check(Synchronization.self),
            "SynchronizationState": RoundTrip.check(SynchronizationState.self),
            "Transaction": RoundTrip.check(Transaction.self),
            "TransactionAdditionalInfo": RoundTrip.check(TransactionAdditionalInfo.self),
            "TransactionList": RoundTrip.check(TransactionList.self),
            "TransactionStatistics": RoundTrip.check(TransactionStatistics.self),
            "TransactionType": RoundTrip.check(TransactionType.self),
            "User": RoundTrip.check(User.self),
            "UserCredentialRequest": RoundTrip.check(UserCredentialRequest.self),
            "Version": RoundTrip.check(Version.self),
        ]
    }

    @Test func fixtureIsCurrent() {
        // scripts/extract-plexus-examples.py writes it; 77 examples when this test was written.
        #expect(Self.examples().count == 77)
    }

    @Test(arguments: examples())
    func exampleRoundTrips(_ example: Example) throws {
        let check = try #require(Self.checks()[example.schema], "no generated type registered for \(example.schema)")
        let original = try JSONEncoder().encode(example.example)
        let reencoded = try check(original)
        let decodedAgain = try JSONDecoder().decode(JSONValue.self, from: reencoded)
        #expect(RoundTrip.normalized(decodedAgain) == RoundTrip.normalized(example.example))
    }
}

enum RoundTrip {
    /// Decodes `data` as `T` and encodes it again.
    static func check<T: Codable>(_ type: T.Type) -> (Data) throws -> Data {
        { data in try JSONEncoder().encode(try JSONDecoder().decode(T.self, from: data)) }
    }

    /// Date-time strings in one canonical form, so `...12.000Z` and `...12Z` compare equal.
    static func normalized(_ value: JSONValue) -> JSONValue {
        switch value {
        case .string(let text):
            if text.count >= 20, let date = DateTimeCoding.date(from: text) {
                return .string(DateTimeCoding.string(from: date))
            }
            return value
        case .array(let items): return .array(items.map(normalized))
        case .object(let members): return .object(members.mapValues(normalized))
        default: return value
        }
    }
}
