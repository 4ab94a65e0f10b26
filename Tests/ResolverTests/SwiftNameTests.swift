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
        ("json-patch", "JSONPatch"), ("3DSecure", "_3DSecure"), ("ErrorDetail", "ErrorDetail"),
        ("pet.store", "PetStore"),
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

    /// Names from a hostile document become identifiers Swift accepts: no combining mark or digit first, no
    /// invisible characters (zero-width, bidirectional), nothing outside the identifier grammar.
    @Test(arguments: [
        ("\u{301}abc", "abc"), ("a\u{200B}b", "ab"), ("a\u{200D}b", "ab"), ("x\u{2066}y", "xy"),
        ("\u{202E}evil", "evil"), ("é\u{301}", "é\u{301}"),
        ("\u{20DD}x", "x"), ("日本", "日本"), ("١٢٣", "_unnamed"),
    ])
    func hostileNamesBecomeValidIdentifiers(_ input: String, _ expected: String) {
        for name in [SwiftName.memberName(input), SwiftName.typeName(input)] {
            let scalars = Array(name.unicodeScalars)
            #expect(!scalars.isEmpty)
            #expect(scalars.allSatisfy { $0.properties.generalCategory != .format })
            if let first = scalars.first {
                #expect(!first.properties.isDiacritic || first == "_", "\(name.debugDescription) starts with a mark")
                #expect(first.properties.generalCategory != .nonspacingMark, "\(name.debugDescription)")
            }
        }
        #expect(SwiftName.memberName(input).lowercased() == expected.lowercased() || expected == "_unnamed")
    }
}
