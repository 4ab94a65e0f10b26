import Diagnostics
import Foundation
import OpenAPIModel

/// Rules about path templates, read from the decoded document's `paths` (keys and where each is written); whether
/// every key starts with `/` is about the keys as written, so that rule reads the YAML.
enum PathRules {
    /// The decoded paths with where each key is written and its pointer.
    private static func paths(_ context: LintContext) -> [(path: String, location: SourceLocation, pointer: String)] {
        (context.document?.paths ?? OrderedMap()).map { entry in
            (entry.key, entry.keyLocation, "/paths/" + JSONPointer.escape(entry.key))
        }
    }

    static let rules: [LintRule] = [
        LintRule(
            "path-no-ambiguity", .warning, .recommended, .design,
            summary: "No two paths match the same URLs (`/pets/{id}` and `/pets/{name}`).",
            rationale: "Routers pick one at random or by declaration order; OpenAPI calls such paths ambiguous."
        ) { context, sink in
            var seen: [String: String] = [:]
            for (path, location, pointer) in paths(context) {
                let key = URLTemplate.shape(path)
                if let first = seen[key] {
                    sink.report("path '\(path)' matches the same URLs as '\(first)'", at: location, pointer: pointer)
                } else {
                    seen[key] = path
                }
            }
        },
        LintRule(
            "path-trailing-slash", .warning, .recommended, .design,
            summary: "Paths do not end with `/` (except `/` itself).",
            rationale: "`/pets/` and `/pets` are different URLs to most servers; a trailing slash is usually a mistake."
        ) { context, sink in
            for (path, location, pointer) in paths(context) where path.count > 1 && path.hasSuffix("/") {
                sink.report("path '\(path)' ends with a slash", at: location, pointer: pointer)
            }
        },
        LintRule(
            "path-no-query", .error, .recommended, .validity,
            summary: "Paths contain no query string; query parameters are declared as parameters.",
            rationale: "A `?` in a path template is sent percent-encoded, not as a query."
        ) { context, sink in
            for (path, location, pointer) in paths(context) where path.contains("?") {
                sink.report("path '\(path)' contains a query string", at: location, pointer: pointer)
            }
        },
        LintRule(
            "path-keys-start-with-slash", .error, .recommended, .validity,
            summary: "Every key of `paths` starts with `/`.",
            rationale: "OpenAPI requires it; the path is appended to the server URL."
        ) { context, sink in
            for (path, item) in context.root["paths"]?.entries ?? [] where !path.hasPrefix("/") && !path.hasPrefix("x-")
            {
                sink.report("path '\(path)' does not start with '/'", at: item)
            }
        },
    ]
}
