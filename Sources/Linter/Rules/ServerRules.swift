import Diagnostics
import Foundation
import OpenAPIModel

/// Rules about `servers`, read from the decoded document (the model keeps where each URL and default is written).
enum ServerRules {
    /// Every server object written in the document, with its pointer: top level, path items and operations
    /// (path items given by `$ref` are linted where they are written).
    static func servers(_ context: LintContext) -> [(server: Server, pointer: String)] {
        guard let document = context.document else { return [] }
        func listed(_ servers: [Server], under pointer: String) -> [(server: Server, pointer: String)] {
            servers.enumerated().map { ($1, "\(pointer)/servers/\($0)") }
        }
        var found = listed(document.servers, under: "")
        for entry in document.paths {
            guard case .value(let item) = entry.value else { continue }
            let itemPointer = "/paths/" + JSONPointer.escape(entry.key)
            found += listed(item.servers, under: itemPointer)
            for operation in item.operations {
                found += listed(operation.servers, under: itemPointer + "/" + operation.method.rawValue)
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
            guard let document = context.document, document.servers.isEmpty else { return }
            sink.report(
                "the document lists no servers",
                at: document.openapiLocation ?? SourceLocation(file: context.file, line: 1, column: 1),
                pointer: document.openapiLocation == nil ? "" : "/openapi")
        },
        LintRule(
            "server-trailing-slash", .warning, .recommended, .design,
            summary: "Server URLs do not end with `/`.",
            rationale: "Paths start with `/`, so a trailing slash doubles it in every request URL."
        ) { context, sink in
            for (server, pointer) in servers(context) {
                guard let location = server.urlLocation, server.url.count > 1, server.url.hasSuffix("/") else {
                    continue
                }
                sink.report("server URL '\(server.url)' ends with a slash", at: location, pointer: pointer + "/url")
            }
        },
        LintRule(
            "server-variables-defined", .error, .recommended, .validity,
            summary: "Every `{name}` in a server URL has an entry in the server's `variables`.",
            rationale: "A client cannot substitute a variable without a default."
        ) { context, sink in
            for (server, pointer) in servers(context) {
                guard let location = server.urlLocation else { continue }
                for name in URLTemplate.variables(server.url) where server.variables[name] == nil {
                    sink.report(
                        "server variable '\(name)' of '\(server.url)' is not defined", at: location,
                        pointer: pointer + "/url")
                }
            }
        },
        LintRule(
            "server-variables-used", .warning, .recommended, .design,
            summary: "Every server variable appears in its URL.",
            rationale: "An unused variable is dead configuration, usually a renamed placeholder."
        ) { context, sink in
            for (server, pointer) in servers(context) {
                let used = Set(URLTemplate.variables(server.url))
                for entry in server.variables where !used.contains(entry.key) {
                    sink.report(
                        "server variable '\(entry.key)' is not used in '\(server.url)'", at: entry.keyLocation,
                        pointer: pointer + "/variables/" + JSONPointer.escape(entry.key))
                }
            }
        },
        LintRule(
            "server-variable-default-allowed", .error, .recommended, .validity,
            summary: "A server variable's `default` is one of its `enum` values.",
            rationale: "OpenAPI requires it; the default is what clients use."
        ) { context, sink in
            for (server, pointer) in servers(context) {
                for entry in server.variables {
                    let variable = entry.value
                    guard let allowed = variable.enumValues, !allowed.isEmpty, let location = variable.defaultLocation,
                        !allowed.contains(variable.defaultValue)
                    else { continue }
                    sink.report(
                        "default '\(variable.defaultValue)' of server variable '\(entry.key)' is not one of its enum values",
                        at: location, pointer: pointer + "/variables/" + JSONPointer.escape(entry.key) + "/default")
                }
            }
        },
        LintRule(
            "server-not-example", .info, .strict, .design,
            summary: "Server URLs are not placeholders such as `example.com`.",
            rationale: "A placeholder server in a published spec sends generated clients nowhere."
        ) { context, sink in
            for (server, pointer) in servers(context) {
                let url = server.url
                guard let location = server.urlLocation,
                    url.contains("example.com") || url.contains("example.org") || url.contains("localhost")
                else { continue }
                sink.report("server URL '\(url)' is a placeholder", at: location, pointer: pointer + "/url")
            }
        },
    ]
}
