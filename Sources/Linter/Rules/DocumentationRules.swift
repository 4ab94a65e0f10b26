import Diagnostics
import Foundation
import OpenAPIModel
import Resolver

/// Rules about `info`, tags and Markdown text. `info` and tags are read from the decoded document, tag use from the
/// IR's operations (path items reached through `$ref` included); Markdown rules read the text as written.
enum DocumentationRules {
    /// The decoded `info` and where its key is, when the document has one.
    private static func info(_ context: LintContext) -> (info: Info, location: SourceLocation)? {
        guard let document = context.document, let location = document.infoLocation else { return nil }
        return (document.info, location)
    }

    static let rules: [LintRule] = [
        LintRule(
            "info-contact", .warning, .recommended, .documentation,
            summary: "`info` has a `contact`.",
            rationale: "Consumers of an API need to know whom to ask."
        ) { context, sink in
            if let (info, location) = info(context), info.contact == nil {
                sink.report("info has no contact", at: location, pointer: "/info")
            }
        },
        LintRule(
            "info-license", .info, .recommended, .documentation,
            summary: "`info` has a `license`.",
            rationale: "Without a license, reuse of the description and of generated code is unclear."
        ) { context, sink in
            if let (info, location) = info(context), info.license == nil {
                sink.report("info has no license", at: location, pointer: "/info")
            }
        },
        LintRule(
            "info-description", .warning, .recommended, .documentation,
            summary: "`info` has a `description`.",
            rationale: "The description is the API's front page in every documentation tool."
        ) { context, sink in
            if let (info, location) = info(context), (info.description ?? "").isEmpty {
                sink.report("info has no description", at: location, pointer: "/info")
            }
        },
        LintRule(
            "tags-unique", .error, .recommended, .validity,
            summary: "Top-level tag names are unique.",
            rationale: "OpenAPI requires unique tag names."
        ) { context, sink in
            var seen = Set<String>()
            for (index, tag) in (context.document?.tags ?? []).enumerated() {
                guard let location = tag.nameLocation, !seen.insert(tag.name).inserted else { continue }
                sink.report("tag '\(tag.name)' is declared twice", at: location, pointer: "/tags/\(index)/name")
            }
        },
        LintRule(
            "tag-description", .info, .strict, .documentation,
            summary: "Declared tags have a `description`.",
            rationale: "Tag descriptions introduce each group of operations in documentation."
        ) { context, sink in
            for (index, tag) in (context.document?.tags ?? []).enumerated() where (tag.description ?? "").isEmpty {
                sink.report("tag '\(tag.name)' has no description", at: tag.location, pointer: "/tags/\(index)")
            }
        },
        LintRule(
            "tag-unused", .warning, .recommended, .documentation,
            summary: "Every declared tag is used by an operation.",
            rationale: "An unused tag shows up as an empty section in documentation."
        ) { context, sink in
            let used = Set((context.api?.operations ?? []).flatMap(\.tags))
            for (index, tag) in (context.document?.tags ?? []).enumerated() where !used.contains(tag.name) {
                guard let location = tag.nameLocation else { continue }
                sink.report(
                    "tag '\(tag.name)' is not used by any operation", at: location, pointer: "/tags/\(index)/name")
            }
        },
        LintRule(
            "markdown-no-script", .warning, .recommended, .documentation,
            summary: "Descriptions and summaries contain no `<script>` tags.",
            rationale:
                "Documentation renderers display Markdown as HTML; a script in it runs in every reader's browser."
        ) { context, sink in
            for text in context.texts where text.string?.lowercased().contains("<script") == true {
                sink.report("text contains a <script> tag", at: text)
            }
        },
        LintRule(
            "markdown-no-eval", .warning, .recommended, .documentation,
            summary: "Descriptions and summaries contain no `eval(`.",
            rationale: "Script injection through documentation; see markdown-no-script."
        ) { context, sink in
            for text in context.texts where text.string?.contains("eval(") == true {
                sink.report("text contains 'eval('", at: text)
            }
        },
    ]
}
