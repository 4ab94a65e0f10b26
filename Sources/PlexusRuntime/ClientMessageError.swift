/// A request the client could not build, or a response body it could not read as the documented type.
public struct ClientMessageError: Error, CustomStringConvertible, Sendable, Hashable {
    public var description: String

    public init(description: String) {
        self.description = description
    }
}
