/// Where a schema is used, which decides what a change of it does and which check reports it.
enum SchemaContext: Sendable, Hashable {
    /// A parameter's value: clients send it.
    case parameter
    /// A request body: clients send it.
    case request
    /// A response body: clients read it.
    case response
    /// A response header: clients read it.
    case header

    /// Clients write values of this schema (rather than read them).
    var clientsWrite: Bool { self == .parameter || self == .request }
}

/// A kind of change to a schema, before the context says which check reports it and how bad it is.
enum SchemaChange: Sendable, Hashable {
    case typeChanged
    /// The same JSON type, another format; `widened` when every old value is a valid new value, `narrowed` when
    /// every new value is a valid old value (both for interchangeable formats, neither for unrelated ones).
    case formatChanged(widened: Bool, narrowed: Bool)
    case enumValueAdded, enumValueRemoved
    case becameNullable, becameNonNullable
    case variantAdded, variantRemoved, discriminatorChanged
    case propertyAdded(required: Bool)
    case propertyRemoved(wasRequired: Bool)
    case becameRequired, becameOptional

    /// The check that reports this change in `context`, at the body's root or inside it; `nil` when no check
    /// judges it there.
    func check(in context: SchemaContext, atRoot: Bool) -> DiffCheck? {
        switch context {
        case .header:
            return .responseHeaderTypeChanged
        case .parameter:
            switch self {
            case .typeChanged: return .parameterTypeChanged
            case .formatChanged: return .parameterFormatChanged
            case .enumValueAdded: return .parameterEnumValueAdded
            case .enumValueRemoved: return .parameterEnumValueRemoved
            // A parameter's nullability means little on the wire; an object parameter's members are judged as
            // request properties.
            case .becameNullable, .becameNonNullable: return nil
            default: return SchemaChange.check(self, request: true, atRoot: false)
            }
        case .request: return SchemaChange.check(self, request: true, atRoot: atRoot)
        case .response: return SchemaChange.check(self, request: false, atRoot: atRoot)
        }
    }

    private static func check(_ change: SchemaChange, request: Bool, atRoot: Bool) -> DiffCheck? {
        switch change {
        case .typeChanged:
            if atRoot { return request ? .requestBodyTypeChanged : .responseBodyTypeChanged }
            return request ? .requestPropertyTypeChanged : .responsePropertyTypeChanged
        case .formatChanged: return request ? .requestPropertyFormatChanged : .responsePropertyFormatChanged
        case .enumValueAdded: return request ? .requestEnumValueAdded : .responseEnumValueAdded
        case .enumValueRemoved: return request ? .requestEnumValueRemoved : .responseEnumValueRemoved
        case .becameNullable: return request ? .requestPropertyBecameNullable : .responsePropertyBecameNullable
        case .becameNonNullable:
            return request ? .requestPropertyBecameNonNullable : .responsePropertyBecameNonNullable
        case .variantAdded: return request ? .requestVariantAdded : .responseVariantAdded
        case .variantRemoved: return request ? .requestVariantRemoved : .responseVariantRemoved
        case .discriminatorChanged: return request ? .requestDiscriminatorChanged : .responseDiscriminatorChanged
        case .propertyAdded(let required):
            if request { return required ? .requestPropertyAddedRequired : .requestPropertyAddedOptional }
            return .responsePropertyAdded
        case .propertyRemoved: return request ? .requestPropertyRemoved : .responsePropertyRemoved
        case .becameRequired: return request ? .requestPropertyBecameRequired : .responsePropertyBecameRequired
        case .becameOptional: return request ? .requestPropertyBecameOptional : .responsePropertyBecameOptional
        }
    }

    /// What the change does to existing clients and to existing servers, given who writes the values.
    func effects(clientsWrite: Bool) -> (clients: DiffSeverity?, servers: DiffSeverity?) {
        switch self {
        case .typeChanged, .discriminatorChanged: return (.breaking, .breaking)
        case .formatChanged(let widened, let narrowed):
            // A writer's old values stay valid when the format widens; a reader can hold every new value when it
            // narrows.
            if clientsWrite {
                return (widened ? .compatible : .breaking, narrowed ? .compatible : .potentiallyBreaking)
            }
            return (narrowed ? .compatible : .breaking, .compatible)
        case .enumValueAdded, .variantAdded:
            // More values allowed: fine for whoever writes, a surprise for whoever reads.
            return clientsWrite ? (.compatible, .potentiallyBreaking) : (.potentiallyBreaking, .compatible)
        case .becameNullable, .becameOptional:
            // A value that was always there may be missing: code that read it without checking fails.
            return clientsWrite ? (.compatible, .potentiallyBreaking) : (.breaking, .compatible)
        case .enumValueRemoved, .variantRemoved, .becameNonNullable, .becameRequired:
            // Fewer values allowed: whoever writes the old ones is refused.
            return clientsWrite ? (.breaking, .compatible) : (.compatible, .compatible)
        case .propertyAdded(let required):
            return clientsWrite ? (required ? .breaking : .compatible, .compatible) : (.compatible, .compatible)
        case .propertyRemoved(let wasRequired):
            // A writer still sending it may be refused or see it ignored; a reader loses it, and code that counted on
            // a required one breaks.
            let reader: DiffSeverity = wasRequired ? .breaking : .potentiallyBreaking
            return clientsWrite ? (.potentiallyBreaking, reader) : (reader, .compatible)
        }
    }
}
