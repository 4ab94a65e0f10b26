public import Diagnostics

/// Tells which `oneOf`/`anyOf` variant a value is from one of its properties.
public struct Discriminator: Sendable, Equatable {
    /// The property whose value names the variant.
    public var propertyName: String
    /// Values of the property mapped to schema names or references, in document order.
    public var mapping: OrderedMap<String>
    public var extensions: OrderedMap<JSONValue>
    public var location: SourceLocation
}
