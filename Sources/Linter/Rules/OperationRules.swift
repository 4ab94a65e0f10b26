import Diagnostics
import Foundation
import OpenAPIModel
import Resolver

/// Rules about operations: ids, tags, documentation, responses. What an operation has is read from the IR (its
/// references followed, path-level parameters merged); the finding points where the operation is written.
enum OperationRules {
    /// The operations with their IR, for rules that judge the resolved operation.
    private static func resolved(_ context: LintContext) -> [(
        site: LintContext.OperationSite, operation: ResolvedOperation
    )] {
        context.operations.compactMap { site in site.resolved.map { (site, $0) } }
    }

    static let urlSafe = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

    static let rules: [LintRule] = [
        LintRule(
            "operation-operationId", .warning, .recommended, .design,
            summary: "Every operation has an `operationId`.",
            rationale:
                "Generated method names, documentation anchors and logs use it; without one the generator invents a name from method and path."
        ) { context, sink in
            for (site, operation) in resolved(context) where operation.operationId == nil {
                sink.report(
                    "operation \(LintContext.name(site)) has no operationId", at: operation.location,
                    pointer: site.node.pointer)
            }
        },
        LintRule(
            "operation-operationId-unique", .error, .recommended, .validity,
            summary: "No two operations share an `operationId`.",
            rationale: "OpenAPI requires unique ids; tools address operations by them."
        ) { context, sink in
            var seen: [String: String] = [:]
            for (site, operation) in resolved(context) {
                guard let id = operation.operationId, let location = operation.operationIdLocation else { continue }
                if let first = seen[id] {
                    sink.report(
                        "operationId '\(id)' is also used by \(first)", at: location,
                        pointer: site.node.pointer + "/operationId")
                } else {
                    seen[id] = LintContext.name(site)
                }
            }
        },
        LintRule(
            "operation-operationId-url-safe", .warning, .recommended, .design,
            summary: "`operationId`s use only URL-safe characters (letters, digits, `-._~`).",
            rationale: "Ids appear in URLs of documentation and in link objects; spaces and slashes break them."
        ) { context, sink in
            for (site, operation) in resolved(context) {
                guard let id = operation.operationId, let location = operation.operationIdLocation,
                    !id.allSatisfy(urlSafe.contains)
                else { continue }
                sink.report(
                    "operationId '\(id)' contains characters that are not URL-safe", at: location,
                    pointer: site.node.pointer + "/operationId")
            }
        },
        LintRule(
            "operation-tags", .warning, .recommended, .design,
            summary: "Every operation has at least one tag.",
            rationale: "Tags group operations in documentation and select them in generator filters."
        ) { context, sink in
            for (site, operation) in resolved(context) where operation.tags.isEmpty {
                sink.report(
                    "operation \(LintContext.name(site)) has no tags", at: operation.location,
                    pointer: site.node.pointer)
            }
        },
        LintRule(
            "operation-tag-defined", .warning, .recommended, .documentation,
            summary: "Tags used by operations are declared in the top-level `tags` list.",
            rationale: "Declared tags carry descriptions and order; an undeclared one is often a typo."
        ) { context, sink in
            // Only a document that declares tags is held to them.
            guard let tags = context.document?.tags, !tags.isEmpty else { return }
            let declared = Set(tags.map(\.name))
            for (site, operation) in resolved(context) {
                for (index, (name, location)) in zip(operation.tags, operation.tagLocations).enumerated()
                where !declared.contains(name) {
                    sink.report(
                        "tag '\(name)' of \(LintContext.name(site)) is not declared in the top-level tags",
                        at: location,
                        pointer: site.node.pointer + "/tags/\(index)")
                }
            }
        },
        LintRule(
            "operation-summary", .warning, .recommended, .documentation,
            summary: "Every operation has a `summary`.",
            rationale: "The summary is the one line documentation and generated doc comments show."
        ) { context, sink in
            for (site, operation) in resolved(context) where (operation.summary ?? "").isEmpty {
                sink.report(
                    "operation \(LintContext.name(site)) has no summary", at: operation.location,
                    pointer: site.node.pointer)
            }
        },
        LintRule(
            "operation-description", .info, .strict, .documentation,
            summary: "Every operation has a `description`.",
            rationale: "Behaviour beyond the summary (side effects, errors, limits) belongs in the description."
        ) { context, sink in
            for (site, operation) in resolved(context) where (operation.description ?? "").isEmpty {
                sink.report(
                    "operation \(LintContext.name(site)) has no description", at: operation.location,
                    pointer: site.node.pointer)
            }
        },
        LintRule(
            "operation-success-response", .warning, .recommended, .design,
            summary: "Every operation documents at least one 2XX or 3XX response.",
            rationale: "Without a success response a generated client cannot tell success from failure."
        ) { context, sink in
            // The statuses as written: a response whose `$ref` is broken still documents its status.
            for operation in context.operations {
                guard let responses = operation.node["responses"] else { continue }
                let success = responses.entries.contains { $0.key.hasPrefix("2") || $0.key.hasPrefix("3") }
                if !success {
                    sink.report(
                        "operation \(LintContext.name(operation)) has no success (2XX or 3XX) response", at: responses)
                }
            }
        },
        LintRule(
            "operation-4xx-response", .warning, .recommended, .design,
            summary: "Operations that take input (parameters or a body) document a 4XX response (or a `default` one).",
            rationale: "Input can be wrong; clients need to know what the error looks like to handle it."
        ) { context, sink in
            // Input and statuses as written: a parameter or response whose `$ref` is broken is still there.
            for operation in context.operations {
                guard let responses = operation.node["responses"] else { continue }
                let hasInput =
                    !(operation.node["parameters"]?.items ?? []).isEmpty
                    || !(operation.pathItem["parameters"]?.items ?? []).isEmpty || operation.node["requestBody"] != nil
                let clientError = responses.entries.contains { $0.key.hasPrefix("4") || $0.key == "default" }
                if hasInput, !clientError {
                    sink.report(
                        "operation \(LintContext.name(operation)) takes input but has no 4XX response", at: responses)
                }
            }
        },
        LintRule(
            "operation-parameters-unique", .error, .recommended, .validity,
            summary: "An operation does not list the same parameter (name and location) twice.",
            rationale: "OpenAPI forbids duplicates; which one applies is undefined."
        ) { context, sink in
            var pathItemsChecked = Set<String>()
            for operation in context.operations {
                let item = operation.pathItem
                if pathItemsChecked.insert(item.file + "#" + item.pointer).inserted {
                    reportDuplicateParameters(in: item, of: "path \(operation.path)", context, &sink)
                }
                reportDuplicateParameters(in: operation.node, of: LintContext.name(operation), context, &sink)
            }
        },
        LintRule(
            "operation-get-body", .warning, .recommended, .design,
            summary: "GET, HEAD and DELETE operations have no request body.",
            rationale: "HTTP gives such bodies no meaning; proxies and clients (URLSession among them) drop them."
        ) { context, sink in
            // The key as written counts, even when its reference could not be followed.
            for (site, operation) in resolved(context) where ["get", "head", "delete"].contains(site.method) {
                guard let location = operation.requestBodyLocation else { continue }
                sink.report(
                    "\(site.method.uppercased()) operation \(site.path) has a request body", at: location,
                    pointer: site.node.pointer + "/requestBody")
            }
        },
    ]

    /// Reports each parameter of `owner`'s list that repeats an earlier one's name and location, written inline or
    /// reached through `$ref`s; the finding points at the repeated entry.
    private static func reportDuplicateParameters(
        in owner: LintNode, of ownerName: String, _ context: LintContext, _ sink: inout FindingSink
    ) {
        var seen = Set<String>()
        for entry in owner["parameters"]?.items ?? [] {
            guard let parameter = context.dereferenced(entry), let name = parameter["name"]?.string,
                let location = parameter["in"]?.string
            else { continue }
            if !seen.insert("\(location) \(name)").inserted {
                sink.report("\(location) parameter '\(name)' is listed twice in \(ownerName)", at: entry)
            }
        }
    }
}
