public import Diagnostics

/// One public declaration of a generated SDK as code written against it sees it: a name it can use, the type it
/// gets, the arguments it must pass. `SDKSurface` lists them; `plexus-gen diff` compares two lists.
public struct SDKDeclaration: Sendable, Hashable {
    /// What is declared.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// A struct, enum, union or type alias of the models.
        case type
        /// A property of a model, or of an operation's `Input` (what server stubs read).
        case property
        /// A model's or an `Input`'s initializer.
        case initializer
        /// A case of an enumeration of values.
        case enumCase
        /// A case of a `oneOf`/`anyOf` union.
        case unionCase
        /// A method of the client or of a sender.
        case method
        /// A case of an operation's `Output` (what full-response methods return and server stubs answer with).
        case outputCase
        /// A method a server stub or receiver must implement.
        case requirement
    }

    /// A parameter of an initializer or method.
    public struct Parameter: Sendable, Hashable {
        /// The argument label callers write.
        public var label: String
        /// The parameter's type as spelled, `?` included.
        public var type: String
        /// Callers may leave it out (`= nil`, `= [:]`, or a default the getter supplies).
        public var hasDefault: Bool

        /// Creates a parameter.
        public init(label: String, type: String, hasDefault: Bool) {
            self.label = label
            self.type = type
            self.hasDefault = hasDefault
        }
    }

    /// Where in the document a declaration comes from.
    public enum Origin: Sendable, Hashable {
        /// A schema, by its name in the document (component name or inline position).
        case schema(String)
        /// An operation, webhook or callback, by method and path (`GET /pets/{id}`, `POST webhook itemCreated`).
        case operation(String)
        /// A security scheme, by its name in `components.securitySchemes`.
        case securityScheme(String)
    }

    /// The declaration's qualified name: `Pet`, `Pet.name`, `Pet.init`, `Client.listPets`,
    /// `Operations.ListPets.Output.ok`, `APIProtocol.listPets`.
    public var symbol: String
    /// What is declared.
    public var kind: Kind
    /// For a type its kind (`struct`, `enum`, `union`, `typealias Other`); for a property its type; for a case its
    /// payload (empty without one); for a method its return type (`Void` when none).
    public var type: String
    /// The parameters of an initializer or method, in order.
    public var parameters: [Parameter]
    /// Marked deprecated, so uses of it warn.
    public var deprecated: Bool
    /// The document part it comes from.
    public var origin: Origin
    /// Where that part is written.
    public var location: SourceLocation
    /// The declaration whose signature this one repeats (a full-response method its convenience method, an
    /// `Input` initializer the method's arguments), so a comparison can judge the original alone.
    public var mirrors: String?

    /// Creates a declaration.
    public init(
        symbol: String, kind: Kind, type: String, parameters: [Parameter] = [], deprecated: Bool = false,
        origin: Origin, location: SourceLocation
    ) {
        self.symbol = symbol
        self.kind = kind
        self.type = type
        self.parameters = parameters
        self.deprecated = deprecated
        self.origin = origin
        self.location = location
    }

    /// The symbol of the type that declares this one (`Pet` for `Pet.name`), or `nil` for a top-level type.
    public var container: String? {
        guard let dot = symbol.lastIndex(of: ".") else { return nil }
        return String(symbol[..<dot])
    }

    /// The last part of the symbol (`name` for `Pet.name`).
    public var member: String {
        guard let dot = symbol.lastIndex(of: ".") else { return symbol }
        return String(symbol[symbol.index(after: dot)...])
    }
}
