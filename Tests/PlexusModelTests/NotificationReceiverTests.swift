import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import OpenAPIAsyncHTTPClient
import OpenAPIHummingbird
import OpenAPIRuntime
import PlexusAPI
import PlexusRuntime
import Synchronization
import Testing

/// The Plexus notification webhook (`createNotification`'s `notification` callback): the generated receiver gets
/// each delivery typed, and answers as the notification tag says a delivered one must (2xx); the deliveries are
/// sent by the generated sender over real HTTP on 127.0.0.1, as the plexus API would send them.
@Suite struct NotificationReceiverTests {
    final class Deliveries: Sendable {
        let delivered = Mutex<[(userAgent: String, message: NotificationMessage)]>([])
    }

    struct Receiver: CallbackReceiver {
        let deliveries: Deliveries

        func deliverNotification(
            _ input: Callbacks.DeliverNotification.Input
        ) async throws -> Callbacks.DeliverNotification.Output {
            guard input.userAgent.hasPrefix("plexus-notification/") else {
                return .undocumented(statusCode: 403, headerFields: [:], body: [])
            }
            deliveries.delivered.withLock { $0.append((input.userAgent, input.body)) }
            return .success(statusCode: 202)
        }
    }

    @Test func aNotificationIsReceivedTypedAndAcknowledged() async throws {
        let deliveries = Deliveries()
        let router = Router()
        try Receiver(deliveries: deliveries).registerHandlers(
            on: router, serverURL: try #require(URL(string: "https://app.example.com/plexus")))
        let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)))
        try await app.test(.live) { testClient in
            let port = try #require(testClient.port)
            // The URL the app registers as `notify_uri` when it calls `createNotification`.
            let notifyURI = try #require(URL(string: "http://127.0.0.1:\(port)/plexus/notification"))
            let sender = CallbackSender(transport: AsyncHTTPClientTransport())
            let message = NotificationMessage(
                notificationID: "N1.1", observeKey: "/rest/accounts/A1.1/transactions?include_pending=1",
                state: "qSxE4Zt3eL0wF2")
            try await sender.deliverNotification(to: notifyURI, userAgent: "plexus-notification/19.10.0", body: message)
            let output = try await sender.deliverNotificationResponse(
                to: notifyURI, userAgent: "plexus-notification/19.10.0",
                body: NotificationMessage(notificationID: "N1.2", observeKey: "rest/notifications/test"))
            guard case .success(let statusCode) = output else {
                Issue.record("expected a 2xx, got \(output)")
                return
            }
            #expect(statusCode == 202)
            // Not from plexus: the receiver refuses it, and the sender sees an error status.
            await #expect(throws: ResponseError<JSONValue>.self) {
                try await sender.deliverNotification(to: notifyURI, userAgent: "curl/8.0", body: message)
            }
        }
        let delivered = deliveries.delivered.withLock { $0 }
        #expect(delivered.map(\.message.notificationID) == ["N1.1", "N1.2"])
        #expect(
            delivered.first?.message
                == NotificationMessage(
                    notificationID: "N1.1", observeKey: "/rest/accounts/A1.1/transactions?include_pending=1",
                    state: "qSxE4Zt3eL0wF2"))
        #expect(delivered.allSatisfy { $0.userAgent == "plexus-notification/19.10.0" })
    }
}
