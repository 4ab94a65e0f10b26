internal import Diagnostics
internal import YAMLLoader

/// Reads the fields of one mapping. Every key a decoder asks for is marked as consumed; `finish()` then reports
/// the keys nobody asked for as unknown, suggesting the closest known key for near misses.
struct ObjectReader {
    let node: YAMLNode
    let pairs: YAMLMapping
    /// Each entry's key text, made once: decoders look keys up many times.
    let keys: [String?]
    let name: String
    let context: DecodingContext
    /// Which entries were asked for; a bit per entry (objects with more than 64 keys are not OpenAPI objects,
    /// and their extra keys are simply reported as unknown).
    private var consumed: UInt64 = 0
    /// The keys decoders asked for, for did-you-mean suggestions; reserved once to avoid regrowing.
    private var asked: [String]

    init(node: YAMLNode, pairs: YAMLMapping, name: String, context: DecodingContext) {
        self.node = node
        self.pairs = pairs
        keys = pairs.map(\.key.scalar)
        self.name = name
        self.context = context
        asked = []
        asked.reserveCapacity(24)
    }

    private mutating func consume(_ index: Int) {
        if index < 64 { consumed |= 1 << UInt64(index) }
    }

    private func isConsumed(_ index: Int) -> Bool {
        index < 64 && consumed & (1 << UInt64(index)) != 0
    }

    var location: SourceLocation { context.location(node) }

    /// The entry for `key`, marking it consumed.
    mutating func pair(_ key: String) -> YAMLPair? {
        asked.append(key)
        for index in keys.indices where keys[index] == key {
            consume(index)
            return pairs[index]
        }
        return nil
    }

    mutating func value(_ key: String) -> YAMLNode? { pair(key)?.value }

    func keyLocation(_ key: String) -> SourceLocation? {
        keys.firstIndex(of: key).map { context.location(pairs[$0].key) }
    }

    /// True when the object has `key`; does not consume it.
    func has(_ key: String) -> Bool { keys.contains(key) }

    // MARK: Scalars

    mutating func string(_ key: String) -> String? {
        guard let node = value(key) else { return nil }
        return context.string(node, field: key, in: name)
    }

    /// A required string; reports `missing-field` and returns "" when absent.
    mutating func requiredString(_ key: String) -> String {
        guard let node = value(key) else {
            missing(key)
            return ""
        }
        return context.string(node, field: key, in: name) ?? ""
    }

    mutating func bool(_ key: String) -> Bool? {
        guard let node = value(key) else { return nil }
        return context.bool(node, field: key, in: name)
    }

    mutating func int(_ key: String) -> Int? {
        guard let node = value(key) else { return nil }
        return context.int(node, field: key, in: name)
    }

    mutating func number(_ key: String) -> Double? {
        guard let node = value(key) else { return nil }
        return context.number(node, field: key, in: name)
    }

    mutating func json(_ key: String) -> JSONValue? {
        value(key).map(ScalarResolution.json)
    }

    mutating func strings(_ key: String) -> [String]? {
        guard let node = value(key) else { return nil }
        guard let items = node.sequence else {
            context.wrongType("a sequence of strings", for: key, in: name, found: node)
            return nil
        }
        return items.compactMap { context.string($0, field: key, in: name) }
    }

    /// A string restricted to `allowed` values; anything else is an `invalid-value` error.
    mutating func enumeration<T: RawRepresentable>(_ key: String, _ type: T.Type, allowed: [T]) -> T?
    where T.RawValue == String {
        guard let node = value(key), let text = context.string(node, field: key, in: name) else { return nil }
        if let value = T(rawValue: text), allowed.contains(where: { $0.rawValue == value.rawValue }) { return value }
        let list = allowed.map(\.rawValue).joined(separator: ", ")
        context.error(
            "invalid value '\(text)' for '\(key)' in \(name); expected one of \(list)", at: node, id: .invalidValue)
        return nil
    }

    // MARK: Structures

    mutating func object<T>(_ key: String, _ decode: (YAMLNode) -> T?) -> T? {
        value(key).flatMap(decode)
    }

    mutating func array<T>(_ key: String, _ decode: (YAMLNode) -> T?) -> [T]? {
        guard let node = value(key) else { return nil }
        guard let items = node.sequence else {
            context.wrongType("a sequence", for: key, in: name, found: node)
            return nil
        }
        return items.compactMap(decode)
    }

    /// A map of `key` whose values are decoded by `decode`; `x-` keys are skipped when `allowExtensions`.
    mutating func map<T>(_ key: String, allowExtensions: Bool = false, _ decode: (String, YAMLNode) -> T?)
        -> OrderedMap<T>
    {
        guard let node = value(key) else { return OrderedMap() }
        return context.map(node, field: key, in: name, allowExtensions: allowExtensions, decode)
    }

    /// The `x-` extensions of this object.
    mutating func extensions() -> OrderedMap<JSONValue> {
        var result = OrderedMap<JSONValue>()
        for index in pairs.indices {
            guard let key = keys[index], key.hasPrefix("x-") else { continue }
            consume(index)
            result.set(key, ScalarResolution.json(pairs[index].value), at: context.location(pairs[index].key))
        }
        return result
    }

    func missing(_ key: String) {
        context.error("missing required field '\(key)' in \(name)", at: node, id: .missingField)
    }

    /// Reports every key nobody asked for.
    mutating func finish() {
        for index in pairs.indices where !isConsumed(index) {
            let keyNode = pairs[index].key
            guard let key = keys[index] else {
                context.error("keys in \(name) must be strings", at: keyNode, id: .wrongType)
                continue
            }
            if key.hasPrefix("x-") { continue }
            if key == "$ref", pairs[index].value.scalar != nil {
                // A reference where this object allows none: the resolver follows it (the object decoded here
                // is replaced by what it reaches).
                context.unexpectedReference(node, reference: pairs[index].value)
                continue
            }
            var message = "unknown key '\(key)' in \(name)"
            if let suggestion = Suggestion.closest(to: key, in: asked) {
                message += "; did you mean '\(suggestion)'?"
            }
            context.warning(message, at: keyNode, id: .unknownKey)
        }
    }
}

extension DecodingContext {
    func string(_ node: YAMLNode, field: String?, in object: String) -> String? {
        if node.kind == .mapping, let reference = node["$ref"], reference.scalar != nil {
            unexpectedReference(node, reference: reference)
            return nil
        }
        guard node.kind == .scalar, !node.isNull, let text = node.scalar else {
            wrongType("a string", for: field, in: object, found: node)
            return nil
        }
        return text
    }

    func bool(_ node: YAMLNode, field: String?, in object: String) -> Bool? {
        if case .bool(let value) = ScalarResolution.resolve(node) { return value }
        wrongType("a boolean (true or false)", for: field, in: object, found: node)
        return nil
    }

    func int(_ node: YAMLNode, field: String?, in object: String) -> Int? {
        switch ScalarResolution.resolve(node) {
        case .integer(let value): return value
        case .number(let value, _) where value.rounded() == value && abs(value) < 9.0e15: return Int(value)
        default:
            wrongType("an integer", for: field, in: object, found: node)
            return nil
        }
    }

    func number(_ node: YAMLNode, field: String?, in object: String) -> Double? {
        switch ScalarResolution.resolve(node) {
        case .integer(let value): return Double(value)
        case .number(let value, _): return value
        default:
            wrongType("a number", for: field, in: object, found: node)
            return nil
        }
    }

    func map<T>(
        _ node: YAMLNode, field: String, in object: String, allowExtensions: Bool, range: Range<Int>? = nil,
        _ decode: (String, YAMLNode) -> T?
    ) -> OrderedMap<T> {
        var result = OrderedMap<T>()
        guard let pairs = node.mapping else {
            if range?.lowerBound ?? 0 == 0 { wrongType("a mapping", for: field, in: object, found: node) }
            return result
        }
        for position in range ?? pairs.indices {
            let pair = pairs[position]
            guard let key = pair.key.scalar else {
                error("keys of '\(field)' in \(object) must be strings", at: pair.key, id: .wrongType)
                continue
            }
            if allowExtensions, key.hasPrefix("x-") { continue }
            if let value = decode(key, pair.value) { result.set(key, value, at: location(pair.key)) }
        }
        return result
    }
}
