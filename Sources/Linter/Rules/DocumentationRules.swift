import Diagnostics
import Foundation

/// Rules about `info`, tags and Markdown text.
enum DocumentationRules {
    static let rules: [LintRule] = [
        LintRule(
            "info-contact", .warning, .recommended, .documentation,
            summary: "`info` has a `contact`.",
            rationale: "Consumers of an API need to know whom to ask."
        ) { context, sink in
            if let info = context.root["info"], info["contact"] == nil { sink.report("info has no contact", at: info) }
        },
        LintRule(
            "info-license", .info, .recommended, .documentation,
            summary: "`info` has a `license`.",
            rationale: "Without a license, reuse of the description and of generated code is unclear."
        ) { context, sink in
            if let info = context.root["info"], info["license"] == nil { sink.report("info has no license", at: info) }
        },
        LintRule(
            "info-description", .warning, .recommended, .documentation,
            summary: "`info` has a `description`.",
            rationale: "The description is the API's front page in every documentation tool."
        ) { context, sink in
            if let info = context.root["info"], (info["description"]?.string ?? "").isEmpty {
                sink.report("info has no description", at: info)
            }
        },
        LintRule(
            "tags-unique", .error, .recommended, .validity,
            summary: "Top-level tag names are unique.",
            rationale: "OpenAPI requires unique tag names."
        ) { context, sink in
            var seen = Set<String>()
            for tag in context.root["tags"]?.items ?? [] {
                guard let nameNode = tag["name"], let name = nameNode.string else { continue }
                if !seen.insert(name).inserted { sink.report("tag '\(name)' is declared twice", at: nameNode) }
            }
        },
        LintRule(
            "tag-description", .info, .strict, .documentation,
            summary: "Declared tags have a `description`.",
            rationale: "Tag descriptions introduce each group of operations in documentation."
        ) { context, sink in
            for tag in context.root["tags"]?.items ?? [] where (tag["description"]?.string ?? "").isEmpty {
                sink.report("tag '\(tag["name"]?.string ?? "")' has no description", at: tag)
            }
        },
        LintRule(
            "tag-unused", .warning, .recommended, .documentation,
            summary: "Every declared tag is used by an operation.",
            rationale: "An unused tag shows up as an empty section in documentation."
        ) { context, sink in
            let used = Set(context.operations.flatMap { ($0.node["tags"]?.items ?? []).compactMap(\.string) })
            for tag in context.root["tags"]?.items ?? [] {
                guard let nameNode = tag["name"], let name = nameNode.string, !used.contains(name) else { continue }
                sink.report("tag '\(name)' is not used by any operation", at: nameNode)
            }
        },
        LintRule(
            "markdown-no-script", .error, .recommended, .documentation,
            summary: "Descriptions and summaries contain no `<script>` tags.",
            rationale:
                "Documentation renderers display Markdown as HTML; a script in it runs in every reader's browser."
        ) { context, sink in
            for text in context.texts where text.string?.lowercased().contains("<script") == true {
                sink.report("text contains a <script> tag", at: text)
            }
        },
        LintRule(
            "markdown-no-eval", .error, .recommended, .documentation,
            summary: "Descriptions and summaries contain no `eval(`.",
            rationale: "Script injection through documentation; see markdown-no-script."
        ) { context, sink in
            for text in context.texts where text.string?.contains("eval(") == true {
                sink.report("text contains 'eval('", at: text)
            }
        },
    ]
}
