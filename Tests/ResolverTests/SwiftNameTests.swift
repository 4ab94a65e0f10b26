import Foundation
import OpenAPIModel
import Resolver
import Testing

@Suite struct SwiftNameTests {
    @Test(arguments: [
        ("account_id", "accountID"), ("accountId", "accountID"), ("redirect_uri", "redirectURI"), ("iban", "iban"),
        ("IBAN", "iban"), ("bank-iban", "bankIBAN"), ("HTTPServer", "httpServer"), ("save_pin", "savePIN"),
        ("Giro account", "giroAccount"), ("AUTH_METHOD_SELECTION", "authMethodSelection"), ("2fa", "_2fa"),
        ("x-rate-limit", "xRateLimit"), ("getTransctionOfAccount", "getTransctionOfAccount"), ("", "_unnamed"),
        ("in_psd2_scope", "inPSD2Scope"), ("URLPath", "urlPath"),
    ])
    func memberNames(_ input: String, _ expected: String) {
        #expect(SwiftName.memberName(input) == expected)
    }

    @Test(arguments: [
        ("account", "Account"), ("AccountID", "AccountID"), ("account_id", "AccountID"), ("iban check", "IBANCheck"),
        ("json-patch", "JSONPatch"), ("3DSecure", "_3DSecure"), ("ErrorDetail", "ErrorDetail"), ("pet.store", "PetStore"),
    ])
    func typeNames(_ input: String, _ expected: String) {
        #expect(SwiftName.typeName(input) == expected)
    }

    @Test func keywordsAreEscaped() {
        #expect(SwiftName.escaped("default") == "`default`")
        #expect(SwiftName.escaped("self") == "`self`")
        #expect(SwiftName.escaped("value") == "value")
        #expect(SwiftName.isKeyword("protocol"))
    }
}
