import Diagnostics
import Foundation
import OpenAPIModel
import Resolver

/// What no generic linter knows: constructs that break or degrade the generated Swift code.
enum CodegenRules {
    static let moneyWords = [
        "amount", "price", "balance", "cost", "fee", "total", "salary", "payment", "money", "value",
    ]

    /// The schema itself, or where its `$ref` leads as the resolver followed it (in any file); `nil` for a reference
    /// the resolver could not follow (it reported why).
    static func target(_ schema: LintNode, in context: LintContext) -> LintNode? {
        guard schema["$ref"] != nil else { return schema }
        return context.followed(schema)
    }

    /// Required properties of an alternative, including those its `allOf` parts require.
    static func requiredNames(_ schema: LintNode, in context: LintContext, depth: Int = 0) -> Set<String> {
        guard depth < 8, let resolved = target(schema, in: context) else { return [] }
        var names = Set((resolved["required"]?.items ?? []).compactMap(\.string))
        for part in resolved["allOf"]?.items ?? [] {
            names.formUnion(requiredNames(part, in: context, depth: depth + 1))
        }
        return names
    }

    static func propertyNames(_ schema: LintNode, in context: LintContext, depth: Int = 0) -> Set<String> {
        guard depth < 8, let resolved = target(schema, in: context) else { return [] }
        var names = Set(resolved["properties"]?.entries.map(\.key) ?? [])
        for part in resolved["allOf"]?.items ?? [] {
            names.formUnion(propertyNames(part, in: context, depth: depth + 1))
        }
        return names
    }

    static let rules: [LintRule] = [
        LintRule(
            "enum-case-swift-keyword", .info, .recommended, .codegen,
            summary: "Enum values do not become Swift keywords (`default`, `self`, `protocol`, ...).",
            rationale: "The generator escapes them (`` .`default` ``), which every caller then has to write."
        ) { context, sink in
            for schema in context.schemas {
                for item in schema["enum"]?.items ?? [] {
                    guard let text = item.string else { continue }
                    let name = SwiftName.memberName(text)
                    if SwiftName.isKeyword(name) {
                        sink.report(
                            "enum value '\(text)' becomes the Swift keyword '\(name)' and must be escaped", at: item)
                    }
                }
            }
        },
        LintRule(
            "discriminator-property-required", .warning, .recommended, .codegen,
            summary: "A discriminator's property is defined and required in every variant.",
            rationale:
                "Decoding picks the variant by that property; a variant without it can never be chosen, and one where it is optional can be encoded without it."
        ) { context, sink in
            for schema in context.schemas {
                guard let discriminator = schema["discriminator"], let propertyNode = discriminator["propertyName"],
                    let property = propertyNode.string
                else { continue }
                for variant in (schema["oneOf"]?.items ?? []) + (schema["anyOf"]?.items ?? []) {
                    let name =
                        variant["$ref"]?.string.map { String($0.split(separator: "/").last ?? "") } ?? "inline variant"
                    if !propertyNames(variant, in: context).contains(property) {
                        sink.report(
                            "variant '\(name)' does not define the discriminator property '\(property)'", at: variant)
                    } else if !requiredNames(variant, in: context).contains(property) {
                        sink.report(
                            "variant '\(name)' does not require the discriminator property '\(property)'", at: variant)
                    }
                }
            }
        },
        LintRule(
            "oneof-distinguishable", .warning, .recommended, .codegen,
            summary: "`oneOf` alternatives without a discriminator can be told apart by their required properties.",
            rationale:
                "Without a discriminator the generated decoder tries the variants in order; two object variants with the same required properties always decode as the first."
        ) { context, sink in
            for schema in context.schemas where schema["discriminator"] == nil {
                let variants = schema["oneOf"]?.items ?? []
                var seen: [Set<String>: LintNode] = [:]
                for variant in variants {
                    guard let resolved = target(variant, in: context),
                        resolved["type"]?.string == "object" || resolved["properties"] != nil
                    else { continue }
                    let required = requiredNames(variant, in: context)
                    if seen[required] != nil {
                        let names =
                            required.isEmpty
                            ? "no required properties"
                            : "the same required properties (\(required.sorted().joined(separator: ", ")))"
                        sink.report(
                            "oneOf alternatives cannot be told apart: two have \(names) and there is no discriminator",
                            at: variant)
                    } else {
                        seen[required] = variant
                    }
                }
            }
        },
        LintRule(
            "schema-boxed", .info, .strict, .codegen,
            summary: "Reports schemas that refer to themselves through non-optional-collection properties.",
            rationale:
                "Swift value types cannot contain themselves; the generator stores such properties boxed (`Indirect`), which is correct but costs an allocation per value."
        ) { context, sink in
            for type in context.api?.types ?? [] where type.needsIndirection {
                sink.report(
                    "schema '\(type.originalName)' is recursive; the generated \(type.name) stores recursive properties boxed",
                    at: type.location, pointer: context.pointer(at: type.location))
            }
        },
        LintRule(
            "schema-untyped", .info, .strict, .codegen,
            summary:
                "Reports schemas the generator can only represent as untyped JSON (`not`, `if`/`then`/`else`, no type at all).",
            rationale: "Such values reach Swift code as `JSONValue`, without compile-time checking."
        ) { context, sink in
            for schema in context.schemas {
                for key in ["not", "if"] where schema[key] != nil {
                    sink.report(
                        "'\(key)' cannot be expressed in Swift types; the value becomes JSONValue",
                        at: schema[key] ?? schema)
                }
            }
        },
        LintRule(
            "money-decimal", .warning, .all, .codegen,
            summary:
                "Numbers whose name suggests money (`amount`, `price`, `balance`, ...) are declared `format: decimal` or as strings.",
            rationale:
                "A `Double` cannot hold 0.10 exactly; money needs `Decimal`. Off unless the `all` ruleset or the config turns it on."
        ) { context, sink in
            for schema in context.schemas {
                for (name, property) in schema["properties"]?.entries ?? [] {
                    guard property["type"]?.string == "number", property["format"]?.string != "decimal" else {
                        continue
                    }
                    let lower = name.lowercased()
                    if moneyWords.contains(where: lower.contains) {
                        sink.report(
                            "number property '\(name)' looks like money but is not declared as decimal", at: property)
                    }
                }
            }
        },
        LintRule(
            "integer-format", .hint, .strict, .codegen,
            summary: "Integers say `format: int32` or `int64`.",
            rationale:
                "Without a format the generator uses `Int`; with one, the Swift type states the range the API guarantees."
        ) { context, sink in
            for schema in context.schemas where SchemaRules.type(of: schema) == "integer" && schema["format"] == nil {
                sink.report("integer schema has no format", at: schema["type"] ?? schema)
            }
        },
    ]
}
