/// Completes the constraints of every use of a type once all types are built: a property, parameter or alias
/// that refers to an alias with constraints (`currency: {$ref: Currency}` where `Currency` has a `pattern`) must
/// satisfy the alias's too, and the items of an array those of its item type.
///
/// This runs after conversion because a component's body, and so an alias's constraints, may be converted after
/// the properties that refer to it (`TypeBuilder` defers bodies).
struct ConstraintCompletion {
    private let aliases: [String: (target: TypeRef, own: ValueConstraints?)]
    private var completed: [String: ValueConstraints?] = [:]
    private var inProgress: Set<String> = []

    init(_ types: [NamedType]) {
        var aliases: [String: (target: TypeRef, own: ValueConstraints?)] = [:]
        for type in types {
            if case .alias(let target) = type.kind { aliases[type.name] = (target, type.constraints) }
        }
        self.aliases = aliases
    }

    /// Completes the constraints of aliases, properties and the parameters of `operations` and `webhooks` (their
    /// callbacks' included). Without an alias that states constraints there is nothing to merge: a use's own constraints,
    /// inline items included, are complete as the builder made them.
    static func complete(
        _ types: inout [NamedType], operations: inout [ResolvedOperation],
        webhooks: inout [(name: String, operations: [ResolvedOperation])]
    ) {
        var completion = ConstraintCompletion(types)
        guard completion.aliases.values.contains(where: { $0.own != nil }) else { return }
        for index in types.indices {
            switch types[index].kind {
            case .alias:
                types[index].constraints = completion.aliasConstraints(types[index].name)
            case .object(var object):
                for property in object.properties.indices {
                    object.properties[property].constraints = completion.constraints(
                        object.properties[property].constraints, of: object.properties[property].type)
                }
                types[index].kind = .object(object)
            case .enumeration, .union:
                break
            }
        }
        completion.completeParameters(&operations)
        for index in webhooks.indices { completion.completeParameters(&webhooks[index].operations) }
    }

    private mutating func completeParameters(_ operations: inout [ResolvedOperation]) {
        for index in operations.indices {
            for parameter in operations[index].parameters.indices {
                let completed = constraints(
                    operations[index].parameters[parameter].constraints,
                    of: operations[index].parameters[parameter].type)
                operations[index].parameters[parameter].constraints = completed
            }
            for callback in operations[index].callbacks.indices {
                completeParameters(&operations[index].callbacks[callback].operations)
            }
        }
    }

    /// `own` with the constraints `type` brings: an alias's, and for an array those of its items.
    mutating func constraints(_ own: ValueConstraints?, of type: TypeRef) -> ValueConstraints? {
        var result = own ?? ValueConstraints()
        switch type.nonNullable {
        case .named(let name):
            result = result.merged(with: aliasConstraints(name))
        case .array(let element):
            result.items = constraints(result.items, of: element)
        case .primitive, .map, .nullable, .anyJSON:
            break
        }
        return result.nonEmpty
    }

    /// The complete constraints of the alias `name`; `nil` for other types. A cycle of aliases (reported as an
    /// error elsewhere) adds nothing.
    private mutating func aliasConstraints(_ name: String) -> ValueConstraints? {
        if let known = completed[name] { return known }
        guard let alias = aliases[name], !inProgress.contains(name) else { return nil }
        inProgress.insert(name)
        let result = constraints(alias.own, of: alias.target)
        inProgress.remove(name)
        completed[name] = result
        return result
    }
}
