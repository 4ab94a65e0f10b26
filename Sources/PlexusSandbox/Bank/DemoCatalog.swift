import Foundation
import PlexusAPI

/// The providers the sandbox knows: the spec's Demobank (IBAN DE67900900424711951500, BIC DEMODE01, login
/// `demo` / `demo`, TAN 111111) with one access method per strong customer authentication flow, and PayPal with a
/// one-factor login.
enum DemoCatalog {
    /// One way of accessing a provider, and how the demo provider behaves for it.
    struct Method: Sendable {
        var method: AccessMethod
        var flow: CustomerAuthenticationFlow
        var provider: Provider
    }

    /// Which demo provider a method belongs to.
    enum Provider: Sendable {
        case demobank
        case paypal
    }

    static let demobankID = UUID(uuidString: "2D8F3A47-7C1E-4B9A-8F3D-0E5C6B7A8D91") ?? UUID()
    static let paypalID = UUID(uuidString: "8A1C5E2F-4B3D-4C6E-9F7A-2B1C0D9E8F73") ?? UUID()
    /// The spec's example access method: FinTS with an auth method selection and an embedded TAN.
    static let finTSMethodID = UUID(uuidString: "5CE1B2B4-3A4C-4E33-9F36-8A2B0E6B7C11") ?? UUID()
    static let redirectMethodID = UUID(uuidString: "5CE1B2B4-3A4C-4E33-9F36-8A2B0E6B7C12") ?? UUID()
    static let decoupledMethodID = UUID(uuidString: "5CE1B2B4-3A4C-4E33-9F36-8A2B0E6B7C13") ?? UUID()
    static let paypalMethodID = UUID(uuidString: "8A1C5E2F-4B3D-4C6E-9F7A-2B1C0D9E8F74") ?? UUID()

    /// The demo bank's login, PIN and identifiers.
    static let demoLogin = "demo"
    static let demoPIN = "demo"
    static let demoIBAN = "DE67900900424711951500"
    static let demoBIC = "DEMODE01"
    static let demoBankCode = "90090042"

    static let icon = Icon(
        url: URL(string: "https://api.plexus.me/assets/images/accounts/demobank.png") ?? URL(fileURLWithPath: "/"))

    /// The strong customer authentication methods of the demo bank.
    static let authMethods = [
        AuthMethod(
            id: "902", mediumName: "Demo Phone", type: "mobileTAN", additionalInfo: ["phone": "+49 171 *****12"]),
        AuthMethod(id: "903", mediumName: "Demo chipTAN", type: "chipTAN"),
    ]

    static let bankCredentials = [
        CredentialField(
            key: "account_number", label: "Account number or login", minLength: 1, isOptional: false, isSecret: false),
        CredentialField(key: "pin", label: "PIN", minLength: 1, isOptional: false, isSecret: true),
    ]

    static let methods: [Method] = [
        Method(
            method: AccessMethod(
                id: finTSMethodID, inPSD2Scope: true, type: .fints,
                supportedAccountTypes: [.giroAccount, .savingsAccount, .depot], configurableConsent: true,
                requiresAccountIdentifiers: false, customerAuthenticationFlows: [.embedded2Fa],
                advice: "Login demo, PIN demo, TAN 111111.", credentials: bankCredentials),
            flow: .embedded2Fa, provider: .demobank),
        Method(
            method: AccessMethod(
                id: redirectMethodID, inPSD2Scope: true, type: .api,
                supportedAccountTypes: [.giroAccount, .savingsAccount], configurableConsent: true,
                requiresAccountIdentifiers: false, customerAuthenticationFlows: [.redirect],
                advice: "The customer authorizes on the bank's page; open the challenge's location.",
                credentials: bankCredentials),
            flow: .redirect, provider: .demobank),
        Method(
            method: AccessMethod(
                id: decoupledMethodID, inPSD2Scope: true, type: .api,
                supportedAccountTypes: [.giroAccount, .savingsAccount], configurableConsent: true,
                requiresAccountIdentifiers: false, customerAuthenticationFlows: [.decoupled],
                advice: "The customer approves in the Demobank app (automatically, after a moment).",
                credentials: bankCredentials),
            flow: .decoupled, provider: .demobank),
        Method(
            method: AccessMethod(
                id: paypalMethodID, inPSD2Scope: false, type: .scraping, supportedAccountTypes: [.payPal],
                configurableConsent: false, requiresAccountIdentifiers: false,
                customerAuthenticationFlows: [.embedded1Fa],
                credentials: [
                    CredentialField(key: "email", label: "Email", minLength: 3, isOptional: false, isSecret: false),
                    CredentialField(
                        key: "password", label: "Password", minLength: 1, isOptional: false, isSecret: true),
                ]),
            flow: .embedded1Fa, provider: .paypal),
    ]

    /// The method with `id`.
    static func method(_ id: UUID) -> Method? {
        methods.first { $0.method.id == id }
    }

    static let banks = [
        CatalogBank(
            id: demobankID, name: "Demobank", icon: icon, supported: true, country: "DE",
            language: Language(available: ["de", "en"], current: "de"),
            accessMethods: methods.filter { $0.provider == .demobank }.map(\.method), bankCode: demoBankCode,
            bic: demoBIC)
    ]

    static let services = [
        CatalogService(
            id: paypalID, name: "PayPal",
            icon: Icon(
                url: URL(string: "https://api.plexus.me/assets/images/accounts/paypal.png") ?? URL(fileURLWithPath: "/")
            ),
            supported: true, country: "DE", language: Language(available: ["de", "en"], current: "de"),
            accessMethods: methods.filter { $0.provider == .paypal }.map(\.method))
    ]

    /// The catalog filtered as the catalog operations' parameters ask: `country` (ISO code, any case) and `q`
    /// (part of the name, BIC or bank code, any case); `language` picks the answer's language where available.
    static func catalog(country: String?, search: String?, language: String?) -> Catalog {
        func matches(name: String, country entry: String?, codes: [String?]) -> Bool {
            if let country, entry?.lowercased() != country.lowercased() { return false }
            guard let search, !search.isEmpty else { return true }
            return ([name] + codes.compactMap { $0 }).contains { $0.localizedCaseInsensitiveContains(search) }
        }
        let current = language.flatMap(preferredLanguage)
        var banks = banks.filter { matches(name: $0.name, country: $0.country, codes: [$0.bic, $0.bankCode]) }
        var services = services.filter { matches(name: $0.name, country: $0.country, codes: []) }
        if let current {
            for index in banks.indices { banks[index].language?.current = current }
            for index in services.indices { services[index].language?.current = current }
        }
        return Catalog(banks: banks, services: services)
    }

    /// The first language of an `Accept-Language` value the demo providers speak.
    static func preferredLanguage(_ header: String) -> String? {
        header.split(separator: ",").lazy
            .map { ($0.split(separator: ";").first ?? "").trimmingCharacters(in: .whitespaces).prefix(2).lowercased() }
            .first { ["de", "en"].contains($0) }
    }
}
