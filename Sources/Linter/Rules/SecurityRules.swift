import Diagnostics
import Foundation
import OpenAPIModel
import Resolver

/// Rules about security requirements and schemes.
enum SecurityRules {
    /// Every security requirement object with where it stands: top level and operations.
    static func requirements(_ context: LintContext) -> [LintNode] {
        var found = context.root["security"]?.items ?? []
        for operation in context.operations { found += operation.node["security"]?.items ?? [] }
        return found
    }

    static let rules: [LintRule] = [
        LintRule(
            "security-scopes-defined", .warning, .recommended, .validity,
            summary: "OAuth 2 scopes a requirement asks for are defined in one of the scheme's flows.",
            rationale:
                "A client asks the authorization server for the scopes the flows list; an unknown scope fails at run time."
        ) { context, sink in
            let schemes = context.root["components"]?["securitySchemes"]
            for requirement in requirements(context) {
                for (name, scopes) in requirement.entries {
                    guard let scheme = schemes?[name], scheme["type"]?.string == "oauth2" else { continue }
                    let defined = Set(
                        (scheme["flows"]?.entries ?? []).flatMap { $0.value["scopes"]?.entries.map(\.key) ?? [] })
                    for scope in scopes.items {
                        if let text = scope.string, !defined.contains(text) {
                            sink.report(
                                "scope '\(text)' is not defined by the flows of security scheme '\(name)'", at: scope)
                        }
                    }
                }
            }
        },
        LintRule(
            "security-defined", .info, .strict, .design,
            summary: "The document or every operation states its security requirements.",
            rationale:
                "Without `security`, readers and generated clients cannot tell public operations from protected ones."
        ) { context, sink in
            guard context.root["security"] == nil, context.root["components"]?["securitySchemes"] != nil else { return }
            for operation in context.operations where operation.node["security"] == nil {
                sink.report(
                    "operation \(LintContext.name(operation)) states no security requirement", at: operation.node)
            }
        },
        LintRule(
            "security-scheme-unused", .warning, .recommended, .design,
            summary: "Every declared security scheme is used by some requirement.",
            rationale: "An unused scheme is dead configuration or a requirement that was forgotten."
        ) { context, sink in
            // The document's requirements and every operation's (its own or the document's), as resolved.
            guard let document = context.document else { return }
            var used = Set((document.security ?? []).flatMap { $0.schemes.map(\.key) })
            for operation in context.api?.operations ?? [] {
                used.formUnion(operation.security.flatMap { $0.schemes.map(\.name) })
            }
            for entry in document.components.securitySchemes where !used.contains(entry.key) {
                sink.report(
                    "security scheme '\(entry.key)' is not used by any security requirement", at: entry.keyLocation,
                    pointer: "/components/securitySchemes/" + JSONPointer.escape(entry.key))
            }
        },
    ]
}
