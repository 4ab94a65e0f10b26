import Diagnostics
import Foundation
import OpenAPIModel
import YAMLLoader

/// Rules about schemas: enums, `required`, arrays, defaults, unused components.
enum SchemaRules {
    /// The schema's `type` when it names one (the first non-null of a 3.1 type array).
    static func type(of schema: LintNode) -> String? {
        if let single = schema["type"]?.string { return single }
        return schema["type"]?.items.compactMap(\.string).first { $0 != "null" }
    }

    /// Whether a YAML value fits a JSON Schema type (`nil` fits anything). Scalars are typed as the decoder types
    /// them, by the YAML 1.2 core schema: `inf` and `yes` are strings, `.inf` a number.
    static func value(_ node: YAMLNode, fits type: String?) -> Bool {
        guard let type else { return true }
        if node.isNull { return true }
        let resolved = ScalarResolution.resolve(node)
        switch (type, resolved) {
        case ("object", _): return node.mapping != nil
        case ("array", _): return node.sequence != nil
        case ("string", .string?), ("integer", .integer?), ("number", .integer?), ("number", .number?),
            ("boolean", .bool?):
            return true
        case ("string", _), ("integer", _), ("number", _), ("boolean", _): return false
        default: return true
        }
    }

    /// `'text'` for messages.
    static func show(_ node: YAMLNode) -> String {
        if let scalar = node.scalar { return "'\(scalar)'" }
        return node.kindDescription
    }

    /// The first way `value` breaks `schema` (type, enum, required, properties, items, `allOf`), as a message,
    /// or nil when it fits. References are followed inside this file.
    static func mismatch(
        _ value: LintNode, _ schema: LintNode, _ context: LintContext, path: String = "", depth: Int = 0
    ) -> String? {
        guard depth < 16, let schema = CodegenRules.target(schema, in: context) else { return nil }
        let at = path.isEmpty ? "" : " at '\(path)'"
        if let type = type(of: schema), !self.value(value.node, fits: type) {
            if value.node.isNull,
                schema["nullable"]?.string == "true"
                    || schema["type"]?.items.contains(where: { $0.string == "null" }) == true
            {
                return nil
            }
            return "\(show(value.node))\(at) is not of type \(type)"
        }
        if let allowed = schema["enum"]?.items.compactMap(\.string), !allowed.isEmpty, let text = value.string,
            !allowed.contains(text)
        {
            return "'\(text)'\(at) is not one of the enum values"
        }
        for part in schema["allOf"]?.items ?? [] {
            if let problem = mismatch(value, part, context, path: path, depth: depth + 1) { return problem }
        }
        if value.node.mapping != nil {
            let present = Set(value.entries.map(\.key))
            for required in (schema["required"]?.items ?? []).compactMap(\.string) where !present.contains(required) {
                return "required property '\(required)'\(at) is missing"
            }
            for (key, member) in value.entries {
                guard let property = schema["properties"]?[key] else { continue }
                let child = path.isEmpty ? key : path + "." + key
                if let problem = mismatch(member, property, context, path: child, depth: depth + 1) { return problem }
            }
        }
        if let items = schema["items"] {
            for (index, item) in value.items.enumerated() {
                if let problem = mismatch(item, items, context, path: path + "[\(index)]", depth: depth + 1) {
                    return problem
                }
            }
        }
        return nil
    }

    static let rules: [LintRule] = [
        LintRule(
            "example-matches-schema", .warning, .recommended, .validity,
            summary:
                "`example`s of schemas and media types fit their schema (type, enum, required, properties, items).",
            rationale:
                "Documentation, mock servers and tests built from a wrong example mislead; generated tests decode examples."
        ) { context, sink in
            for schema in context.schemas {
                if let example = schema["example"], let problem = mismatch(example, schema, context) {
                    sink.report("example does not match its schema: \(problem)", at: example)
                }
            }
            func visit(_ node: LintNode) {
                for (key, value) in node.entries {
                    if key == "content" {
                        for (_, media) in value.entries {
                            guard let schema = media["schema"] else { continue }
                            if let example = media["example"], let problem = mismatch(example, schema, context) {
                                sink.report("example does not match its schema: \(problem)", at: example)
                            }
                            for (name, example) in media["examples"]?.entries ?? [] {
                                guard let value = example["value"], let problem = mismatch(value, schema, context)
                                else { continue }
                                sink.report("example '\(name)' does not match its schema: \(problem)", at: value)
                            }
                        }
                    } else if key != "schemas", !key.hasPrefix("x-") {
                        visit(value)
                    }
                }
                node.items.forEach(visit)
            }
            visit(context.root)
        },
        LintRule(
            "enum-values-unique", .warning, .recommended, .validity,
            summary: "Enum values are not listed twice.",
            rationale: "JSON Schema requires unique enum items; a duplicate is usually a typo for another value."
        ) { context, sink in
            for schema in context.schemas {
                var seen = Set<String>()
                for item in schema["enum"]?.items ?? [] {
                    guard let text = item.string else { continue }
                    if !seen.insert(text).inserted { sink.report("enum value '\(text)' is listed twice", at: item) }
                }
            }
        },
        LintRule(
            "enum-values-match-type", .warning, .recommended, .validity,
            summary: "Enum values are of the schema's type.",
            rationale:
                "A string `\"1\"` in an integer enum can never validate; generated enums would not compile or would drop it."
        ) { context, sink in
            for schema in context.schemas {
                let type = type(of: schema)
                for item in schema["enum"]?.items ?? [] where !value(item.node, fits: type) {
                    sink.report("enum value \(show(item.node)) is not of type \(type ?? "")", at: item)
                }
            }
        },
        LintRule(
            "required-properties-exist", .warning, .recommended, .validity,
            summary: "Names in `required` are properties of the schema.",
            rationale:
                "A required name without a property is usually a typo, and makes every value invalid when additional properties are not allowed."
        ) { context, sink in
            for schema in context.schemas {
                guard let properties = schema["properties"], let required = schema["required"] else { continue }
                let names = Set(properties.entries.map(\.key))
                for item in required.items {
                    if let name = item.string, !names.contains(name) {
                        sink.report("required property '\(name)' is not defined in properties", at: item)
                    }
                }
            }
        },
        LintRule(
            "array-items", .warning, .recommended, .validity,
            summary: "Array schemas declare `items`.",
            rationale:
                "OpenAPI 3.0 requires `items`; without it the element type is unknown and generated code falls back to untyped JSON."
        ) { context, sink in
            for schema in context.schemas
            where type(of: schema) == "array" && schema["items"] == nil && schema["prefixItems"] == nil {
                sink.report("array schema has no items", at: schema["type"] ?? schema)
            }
        },
        LintRule(
            "default-matches-type", .warning, .recommended, .validity,
            summary: "A schema's `default` is of its type (and one of its enum values).",
            rationale:
                "Generated code applies defaults when a key is absent; a default of the wrong type cannot be applied."
        ) { context, sink in
            for schema in context.schemas {
                guard let defaultNode = schema["default"] else { continue }
                let type = type(of: schema)
                if !value(defaultNode.node, fits: type) {
                    sink.report("default \(show(defaultNode.node)) is not of type \(type ?? "")", at: defaultNode)
                } else if let allowed = schema["enum"]?.items.compactMap(\.string), let text = defaultNode.string,
                    !allowed.isEmpty, !allowed.contains(text)
                {
                    sink.report("default '\(text)' is not one of the enum values", at: defaultNode)
                }
            }
        },
        LintRule(
            "component-unused", .warning, .recommended, .design,
            summary: "Every component (schema, parameter, response, request body, header, example) is referenced.",
            rationale: "Unused components are dead weight and become generated types nobody uses."
        ) { context, sink in
            var referenced = Set<String>()
            func collect(_ node: LintNode) {
                for (key, value) in node.entries {
                    if key == "$ref", let target = value.string, let hash = target.firstIndex(of: "#") {
                        referenced.insert(String(target[hash...]))
                    } else if key == "mapping" {
                        for (_, target) in value.entries {
                            if let text = target.string {
                                referenced.insert(text.hasPrefix("#") ? text : "#/components/schemas/" + text)
                            }
                        }
                        collect(value)
                    } else {
                        collect(value)
                    }
                }
                node.items.forEach(collect)
            }
            collect(context.root)
            for kind in ["schemas", "parameters", "responses", "requestBodies", "headers", "examples"] {
                for (name, component) in context.root["components"]?[kind]?.entries ?? [] {
                    let pointer = "#/components/\(kind)/\(JSONPointer.escape(name))"
                    if !referenced.contains(pointer) {
                        sink.report("component '\(name)' in \(kind) is never referenced", at: component)
                    }
                }
            }
        },
        LintRule(
            "schema-description", .info, .strict, .documentation,
            summary: "Component schemas and their properties have a `description`.",
            rationale: "Descriptions become doc comments of the generated types and properties."
        ) { context, sink in
            for component in context.document?.components.schemas ?? OrderedMap() where component.value.ref == nil {
                let pointer = "/components/schemas/" + JSONPointer.escape(component.key)
                if component.value.description == nil {
                    sink.report(
                        "schema '\(component.key)' has no description", at: component.keyLocation, pointer: pointer)
                }
                for property in component.value.properties
                where property.value.description == nil && property.value.ref == nil {
                    sink.report(
                        "property '\(property.key)' of schema '\(component.key)' has no description",
                        at: property.keyLocation, pointer: pointer + "/properties/" + JSONPointer.escape(property.key))
                }
            }
        },
    ]
}
