import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import OpenAPIAsyncHTTPClient
import OpenAPIHummingbird
import OpenAPIRuntime
import PlexusAPI
import PlexusRuntime
import PlexusSandbox
import PlexusTour
import Synchronization
import Testing

/// The sandbox as a server under awkward callers: webhooks it delivers, bodies over the limit, slow and vanishing
/// clients, methods the document does not declare.
@Suite struct SandboxTransportTests {
    /// Records what the app's webhook endpoint (the generated `CallbackReceiver`) receives.
    final class Receiver: CallbackReceiver {
        let received = Mutex<[(userAgent: String, message: NotificationMessage)]>([])

        func deliverNotification(_ input: Callbacks.DeliverNotification.Input) async throws
            -> Callbacks.DeliverNotification.Output
        {
            received.withLock { $0.append((input.userAgent, input.body)) }
            return .success(statusCode: 204)
        }
    }

    final class Inbox: Sendable {
        let receiver = Receiver()
        var messages: [NotificationMessage] { receiver.received.withLock { $0.map(\.message) } }
        var userAgents: [String] { receiver.received.withLock { $0.map(\.userAgent) } }
    }

    @Test func notificationsAreDeliveredToTheRegisteredURLThroughTheCallbackSender() async throws {
        let inbox = Inbox()
        let router = Router()
        try inbox.receiver.registerHandlers(on: router, serverURL: try #require(URL(string: "/hooks")))
        let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)))
        try await app.test(.live) { receiverClient in
            let port = try #require(receiverClient.port)
            let hook = try #require(URL(string: "http://127.0.0.1:\(port)/hooks/notification"))
            try await SandboxHarness.withSandbox { url, _ in
                let client = try await SandboxHarness.userClient(url)
                let test = try await client.createNotification(
                    body: NotificationInput(observeKey: "rest/notifications/test", notifyURI: hook, state: "t1"))
                let transactions = try await client.createNotification(
                    body: NotificationInput(observeKey: "/rest/transactions", notifyURI: hook, state: "t2"))
                try await waitFor { inbox.messages.count == 1 }
                #expect(inbox.messages.first?.notificationID == test.notificationID)
                #expect(inbox.messages.first?.state == "t1")
                #expect(inbox.userAgents == ["plexus-notification/19.10.0"])
                // A payment booked brings new transactions: the second notification fires.
                let payment = try await client.createPayment(
                    accountID: "A1.1",
                    body: PaymentInput(
                        type: .sepaTransfer, name: "Anna Beispiel", iban: "DE85900900421260588259", amount: 5,
                        purpose: "Webhook test"))
                var initiation = try await client.initiatePayment(accountID: "A1.1", paymentID: payment.paymentID)
                for answer in [
                    SolveChallengeRequest.authMethodSelectResponse(AuthMethodSelectResponse(methodID: "902")),
                    .challengeResponse(ChallengeResponse(value: "111111")),
                ] {
                    let challenge = try #require(initiation.challenge)
                    try await client.solvePaymentChallenge(
                        accountID: "A1.1", paymentID: payment.paymentID, initID: initiation.id,
                        challengeID: challenge.identifier, body: answer)
                    initiation = try await client.getPaymentInitiationStatus(
                        accountID: "A1.1", paymentID: payment.paymentID, initID: initiation.id)
                }
                let done = try await SandboxHarness.settled(\.status) {
                    try await client.getPaymentInitiationStatus(
                        accountID: "A1.1", paymentID: payment.paymentID, initID: initiation.id)
                }
                #expect(done.status == .completed)
                try await waitFor { inbox.messages.count == 2 }
                #expect(inbox.messages.last?.notificationID == transactions.notificationID)
                #expect(inbox.messages.last?.observeKey == "/rest/transactions")
            }
        }
    }

    @Test func aBodyOverTheLimitGets413BeforeItIsRead() async throws {
        let configuration = SandboxConfiguration(maximumBodySize: 4096)
        try await SandboxHarness.withSandbox(configuration) { url, _ in
            let token = try await SandboxHarness.demoToken(url)
            // Declares 64 MiB, sends one chunk, then would wait for ever: only an answer before reading ends this.
            let sent = Mutex(0)
            let body = HTTPBody(
                AsyncThrowingStream<ArraySlice<UInt8>, any Error> { continuation in
                    sent.withLock { $0 += 1024 }
                    continuation.yield(ArraySlice(repeating: UInt8(ascii: " "), count: 1024))
                }, length: .known(64 << 20), iterationBehavior: .single)
            var post = HTTPRequest(method: .post, scheme: nil, authority: nil, path: "/rest/notifications")
            post.headerFields[.authorization] = "Bearer \(token)"
            post.headerFields[.contentType] = "application/json"
            let request = post
            let answer = try await withDeadline(seconds: 10) {
                try await AsyncHTTPClientTransport().send(request, body: body, baseURL: url, operationID: "big")
            }
            #expect(answer.0.status == .contentTooLarge)
            #expect(answer.0.headerFields[.contentType] == "application/json")
            #expect(sent.withLock { $0 } == 1024)
            // A body without a declared length is cut off at the limit, too.
            let chunked = HTTPBody(
                AsyncThrowingStream<ArraySlice<UInt8>, any Error> { continuation in
                    for _ in 0..<64 { continuation.yield(ArraySlice(repeating: UInt8(ascii: " "), count: 1024)) }
                    continuation.finish()
                }, length: .unknown, iterationBehavior: .single)
            let second = try await withDeadline(seconds: 10) {
                try await AsyncHTTPClientTransport().send(request, body: chunked, baseURL: url, operationID: "big")
            }
            #expect(second.0.status == .contentTooLarge)
        }
    }

    @Test func slowAndVanishingClientsDoNotHoldUpOtherRequests() async throws {
        try await SandboxHarness.withSandbox { url, _ in
            let token = try await SandboxHarness.demoToken(url)
            let client = try await SandboxHarness.userClient(url)
            let json = Array(#"{"observe_key": "/rest/transactions", "notify_uri": "http://127.0.0.1:9/hook"}"#.utf8)
            var request = HTTPRequest(method: .post, scheme: nil, authority: nil, path: "/rest/notifications")
            request.headerFields[.authorization] = "Bearer \(token)"
            request.headerFields[.contentType] = "application/json"
            // Trickled: one byte every 25 ms up to half the body, then nothing until the other callers are served
            // (a gate rather than a deadline, so a busy machine cannot finish the body first).
            let slowFinished = Mutex(false)
            let (gate, openGate) = AsyncStream<Void>.makeStream()
            let slow = Task {
                let body = HTTPBody(
                    AsyncThrowingStream<ArraySlice<UInt8>, any Error> { continuation in
                        Task {
                            for (index, byte) in json.enumerated() {
                                if index == json.count / 2 {
                                    for await _ in gate { break }
                                }
                                try await Task.sleep(for: .milliseconds(25))
                                continuation.yield([byte])
                            }
                            continuation.finish()
                        }
                    }, length: .known(Int64(json.count)), iterationBehavior: .single)
                let status = try await AsyncHTTPClientTransport().send(
                    request, body: body, baseURL: url, operationID: "slow"
                ).0.status
                slowFinished.withLock { $0 = true }
                return status
            }
            // Vanishing: half a body, then the client is gone.
            let vanishing = Task {
                let body = HTTPBody(
                    AsyncThrowingStream<ArraySlice<UInt8>, any Error> { continuation in
                        continuation.yield(ArraySlice(json.prefix(json.count / 2)))
                    }, length: .known(Int64(json.count)), iterationBehavior: .single)
                _ = try await AsyncHTTPClientTransport().send(request, body: body, baseURL: url, operationID: "gone")
            }
            try await Task.sleep(for: .milliseconds(200))
            vanishing.cancel()
            // Meanwhile other callers are served: all of them while the trickled body is half sent.
            for _ in 0..<20 { #expect(try await client.getVersion().version == "0.0.1") }
            #expect(!slowFinished.withLock { $0 })
            openGate.finish()
            #expect(try await slow.value == .created)
            _ = await vanishing.result
            let notifications = try await client.listNotifications().notifications
            #expect(notifications.count == 1)
        }
    }

    @Test func undeclaredMethodsGet405WithAllowAndMalformedPathsAre404() async throws {
        try await SandboxHarness.withSandbox { url, _ in
            let token = try await SandboxHarness.demoToken(url)
            var trace = HTTPRequest(method: .trace, scheme: nil, authority: nil, path: "/rest/accounts/A1.1")
            trace.headerFields[.authorization] = "Bearer \(token)"
            let (refused, _) = try await AsyncHTTPClientTransport().send(
                trace, body: nil, baseURL: url, operationID: "x")
            #expect(refused.status == .methodNotAllowed)
            #expect(refused.headerFields[.allow] == "delete, get".uppercased())
            var malformed = HTTPRequest(method: .get, scheme: nil, authority: nil, path: "/rest/accesses/not-a-uuid")
            malformed.headerFields[.authorization] = "Bearer \(token)"
            let (missing, body) = try await AsyncHTTPClientTransport().send(
                malformed, body: nil, baseURL: url, operationID: "x")
            #expect(missing.status == .notFound)
            let text = try await String(collecting: try #require(body), upTo: 4096)
            #expect(text.contains("\"code\":1002"))
        }
    }

    private func waitFor(_ condition: () -> Bool) async throws {
        for _ in 0..<200 where !condition() { try await Task.sleep(for: .milliseconds(25)) }
        #expect(condition())
    }

    private func withDeadline<Value: Sendable>(seconds: Int, _ body: @escaping @Sendable () async throws -> Value)
        async throws -> Value
    {
        try await withThrowingTaskGroup(of: Value?.self) { group in
            group.addTask { try await body() }
            group.addTask {
                try await Task.sleep(for: .seconds(seconds))
                return nil
            }
            defer { group.cancelAll() }
            guard let first = try await group.next(), let value = first else {
                throw SandboxHarness.Timeout()
            }
            return value
        }
    }
}
