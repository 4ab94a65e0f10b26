internal import Resolver

/// Decides which of a value's constraints generated code checks, and spells them with `Constraints.mustache`.
///
/// A keyword is checked only where it applies to the Swift type the value has: lengths and patterns on strings,
/// bounds and `multipleOf` on numbers, item counts (and the items' constraints) on arrays. A keyword written for
/// another type (`maxLength` on a `format: uuid` string, `minimum` on an enum) is left out, as JSON Schema ignores
/// keywords of other types; so is a value of a type the configuration replaces by an existing Swift type.
struct ConstraintsBuilder {
    let api: ResolvedAPI
    let mapping: SwiftTypeMapping
    let renderer: TemplateRenderer

    /// What a value of a type is, as far as constraints go.
    private indirect enum ValueKind {
        case text
        case number
        case list(ValueKind?)
    }

    /// The `ValueConstraints(…)` expression checking `constraints` on a value of `type`; `nil` when none applies.
    func expression(_ constraints: ValueConstraints?, for type: TypeRef) -> String? {
        guard let constraints, let kind = kind(of: type) else { return nil }
        return expression(constraints, kind: kind)
    }

    private func expression(_ constraints: ValueConstraints, kind: ValueKind) -> String? {
        typealias Argument = ConstraintsViewModel.Argument
        var arguments: [Argument] = []
        switch kind {
        case .text:
            if let minLength = constraints.minLength {
                arguments.append(Argument(label: "minLength", value: "\(minLength)"))
            }
            if let maxLength = constraints.maxLength {
                arguments.append(Argument(label: "maxLength", value: "\(maxLength)"))
            }
            if !constraints.patterns.isEmpty {
                let literals = constraints.patterns.map(SwiftSource.stringLiteral)
                arguments.append(Argument(label: "patterns", value: "[\(literals.joined(separator: ", "))]"))
            }
        case .number:
            if let minimum = constraints.minimum {
                arguments.append(
                    Argument(label: minimum.isExclusive ? "exclusiveMinimum" : "minimum", value: literal(minimum.value))
                )
            }
            if let maximum = constraints.maximum {
                arguments.append(
                    Argument(label: maximum.isExclusive ? "exclusiveMaximum" : "maximum", value: literal(maximum.value))
                )
            }
            if let multipleOf = constraints.multipleOf {
                arguments.append(Argument(label: "multipleOf", value: literal(multipleOf)))
            }
        case .list(let items):
            if let minItems = constraints.minItems {
                arguments.append(Argument(label: "minItems", value: "\(minItems)"))
            }
            if let maxItems = constraints.maxItems {
                arguments.append(Argument(label: "maxItems", value: "\(maxItems)"))
            }
            if let items, let itemConstraints = constraints.items,
                let itemExpression = expression(itemConstraints, kind: items)
            {
                arguments.append(Argument(label: "items", value: itemExpression))
            }
        }
        guard !arguments.isEmpty else { return nil }
        return renderer.code(ConstraintsViewModel(arguments: arguments), template: "Constraints")
    }

    /// A bound as a Swift literal of `Double`: `1000` rather than `1000.0`, `0.01`, `1e-05`.
    private func literal(_ number: Double) -> String {
        if number.rounded() == number, abs(number) < 1e15 { return String(Int64(number)) }
        return String(number)
    }

    /// The kind of a value of `type`, through aliases; `nil` for types constraints do not judge.
    private func kind(of type: TypeRef, depth: Int = 0) -> ValueKind? {
        guard depth < 64 else { return nil }
        switch type.nonNullable {
        case .primitive(let primitive):
            switch primitive {
            case .string: return .text
            case .int, .int32, .int64, .double, .float, .decimal, .number: return .number
            case .bool, .date, .dateTime, .uuid, .uri, .base64, .binary: return nil
            }
        case .array(let element):
            return .list(kind(of: element, depth: depth + 1))
        case .named(let name):
            guard mapping.renamed[name] == nil, case .alias(let target)? = api.type(named: name)?.kind else {
                return nil
            }
            return kind(of: target, depth: depth + 1)
        case .map, .nullable, .anyJSON:
            return nil
        }
    }
}
