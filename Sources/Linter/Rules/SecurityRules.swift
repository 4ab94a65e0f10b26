import Diagnostics
import Foundation
import OpenAPIModel
import Resolver

/// Rules about security requirements and schemes, read from the decoded document and the IR (the model keeps where
/// each scope of a requirement is written).
enum SecurityRules {
    /// Every security requirement as written, with its pointer: the document's, then each operation's own (an
    /// operation that states none inherits the document's, which are counted once).
    static func requirements(
        _ context: LintContext
    ) -> [(schemes: [(name: String, scopes: [String])], scopeLocations: [String: [SourceLocation]], pointer: String)] {
        var found = (context.document?.security ?? []).enumerated().map { index, requirement in
            (
                schemes: requirement.schemes.map { (name: $0.key, scopes: $0.value) },
                scopeLocations: requirement.scopeLocations, pointer: "/security/\(index)"
            )
        }
        for site in context.operations {
            guard let operation = site.resolved, operation.declaresSecurity else { continue }
            for (index, requirement) in operation.security.enumerated() {
                found.append(
                    (requirement.schemes, requirement.scopeLocations, site.node.pointer + "/security/\(index)"))
            }
        }
        return found
    }

    static let rules: [LintRule] = [
        LintRule(
            "security-scopes-defined", .warning, .recommended, .validity,
            summary: "OAuth 2 scopes a requirement asks for are defined in one of the scheme's flows.",
            rationale:
                "A client asks the authorization server for the scopes the flows list; an unknown scope fails at run time."
        ) { context, sink in
            var defined: [String: Set<String>] = [:]
            for scheme in context.api?.securitySchemes ?? [] {
                guard case .oauth2(let flows) = scheme.kind else { continue }
                let offered = [flows.implicit, flows.password, flows.clientCredentials, flows.authorizationCode]
                defined[scheme.name] = Set(offered.compactMap { $0 }.flatMap { $0.scopes.keys })
            }
            for requirement in requirements(context) {
                for (name, scopes) in requirement.schemes {
                    guard let known = defined[name] else { continue }
                    let locations = requirement.scopeLocations[name] ?? []
                    for (index, (scope, location)) in zip(scopes, locations).enumerated() where !known.contains(scope) {
                        sink.report(
                            "scope '\(scope)' is not defined by the flows of security scheme '\(name)'", at: location,
                            pointer: requirement.pointer + "/" + JSONPointer.escape(name) + "/\(index)")
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
            guard let document = context.document, document.security == nil,
                !document.components.securitySchemes.isEmpty
            else { return }
            for site in context.operations {
                guard let operation = site.resolved, !operation.declaresSecurity else { continue }
                sink.report(
                    "operation \(LintContext.name(site)) states no security requirement", at: operation.location,
                    pointer: site.node.pointer)
            }
        },
        LintRule(
            "security-scheme-unused", .warning, .recommended, .design,
            summary: "Every declared security scheme is used by some requirement.",
            rationale: "An unused scheme is dead configuration or a requirement that was forgotten."
        ) { context, sink in
            // The document's requirements and every operation's (its own or the document's), as resolved.
            guard let document = context.document else { return }
            let used = Set(requirements(context).flatMap { $0.schemes.map(\.name) })
            for entry in document.components.securitySchemes where !used.contains(entry.key) {
                sink.report(
                    "security scheme '\(entry.key)' is not used by any security requirement", at: entry.keyLocation,
                    pointer: "/components/securitySchemes/" + JSONPointer.escape(entry.key))
            }
        },
    ]
}
