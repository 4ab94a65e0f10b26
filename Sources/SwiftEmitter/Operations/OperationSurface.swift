internal import Resolver

/// A set of operations that gets its own operation types, sender and receiver: the API's operations (a client
/// calls them, server stubs serve them), its webhooks, and its operations' callbacks (the API calls them, the
/// app receives them).
///
/// Webhooks and callbacks have no path of their own: the API sends them to a URL its user registered. The
/// receiver serves each at a route of its own under the URL it is given, `/<webhook name>` or `/<callback name>`,
/// and the sender sends each to the URL it is given.
enum OperationSurface: Sendable, CaseIterable {
    case api
    case webhooks
    case callbacks

    /// The operations of the surface the filter selects, with their receiver routes as their paths.
    func operations(of api: ResolvedAPI, filter: EmitterOptions.OperationFilter?) -> [ResolvedOperation] {
        let selected = api.operations.filter { filter?.includes($0) ?? true }
        switch self {
        case .api:
            return selected
        case .webhooks:
            return api.webhooks.flatMap { webhook in
                webhook.operations.filter { filter?.includes($0) ?? true }.map {
                    Self.received(
                        $0, name: webhook.name, note: "The API sends this webhook to the URLs its users register.")
                }
            }
        case .callbacks:
            // Callbacks of different operations may share a name and a method; those are served under the
            // operation's name too, so every route is distinct.
            var routes: [String: Int] = [:]
            for operation in selected {
                for callback in operation.callbacks {
                    for received in callback.operations {
                        routes["\(received.method) \(callback.name)", default: 0] += 1
                    }
                }
            }
            return selected.flatMap { operation in
                operation.callbacks.flatMap { callback in
                    callback.operations.map {
                        let shared = routes["\($0.method) \(callback.name)", default: 0] > 1
                        return Self.received(
                            $0, name: shared ? operation.name + "/" + callback.name : callback.name,
                            note: "The API sends this callback of `\(operation.name)` to `\(callback.expression)` "
                                + "(a runtime expression: the URL is taken from the `\(operation.name)` request).")
                    }
                }
            }
        }
    }

    /// A webhook or callback operation as its receiver serves it: at `/<name>`, its documentation saying where
    /// the API sends it.
    private static func received(_ operation: ResolvedOperation, name: String, note: String) -> ResolvedOperation {
        var received = operation
        received.path = "/" + name
        received.description = [operation.description, note + " A receiver serves it at `<serverURL path>/\(name)`."]
            .compactMap { $0 }.joined(separator: "\n\n")
        return received
    }

    /// The names the surface prefers, and the ones it falls back to when a model type has taken them.
    var preferredNames: (namespace: String, receiver: String, sender: String) {
        switch self {
        case .api: ("Operations", "APIProtocol", "Client")
        case .webhooks: ("Webhooks", "WebhookReceiver", "WebhookSender")
        case .callbacks: ("Callbacks", "CallbackReceiver", "CallbackSender")
        }
    }

    /// The files: the operation types, the sender (the client, for the API), the receiver (the server stubs).
    var fileNames: (types: String, sender: String, receiver: String) {
        switch self {
        case .api: ("Operations.swift", "Client.swift", "Server.swift")
        case .webhooks: ("Webhooks.swift", "WebhookSender.swift", "WebhookReceiver.swift")
        case .callbacks: ("Callbacks.swift", "CallbackSender.swift", "CallbackReceiver.swift")
        }
    }

    /// The template sections that tell the surfaces apart: `{{#api}}`, `{{#webhooks}}`, `{{#callbacks}}`.
    func templateValue(named key: String) -> TemplateValue {
        switch key {
        case "api": .init(self == .api)
        case "webhooks": .init(self == .webhooks)
        case "callbacks": .init(self == .callbacks)
        default: .missing
        }
    }
}
