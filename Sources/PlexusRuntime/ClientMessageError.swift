/// A request the client could not build, or a response body it could not read as the documented type.
public struct ClientMessageError: Error, CustomStringConvertible, Sendable, Hashable {
    /// What went wrong, naming the operation and the value.
    public var description: String

    /// Creates the error.
    public init(description: String) {
        self.description = description
    }
}
