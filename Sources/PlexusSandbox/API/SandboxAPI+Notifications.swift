import Foundation
public import PlexusAPI
import PlexusRuntime

extension SandboxAPI {
    /// `GET /rest/notifications`.
    public func listNotifications(_ input: Operations.ListNotifications.Input) async throws
        -> Operations.ListNotifications.Output
    {
        .ok(NotificationList(notifications: try withUser { state, _ in state.notifications }))
    }

    /// `POST /rest/notifications`: the observe key must be one the spec documents; the test key
    /// (`rest/notifications/test`) is delivered at once.
    public func createNotification(_ input: Operations.CreateNotification.Input) async throws
        -> Operations.CreateNotification.Output
    {
        if let problem = ObserveKey.problem(input.body.observeKey) {
            return .badRequest(SandboxError.invalid("observe_key", problem))
        }
        if let problem = Self.notifyURIProblem(input.body.notifyURI) {
            return .badRequest(SandboxError.invalid("notify_uri", problem))
        }
        let notification = try withUser { state, _ in
            state.counters.notification += 1
            let notification = PlexusAPI.Notification(
                notificationID: "N1.\(state.counters.notification)", observeKey: input.body.observeKey,
                notifyURI: input.body.notifyURI, state: input.body.state)
            state.notifications.append(notification)
            return notification
        }
        if ObserveKey.isTest(notification.observeKey) {
            bank.delivery.deliver([UserState.Delivery(notification: notification)])
        }
        return .created(notification)
    }

    /// `GET /rest/notifications/{notification-id}`.
    public func getNotification(_ input: Operations.GetNotification.Input) async throws
        -> Operations.GetNotification.Output
    {
        try withUser { state, _ in
            guard let notification = state.notifications.first(where: { $0.notificationID == input.notificationID })
            else { return .notFound(SandboxError.notFound("Notification")) }
            return .ok(notification)
        }
    }

    /// `PUT /rest/notifications/{notification-id}`.
    public func updateNotification(_ input: Operations.UpdateNotification.Input) async throws
        -> Operations.UpdateNotification.Output
    {
        if let problem = ObserveKey.problem(input.body.observeKey) {
            return .badRequest(SandboxError.invalid("observe_key", problem))
        }
        if let problem = Self.notifyURIProblem(input.body.notifyURI) {
            return .badRequest(SandboxError.invalid("notify_uri", problem))
        }
        return try withUser { state, _ in
            guard let index = state.notifications.firstIndex(where: { $0.notificationID == input.notificationID })
            else { return .notFound(SandboxError.notFound("Notification")) }
            state.notifications[index].observeKey = input.body.observeKey
            state.notifications[index].notifyURI = input.body.notifyURI
            state.notifications[index].state = input.body.state
            return .ok(state.notifications[index])
        }
    }

    /// `DELETE /rest/notifications/{notification-id}`.
    public func deleteNotification(_ input: Operations.DeleteNotification.Input) async throws
        -> Operations.DeleteNotification.Output
    {
        try withUser { state, _ in
            guard let index = state.notifications.firstIndex(where: { $0.notificationID == input.notificationID })
            else { return .notFound(SandboxError.notFound("Notification")) }
            state.notifications.remove(at: index)
            return .noContent
        }
    }

    /// `GET /rest/catalog`.
    public func listCatalog(_ input: Operations.ListCatalog.Input) async throws -> Operations.ListCatalog.Output {
        .ok(DemoCatalog.catalog(country: input.country, search: input.q, language: input.acceptLanguage))
    }

    /// `GET /rest/catalog/banks`.
    public func listCatalogBanks(_ input: Operations.ListCatalogBanks.Input) async throws
        -> Operations.ListCatalogBanks.Output
    {
        .ok(DemoCatalog.catalog(country: input.country, search: input.q, language: input.acceptLanguage).banks ?? [])
    }

    /// `GET /rest/catalog/services`.
    public func listCatalogServices(_ input: Operations.ListCatalogServices.Input) async throws
        -> Operations.ListCatalogServices.Output
    {
        .ok(DemoCatalog.catalog(country: input.country, search: input.q, language: input.acceptLanguage).services ?? [])
    }

    /// `GET /catalog` (client credentials).
    public func listCompleteCatalog(_ input: Operations.ListCompleteCatalog.Input) async throws
        -> Operations.ListCompleteCatalog.Output
    {
        .ok(DemoCatalog.catalog(country: input.country, search: input.q, language: input.acceptLanguage))
    }

    /// Why a webhook URL cannot be called: only absolute `http` and `https` URLs with a host.
    static func notifyURIProblem(_ url: URL) -> String? {
        guard let scheme = url.scheme?.lowercased(), ["http", "https"].contains(scheme), url.host?.isEmpty == false
        else { return "must be an absolute http or https URL" }
        return nil
    }
}

/// The observe keys the spec documents (the Notifications tag): account balance, transactions of an account, all
/// transactions, auto-sync errors, and the test notification.
enum ObserveKey {
    /// Why `key` is not an observe key the sandbox knows, or `nil`.
    static func problem(_ key: String) -> String? {
        if isTest(key) { return nil }
        guard let components = URLComponents(string: key), key.hasPrefix("/") else {
            return "expected a path like /rest/transactions, with query parameters"
        }
        let path = components.path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        switch path.count {
        case 3 where path[1] == "rest" && path[2] == "transactions":
            return nil
        case 5
        where path[1] == "rest" && path[2] == "accounts" && SandboxAPI.isAccountID(path[3])
            && ["balance", "transactions", "sync"].contains(path[4]):
            return nil
        default:
            return "not a documented observe key (balance, transactions, sync of an account, or /rest/transactions)"
        }
    }

    /// The test notification, delivered right away.
    static func isTest(_ key: String) -> Bool {
        key == "rest/notifications/test" || key == "/rest/notifications/test"
    }
}
