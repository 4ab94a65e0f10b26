import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import OpenAPIAsyncHTTPClient
import OpenAPIHummingbird
import OpenAPIRuntime
import PlexusRuntime
import Synchronization
import Testing

/// Webhooks and callbacks of `Fixtures/streams.yaml`: the generated sender delivers each over real HTTP to the
/// generated receiver (Hummingbird on 127.0.0.1), which decodes it into the typed input and answers with the
/// documented response.
@Suite(.serialized) struct WebhookAndCallbackTests {
    /// What the receivers got.
    final class Received: Sendable {
        let items = Mutex<[(signature: String, item: Item)]>([])
        let events = Mutex<[(attempt: Int?, event: SubscriptionEvent)]>([])
    }

    struct Hooks: WebhookReceiver {
        let received: Received

        func itemCreated(_ input: Webhooks.ItemCreated.Input) async throws -> Webhooks.ItemCreated.Output {
            received.items.withLock { $0.append((input.xSignature, input.body)) }
            return input.body.id < 0 ? .gone : .noContent
        }

        func exportFinished(_ input: Webhooks.ExportFinished.Input) async throws -> Webhooks.ExportFinished.Output {
            .ok(Acknowledgement(received: "\(input.body.count) items up to \(input.body.lastID)"))
        }
    }

    struct Events: CallbackReceiver {
        let received: Received

        func subscriptionEvent(
            _ input: Callbacks.SubscriptionEventOperation.Input
        ) async throws -> Callbacks.SubscriptionEventOperation.Output {
            received.events.withLock { $0.append((input.attempt, input.body)) }
            if input.body.kind == .item && input.attempt == nil { return .tooManyRequests(retryAfter: 7) }
            return .ok(Acknowledgement(received: "\(input.body.kind.rawValue) of \(input.body.subscriptionID)"))
        }
    }

    /// Serves `router` with Hummingbird at 127.0.0.1 and passes the base URL.
    static func serving(
        _ router: Router<BasicRequestContext>, _ body: @Sendable (URL) async throws -> Void
    ) async throws {
        let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)))
        try await app.test(.live) { testClient in
            let port = try #require(testClient.port)
            try await body(try #require(URL(string: "http://127.0.0.1:\(port)")))
        }
    }

    @Test func theWebhookSenderDeliversEachWebhookToTheReceiverTyped() async throws {
        let received = Received()
        let router = Router()
        try Hooks(received: received).registerHandlers(
            on: router, serverURL: try #require(URL(string: "https://example.com/hooks")))
        try await Self.serving(router) { base in
            let sender = WebhookSender(transport: AsyncHTTPClientTransport())
            let hooks = base.appendingPathComponent("hooks")
            try await sender.itemCreated(
                to: hooks.appendingPathComponent("itemCreated"), xSignature: "sig-1", body: Item(id: 7, name: "seven"))
            let acknowledgement = try await sender.exportFinished(
                to: hooks.appendingPathComponent("exportFinished"), body: ImportSummary(count: 3, lastID: 9))
            #expect(acknowledgement.received == "3 items up to 9")

            // A documented status that is not a success: the convenience method throws, the full one has a case.
            let error = await #expect(throws: ResponseError<JSONValue>.self) {
                try await sender.itemCreated(
                    to: hooks.appendingPathComponent("itemCreated"), xSignature: "sig-2",
                    body: Item(id: -1, name: "gone"))
            }
            #expect(error?.status.code == 410)
            let output = try await sender.itemCreatedResponse(
                to: hooks.appendingPathComponent("itemCreated"), xSignature: "sig-3", body: Item(id: -2, name: "x"))
            guard case .gone = output else {
                Issue.record("expected .gone, got \(output)")
                return
            }
        }
        let items = received.items.withLock { $0 }
        #expect(items.map(\.signature) == ["sig-1", "sig-2", "sig-3"])
        #expect(items.first?.item == Item(id: 7, name: "seven"))
    }

    @Test func aReceiverAnswersAWebhookItCannotReadWith400() async throws {
        let router = Router()
        try Hooks(received: Received()).registerHandlers(on: router)
        try await Self.serving(router) { base in
            var fields = HTTPFields()
            fields[.contentType] = "application/json"
            // The required X-Signature header is missing.
            let request = HTTPRequest(
                method: .post, scheme: nil, authority: nil, path: "/itemCreated", headerFields: fields)
            let (response, _) = try await AsyncHTTPClientTransport().send(
                request, body: HTTPBody(#"{"id": 1, "name": "a"}"#), baseURL: base, operationID: "raw")
            #expect(response.status == .badRequest)
        }
    }

    @Test func theAPISendsTheCallbackToTheURLOfTheRequestAndTheAppReceivesIt() async throws {
        let received = Received()
        // The app: a callback receiver under /events.
        let router = Router()
        try Events(received: received).registerHandlers(
            on: router, serverURL: try #require(URL(string: "http://localhost/events")))
        try await Self.serving(router) { appURL in
            // The API: the generated server stubs, whose `subscribe` sends the callback with the generated sender.
            try await StreamingEndToEndTests.withServer { client in
                let callbackURL = appURL.appendingPathComponent("events").appendingPathComponent("onEvent")
                let subscription = try await client.subscribe(
                    body: SubscriptionRequest(callbackURL: callbackURL, topic: "items"))
                #expect(subscription.id == "sub-items")
                #expect(subscription.confirmed == "confirmation of sub-items")
            }
            // The documented 429 with its typed header, through the full-response method.
            let sender = CallbackSender(transport: AsyncHTTPClientTransport(), retryPolicy: nil)
            let output = try await sender.subscriptionEventResponse(
                to: appURL.appendingPathComponent("events/onEvent"),
                body: SubscriptionEvent(subscriptionID: "sub-items", kind: .item, item: Item(id: 1, name: "one")))
            guard case .tooManyRequests(let retryAfter) = output else {
                Issue.record("expected .tooManyRequests, got \(output)")
                return
            }
            #expect(retryAfter == 7)
        }
        let events = received.events.withLock { $0 }
        #expect(events.map(\.attempt) == [1, nil])
        #expect(events.map(\.event.kind) == [.confirmation, .item])
        #expect(events.last?.event.item == Item(id: 1, name: "one"))
    }
}
