/// Choices that shape the generated code.
public struct EmitterOptions: Sendable, Equatable {
    /// How plain JSON numbers (`type: number` without format) are represented.
    public enum NumberType: String, Sendable, Equatable, CaseIterable {
        /// `Double`: fast, and what most APIs mean.
        case double
        /// `Decimal`: exact, for money; `0.1` stays `0.1`.
        case decimal
    }

    /// Access level of the generated declarations.
    public enum AccessModifier: String, Sendable, Equatable, CaseIterable {
        case `public`, package, `internal`
    }

    public var numberType: NumberType
    public var accessModifier: AccessModifier
    /// How the header names the document the code was generated from.
    public var sourceName: String

    /// Creates options.
    public init(numberType: NumberType = .double, accessModifier: AccessModifier = .public, sourceName: String = "openapi.yaml") {
        self.numberType = numberType
        self.accessModifier = accessModifier
        self.sourceName = sourceName
    }
}
