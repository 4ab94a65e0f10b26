import Foundation
import OpenAPIModel
import Resolver
import Testing

enum PlexusIR {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let specPath = repository.appendingPathComponent("openapi.yaml").path
    static let summaryFixture = repository.appendingPathComponent("Tests/ResolverTests/Fixtures/plexus-ir.txt")

    static func resolve() -> ResolutionResult {
        APIResolver.resolve(contentsOf: specPath, displayName: "openapi.yaml")
    }
}

@Suite struct PlexusIRTests {
    @Test func resolvesWithoutErrorsOrWarnings() {
        // One note remains by design: the `Error` schema becomes `ErrorModel`.
        #expect(
            PlexusIR.resolve().lines == [
                "openapi.yaml:2706:5: info: type 'Error' is generated as 'ErrorModel' so it does not hide Swift's 'Error' [renamed-type]"
            ])
    }

    @Test func summary() throws {
        let api = try #require(PlexusIR.resolve().api)
        #expect(api.operations.count == 54)
        #expect(api.types.count == 93)
        #expect(api.types.filter { if case .object = $0.kind { true } else { false } }.count == 59)
        #expect(api.types.filter { if case .enumeration = $0.kind { true } else { false } }.count == 22)
        // Challenge, CredentialsInput, and the three token/challenge request bodies.
        #expect(api.types.filter { if case .union = $0.kind { true } else { false } }.count == 5)
        #expect(api.types.filter(\.isRecursive).map(\.name) == [])
        let challenge = try #require(api.union("Challenge"))
        #expect(challenge.discriminatorProperty == "type")
        #expect(
            challenge.cases.map(\.name) == [
                "authMethodSelectChallenge", "embeddedChallenge", "redirectChallenge", "decoupledChallenge",
            ])
        #expect(
            challenge.cases.map(\.discriminatorValues) == [
                ["AUTH_METHOD_SELECTION"], ["EMBEDDED"], ["REDIRECT"], ["DECOUPLED"],
            ])
        #expect(
            api.operation(named: "getTransctionOfAccount")?.path
                == "/rest/accounts/{account-id}/transactions/{transaction-id}")
        let transactions = try #require(api.operation(named: "listTransactions"))
        let accounts = try #require(transactions.parameters.first { $0.wireName == "accounts" })
        #expect(accounts.style == .form)
        #expect(accounts.explode == false)
        #expect(accounts.type == .array(.named("AccountID")))
        #expect(api.object("Category")?.property("parent_id")?.type == .nullable(.primitive(.int)))
        #expect(api.object("Account")?.property("supported_payments")?.type == .map(.named("PaymentParameters")))
        #expect(api.operation(named: "getVersion")?.security.isEmpty == true)
        #expect(api.securitySchemes.map(\.name) == ["client_auth", "user_auth"])
        // The notification webhook: createNotification's callback, sent to the notify_uri of the request.
        let callback = try #require(api.operation(named: "createNotification")?.callbacks.first)
        #expect(callback.name == "notification")
        #expect(callback.expression == "{$request.body#/notify_uri}")
        #expect(callback.operations.map(\.name) == ["deliverNotification"])
        #expect(callback.operations.first?.requestBody?.contents.first?.type == .named("NotificationMessage"))
    }

    /// The whole IR in text. Re-record deliberately with `PLEXUS_RECORD=1 swift test --filter PlexusIRTests`,
    /// then read the diff before committing.
    @Test func fullSummaryMatchesTheFixture() throws {
        let api = try #require(PlexusIR.resolve().api)
        let rendered = IRSummary.render(api)
        if ProcessInfo.processInfo.environment["PLEXUS_RECORD"] == "1" {
            try rendered.write(to: PlexusIR.summaryFixture, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: PlexusIR.summaryFixture, encoding: .utf8)
        #expect(rendered == expected)
    }
}
