internal import OpenAPIModel

/// What a schema requires of a value beyond its type: the validation keywords of JSON Schema that generated server
/// stubs check on what they receive (`minLength`, `maxLength`, `pattern`, the numeric bounds, `multipleOf`,
/// `minItems`, `maxItems`) and, for an array, what each item must satisfy.
///
/// The keywords of one schema are kept as written; where a use adds its own to those of the type it refers to (a
/// property with `maxLength` whose `$ref` is an alias with a `pattern`), `merged(with:)` keeps both, the stricter
/// bound of each pair.
public struct ValueConstraints: Sendable, Hashable {
    /// A numeric bound and whether the bound itself is excluded.
    public struct Bound: Sendable, Hashable {
        /// The bound.
        public var value: Double
        /// True when the value must differ from the bound (`exclusiveMinimum`, `exclusiveMaximum`).
        public var isExclusive: Bool

        /// Creates a bound.
        public init(_ value: Double, exclusive: Bool = false) {
            self.value = value
            self.isExclusive = exclusive
        }
    }

    /// The fewest characters (Unicode code points) a string may have.
    public var minLength: Int?
    /// The most characters (Unicode code points) a string may have.
    public var maxLength: Int?
    /// Regular expressions (ECMA-262, unanchored) a string must match, each one.
    public var patterns: [String] = []
    /// The smallest allowed number.
    public var minimum: Bound?
    /// The largest allowed number.
    public var maximum: Bound?
    /// Numbers must be a multiple of this.
    public var multipleOf: Double?
    /// The fewest items an array may have.
    public var minItems: Int?
    /// The most items an array may have.
    public var maxItems: Int?
    /// What each item of an array must satisfy (stored as an array to give the recursion a size).
    private var itemStorage: [ValueConstraints] = []

    /// Creates constraints; all absent by default.
    public init(
        minLength: Int? = nil, maxLength: Int? = nil, patterns: [String] = [], minimum: Bound? = nil,
        maximum: Bound? = nil, multipleOf: Double? = nil, minItems: Int? = nil, maxItems: Int? = nil,
        items: ValueConstraints? = nil
    ) {
        self.minLength = minLength
        self.maxLength = maxLength
        self.patterns = patterns
        self.minimum = minimum
        self.maximum = maximum
        self.multipleOf = multipleOf
        self.minItems = minItems
        self.maxItems = maxItems
        self.items = items
    }

    /// What each item of an array must satisfy.
    public var items: ValueConstraints? {
        get { itemStorage.first }
        set { itemStorage = newValue.map { [$0] } ?? [] }
    }

    /// True when nothing is required.
    public var isEmpty: Bool {
        self == ValueConstraints()
    }

    /// `nil` when nothing is required, else these constraints.
    public var nonEmpty: ValueConstraints? {
        isEmpty ? nil : self
    }

    /// The constraints a value satisfying both these and `other` meets: the stricter bound of each pair, every
    /// pattern of both.
    public func merged(with other: ValueConstraints?) -> ValueConstraints {
        guard let other else { return self }
        var result = self
        result.minLength = Self.stricter(minLength, other.minLength, by: >)
        result.maxLength = Self.stricter(maxLength, other.maxLength, by: <)
        result.patterns = patterns + other.patterns.filter { !patterns.contains($0) }
        result.minimum = Self.stricterBound(minimum, other.minimum, lower: true)
        result.maximum = Self.stricterBound(maximum, other.maximum, lower: false)
        result.multipleOf = multipleOf ?? other.multipleOf
        result.minItems = Self.stricter(minItems, other.minItems, by: >)
        result.maxItems = Self.stricter(maxItems, other.maxItems, by: <)
        if let otherItems = other.items {
            result.items = items?.merged(with: otherItems) ?? otherItems
        }
        return result
    }

    private static func stricter(_ first: Int?, _ second: Int?, by isStricter: (Int, Int) -> Bool) -> Int? {
        guard let first, let second else { return first ?? second }
        return isStricter(first, second) ? first : second
    }

    private static func stricterBound(_ first: Bound?, _ second: Bound?, lower: Bool) -> Bound? {
        guard let first, let second else { return first ?? second }
        if first.value == second.value { return first.isExclusive ? first : second }
        return (first.value > second.value) == lower ? first : second
    }
}

extension ValueConstraints {
    /// The keywords `schema` itself writes (not those of a schema it refers to), read in the document's dialect:
    /// a 3.0 `exclusiveMinimum: true` makes `minimum` exclusive, a 3.1 `exclusiveMinimum: 5` is a bound of its own.
    /// `items` is left to the caller, which knows the item schema's type.
    init(keywordsOf schema: JSONSchema) {
        self.init(
            minLength: schema.minLength, maxLength: schema.maxLength, patterns: schema.pattern.map { [$0] } ?? [],
            minimum: Self.bound(schema.minimum, schema.exclusiveMinimum, lower: true),
            maximum: Self.bound(schema.maximum, schema.exclusiveMaximum, lower: false),
            multipleOf: schema.multipleOf.flatMap { $0 > 0 ? $0 : nil }, minItems: schema.minItems,
            maxItems: schema.maxItems)
    }

    private static func bound(_ inclusive: Double?, _ exclusive: ExclusiveBound?, lower: Bool) -> Bound? {
        switch exclusive {
        case .value(let value)?:
            // 3.1 documents may give both; the stricter one counts.
            return stricterBound(Bound(value, exclusive: true), inclusive.map { Bound($0) }, lower: lower)
        case .flag(let isExclusive)?:
            return inclusive.map { Bound($0, exclusive: isExclusive) }
        case nil:
            return inclusive.map { Bound($0) }
        }
    }
}
