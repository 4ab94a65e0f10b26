public import Diagnostics

/// A name the user's configuration gives a component schema (`typeNames: {Pet: Animal}`), or the existing Swift type
/// it uses instead of generating one (`typeOverrides`), with where the configuration says so.
public struct ConfiguredTypeName: Sendable, Hashable {
    /// The component schema's name as the document writes it.
    public var schema: String
    /// The Swift name (or, for an override, the Swift type) it is given; already checked to be one.
    public var swiftName: String
    /// Where the configuration gives it, for diagnostics.
    public var location: SourceLocation?

    /// Creates a configured name.
    public init(schema: String, swiftName: String, at location: SourceLocation?) {
        self.schema = schema
        self.swiftName = swiftName
        self.location = location
    }
}
