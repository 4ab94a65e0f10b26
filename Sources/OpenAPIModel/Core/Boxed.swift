/// Stores an optional value on the heap so a value type can contain itself (a schema's `items` is a schema).
///
/// Only a present value costs an allocation: most schemas have no `items`, `not` or `additionalProperties`, and
/// boxing their absence would allocate for nothing.
@propertyWrapper
public struct Boxed<Wrapped: Sendable>: Sendable {
    private final class Storage: Sendable {
        let value: Wrapped
        init(_ value: Wrapped) { self.value = value }
    }

    private var storage: Storage?

    /// Boxes a value, or stores nothing for `nil`.
    public init(wrappedValue: Wrapped?) {
        storage = wrappedValue.map(Storage.init)
    }

    /// The boxed value; setting it allocates a new box, so copies never share changes.
    public var wrappedValue: Wrapped? {
        get { storage?.value }
        set { storage = newValue.map(Storage.init) }
    }
}

extension Boxed: Equatable where Wrapped: Equatable {
    public static func == (lhs: Boxed, rhs: Boxed) -> Bool {
        lhs.storage === rhs.storage || lhs.wrappedValue == rhs.wrappedValue
    }
}
