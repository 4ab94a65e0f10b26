/// A `oneOf`/`anyOf` value matched none of its variants; names every variant tried and why it failed.
public struct UnionDecodingError: Error, CustomStringConvertible, Sendable {
    /// The union's type name.
    public var typeName: String
    /// Each variant tried and the error it gave.
    public var attempts: [(variant: String, reason: String)]

    /// Creates the error.
    public init(typeName: String, attempts: [(variant: String, reason: String)]) {
        self.typeName = typeName
        self.attempts = attempts
    }

    /// Names the type and why each alternative did not decode.
    public var description: String {
        let tried = attempts.map { "\($0.variant): \($0.reason)" }.joined(separator: "; ")
        return "no variant of \(typeName) matched (\(tried))"
    }
}
