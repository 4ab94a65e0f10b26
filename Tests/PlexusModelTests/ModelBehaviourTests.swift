import Foundation
import PlexusAPI
import PlexusRuntime
import Testing

@Suite struct ModelBehaviourTests {
    func decode<T: Decodable>(_ type: T.Type, _ json: String) throws -> T {
        try JSONDecoder().decode(T.self, from: Data(json.utf8))
    }

    func json<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    @Test func moneyIsExactDecimal() throws {
        let balance = try decode(AccountBalance.self, #"{"balance": 0.1}"#)
        #expect(balance.balance == Decimal(string: "0.1"))
        #expect(try json(balance) == #"{"balance":0.1}"#)
    }

    @Test func unknownEnumValuesSurvive() throws {
        let type = try decode(AccountType.self, #""Brokerage account""#)
        #expect(type == .undocumented("Brokerage account"))
        #expect(try json(type) == #""Brokerage account""#)
        #expect(try decode(AccountType.self, #""Giro account""#) == .giroAccount)
        #expect(AccountType.allCases.count == 8)
        #expect(try decode(ErrorCode.self, "1008") == ._1008)
        #expect(try decode(ErrorCode.self, "1009") == .undocumented(1009))
    }

    @Test func extraPropertiesAreTolerated() throws {
        let user = try decode(User.self, #"{"id": "U1.1", "email": "demo@plexus.zone", "is_premium": true}"#)
        #expect(user.email == "demo@plexus.zone")
    }

    @Test func requiredPropertiesAreRequired() {
        #expect(throws: DecodingError.self) { try decode(User.self, #"{"id": "U1.1"}"#) }
    }

    @Test func nullAndAbsentStayApart() throws {
        let absent = try decode(Category.self, #"{"id": 1, "name": "Rent"}"#)
        let null = try decode(Category.self, #"{"id": 1, "name": "Rent", "parent_id": null}"#)
        let value = try decode(Category.self, #"{"id": 1, "name": "Rent", "parent_id": 150}"#)
        #expect(absent.parentID == nil)
        #expect(null.parentID == .null)
        #expect(value.parentID == .value(150))
        #expect(try json(absent) == #"{"id":1,"name":"Rent"}"#)
        #expect(try json(null) == #"{"id":1,"name":"Rent","parent_id":null}"#)
    }

    @Test func defaultsApplyWhenAbsentAndAreNotWrittenBack() throws {
        let field = try decode(CredentialField.self, #"{"key": "pin", "label": "PIN"}"#)
        #expect(field.isSecret == false)
        #expect(try json(field) == #"{"key":"pin","label":"PIN"}"#)
        var changed = field
        changed.isSecret = true
        #expect(try json(changed) == #"{"is_secret":true,"key":"pin","label":"PIN"}"#)
    }

    @Test func datesAndDateTimes() throws {
        let transaction = try decode(
            Transaction.self,
            """
            {"transaction_id": "T1.1", "account_id": "A1.1", "amount": -850.0, "currency": "EUR", "booked": true,
             "booked_at": "2019-10-01", "created_at": "2019-10-01T06:12:44Z", "modified_at": "2019-10-01T06:12:44.250Z"}
            """)
        #expect(transaction.bookedAt == OpenAPIDate(year: 2019, month: 10, day: 1))
        #expect(transaction.createdAt == Date(timeIntervalSince1970: 1_569_910_364))
        #expect(transaction.modifiedAt == Date(timeIntervalSince1970: 1_569_910_364.25))
        let reencoded = try json(transaction)
        #expect(reencoded.contains(#""booked_at":"2019-10-01""#))
        #expect(reencoded.contains(#""created_at":"2019-10-01T06:12:44Z""#))
        #expect(reencoded.contains(#""modified_at":"2019-10-01T06:12:44.250Z""#))
        #expect(throws: DecodingError.self) {
            try decode(
                Transaction.self,
                #"{"transaction_id": "T", "account_id": "A1.1", "amount": 1, "currency": "EUR", "booked": true, "booked_at": "yesterday"}"#
            )
        }
    }

    @Test func discriminatedUnion() throws {
        let challenge = try decode(
            Challenge.self,
            #"{"id": "0c9d1f4a-7e1b-4a56-b3c2-9d8e7f6a5b41", "type": "REDIRECT", "location": "https://demobank.plexus.me/sca"}"#
        )
        guard case .redirectChallenge(let redirect) = challenge else {
            Issue.record("expected a redirect challenge, got \(challenge)")
            return
        }
        #expect(redirect.location.absoluteString == "https://demobank.plexus.me/sca")
        do {
            _ = try decode(Challenge.self, #"{"id": "0c9d1f4a-7e1b-4a56-b3c2-9d8e7f6a5b41", "type": "PUSH_TAN"}"#)
            Issue.record("an unknown type must not decode")
        } catch let DecodingError.dataCorrupted(context) {
            #expect(
                context.debugDescription
                    == "unknown type 'PUSH_TAN' for Challenge; expected one of AUTH_METHOD_SELECTION, EMBEDDED, REDIRECT, DECOUPLED"
            )
        }
    }

    @Test func unionWithoutDiscriminatorTriesVariantsInOrder() throws {
        let plain = try decode(CredentialsInput.self, #"{"pin": "1234"}"#)
        #expect(plain == .credentials(["pin": "1234"]))
        let encrypted = try decode(CredentialsInput.self, #"{"type": "encrypted", "value": "eyJ..."}"#)
        // A JWE object is also a valid string map, and `Credentials` comes first in the document: order decides.
        #expect(encrypted == .credentials(["type": "encrypted", "value": "eyJ..."]))
        do {
            _ = try decode(CredentialsInput.self, #"{"pin": 1234}"#)
            Issue.record("a number is neither variant")
        } catch let error as UnionDecodingError {
            #expect(error.typeName == "CredentialsInput")
            #expect(error.attempts.map(\.variant) == ["Credentials", "CredentialsJWE"])
        }
    }
}
