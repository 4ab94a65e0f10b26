public import Diagnostics

/// Tells which `oneOf`/`anyOf` variant a value is from one of its properties.
public struct Discriminator: Sendable, Equatable {
    /// The property whose value names the variant.
    public var propertyName: String
    /// Values of the property mapped to schema names or references, in document order.
    public var mapping: OrderedMap<String>
    /// The `x-` extension fields, in document order.
    public var extensions: OrderedMap<JSONValue>
    /// Where the object starts in its file.
    public var location: SourceLocation
}
