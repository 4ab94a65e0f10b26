public import Diagnostics

/// A string-keyed map that keeps document order and the location of every key.
///
/// OpenAPI maps (paths, properties, responses, components) are ordered in the source and their keys are things
/// diagnostics point at, so neither a `Dictionary` nor bare values would do.
public struct OrderedMap<Value: Sendable>: Sendable {
    /// One key, where it was written, and its value.
    public struct Entry: Sendable {
        /// The key.
        public var key: String
        /// Where the key was written.
        public var keyLocation: SourceLocation
        /// The value.
        public var value: Value
    }

    /// The entries in document order.
    public private(set) var entries: [Entry] = []
    /// Built once a map grows past a few entries, so small maps (the common case) cost no hashing.
    private var index: [String: Int]?
    private static var indexThreshold: Int { 8 }

    /// An empty map.
    public init() {}

    /// The number of entries.
    public var count: Int { entries.count }
    /// True when there are no entries.
    public var isEmpty: Bool { entries.isEmpty }
    /// The first entry in document order.
    public var first: Entry? { entries.first }
    /// The keys in document order.
    public var keys: [String] { entries.map(\.key) }
    /// The values in document order.
    public var values: [Value] { entries.map(\.value) }

    /// The value for `key`, if any.
    public subscript(key: String) -> Value? {
        guard let position = position(of: key) else { return nil }
        return entries[position].value
    }

    /// The entry for `key`, if any.
    public func entry(_ key: String) -> Entry? {
        position(of: key).map { entries[$0] }
    }

    private func position(of key: String) -> Int? {
        if let index { return index[key] }
        return entries.firstIndex { $0.key == key }
    }

    /// Adds an entry at the end, or replaces the value of an existing key in place.
    public mutating func set(_ key: String, _ value: Value, at keyLocation: SourceLocation) {
        if let existing = position(of: key) {
            entries[existing].value = value
            return
        }
        entries.append(Entry(key: key, keyLocation: keyLocation, value: value))
        if index != nil {
            index?[key] = entries.count - 1
        } else if entries.count > Self.indexThreshold {
            var built = [String: Int](minimumCapacity: entries.count * 2)
            for (offset, entry) in entries.enumerated() { built[entry.key] = offset }
            index = built
        }
    }

    /// A map with the same keys and transformed values.
    public func mapValues<T: Sendable>(_ transform: (Value) throws -> T) rethrows -> OrderedMap<T> {
        var result = OrderedMap<T>()
        for entry in entries { result.set(entry.key, try transform(entry.value), at: entry.keyLocation) }
        return result
    }
}

extension OrderedMap: Sequence {
    /// The entries in document order.
    public func makeIterator() -> IndexingIterator<[Entry]> { entries.makeIterator() }
}

extension OrderedMap.Entry: Equatable where Value: Equatable {}

extension OrderedMap: Equatable where Value: Equatable {
    /// Equal when the entries are, in the same order.
    public static func == (lhs: OrderedMap, rhs: OrderedMap) -> Bool { lhs.entries == rhs.entries }
}
