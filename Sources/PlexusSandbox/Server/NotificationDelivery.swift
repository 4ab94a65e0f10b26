import Foundation
import OpenAPIAsyncHTTPClient
import PlexusAPI
import PlexusRuntime
import Synchronization

/// Calls the registered `notify_uri` of triggered notifications through the generated `CallbackSender`, in the
/// background (a handler never waits for a webhook), one attempt each, and counts the outcomes.
final class NotificationDelivery: Sendable {
    let sender: CallbackSender
    let userAgent: String
    /// Deliveries made and failed so far.
    let outcomes = Mutex((delivered: 0, failed: 0))

    init(userAgent: String) {
        self.userAgent = userAgent
        sender = CallbackSender(
            transport: AsyncHTTPClientTransport(), retryPolicy: nil)
    }

    /// Sends each notification's message to its URL.
    func deliver(_ deliveries: [UserState.Delivery]) {
        for delivery in deliveries {
            let notification = delivery.notification
            let message = NotificationMessage(
                notificationID: notification.notificationID, observeKey: notification.observeKey,
                state: notification.state)
            Task {
                do {
                    try await sender.deliverNotification(
                        to: notification.notifyURI, userAgent: userAgent, body: message)
                    outcomes.withLock { $0.delivered += 1 }
                } catch {
                    outcomes.withLock { $0.failed += 1 }
                }
            }
        }
    }
}
