/// A coding key made at run time, for objects with `additionalProperties` and for discriminators.
public struct DynamicCodingKey: CodingKey, Hashable, Sendable {
    /// The key.
    public var stringValue: String
    /// Always `nil`: the key is never an array index.
    public var intValue: Int? { nil }

    /// The key `string`.
    public init(_ string: String) {
        stringValue = string
    }

    /// The key `stringValue`; never fails.
    public init?(stringValue: String) {
        self.stringValue = stringValue
    }

    /// Always `nil`: integer keys are not used.
    public init?(intValue: Int) {
        nil
    }
}
