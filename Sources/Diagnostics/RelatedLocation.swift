/// A place a diagnostic points to besides its own, with why: printed as a `note:` line under the diagnostic, and
/// as a SARIF `relatedLocations` entry.
public struct RelatedLocation: Sendable, Hashable {
    /// What is at that place (`'pet_id' is here`).
    public var message: String
    /// The place.
    public var location: SourceLocation

    /// Creates a related location.
    public init(_ message: String, at location: SourceLocation) {
        self.message = message
        self.location = location
    }
}
