import Diagnostics
import Foundation

/// Rules about `servers`.
enum ServerRules {
    /// The `{name}`s of a server URL.
    static func variables(_ url: String) -> [String] {
        var names: [String] = []
        var current: String?
        for character in url {
            if character == "{" {
                current = ""
            } else if character == "}", let name = current {
                names.append(name)
                current = nil
            } else if current != nil {
                current?.append(character)
            }
        }
        return names
    }

    /// Every server object: top level, path items and operations.
    static func servers(_ context: LintContext) -> [LintNode] {
        var found = context.root["servers"]?.items ?? []
        for (_, item) in context.root["paths"]?.entries ?? [] {
            found += item["servers"]?.items ?? []
            for (key, operation) in item.entries where LintContext.methods.contains(key) {
                found += operation["servers"]?.items ?? []
            }
        }
        return found
    }

    static let rules: [LintRule] = [
        LintRule(
            "servers-defined", .warning, .recommended, .design,
            summary: "The document lists at least one server.",
            rationale: "Without servers, clients default to `/` and documentation shows no base URL."
        ) { context, sink in
            if (context.root["servers"]?.items ?? []).isEmpty {
                sink.report("the document lists no servers", at: context.root["openapi"] ?? context.root)
            }
        },
        LintRule(
            "server-trailing-slash", .warning, .recommended, .design,
            summary: "Server URLs do not end with `/`.",
            rationale: "Paths start with `/`, so a trailing slash doubles it in every request URL."
        ) { context, sink in
            for server in servers(context) {
                guard let urlNode = server["url"], let url = urlNode.string, url.count > 1, url.hasSuffix("/") else {
                    continue
                }
                sink.report("server URL '\(url)' ends with a slash", at: urlNode)
            }
        },
        LintRule(
            "server-variables-defined", .error, .recommended, .validity,
            summary: "Every `{name}` in a server URL has an entry in the server's `variables`.",
            rationale: "A client cannot substitute a variable without a default."
        ) { context, sink in
            for server in servers(context) {
                guard let urlNode = server["url"], let url = urlNode.string else { continue }
                let defined = Set(server["variables"]?.entries.map(\.key) ?? [])
                for name in variables(url) where !defined.contains(name) {
                    sink.report("server variable '\(name)' of '\(url)' is not defined", at: urlNode)
                }
            }
        },
        LintRule(
            "server-variables-used", .warning, .recommended, .design,
            summary: "Every server variable appears in its URL.",
            rationale: "An unused variable is dead configuration, usually a renamed placeholder."
        ) { context, sink in
            for server in servers(context) {
                guard let url = server["url"]?.string else { continue }
                let used = Set(variables(url))
                for (name, variable) in server["variables"]?.entries ?? [] where !used.contains(name) {
                    sink.report("server variable '\(name)' is not used in '\(url)'", at: variable)
                }
            }
        },
        LintRule(
            "server-variable-default-allowed", .error, .recommended, .validity,
            summary: "A server variable's `default` is one of its `enum` values.",
            rationale: "OpenAPI requires it; the default is what clients use."
        ) { context, sink in
            for server in servers(context) {
                for (name, variable) in server["variables"]?.entries ?? [] {
                    guard let allowed = variable["enum"]?.items.compactMap(\.string), !allowed.isEmpty,
                        let defaultNode = variable["default"], let value = defaultNode.string, !allowed.contains(value)
                    else { continue }
                    sink.report(
                        "default '\(value)' of server variable '\(name)' is not one of its enum values", at: defaultNode
                    )
                }
            }
        },
        LintRule(
            "server-not-example", .info, .strict, .design,
            summary: "Server URLs are not placeholders such as `example.com`.",
            rationale: "A placeholder server in a published spec sends generated clients nowhere."
        ) { context, sink in
            for server in servers(context) {
                guard let urlNode = server["url"], let url = urlNode.string,
                    url.contains("example.com") || url.contains("example.org") || url.contains("localhost")
                else { continue }
                sink.report("server URL '\(url)' is a placeholder", at: urlNode)
            }
        },
    ]
}
