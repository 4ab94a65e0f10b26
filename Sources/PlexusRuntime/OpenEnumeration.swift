/// A generated enum that keeps values the document does not list (`unknown(_:)`), so an SDK keeps working when the
/// API adds a value. Servers are stricter: the values they accept are exactly the listed ones.
public protocol OpenEnumeration: RawRepresentable, ParameterText, Sendable where RawValue: ParameterText {
    /// False for a value the document does not list.
    var isKnown: Bool { get }
}

/// Whether a decoder refuses enum values the document does not list; generated server stubs set it, clients do not.
public enum StrictDecoding {
    /// The `userInfo` key that turns strict decoding on.
    public static let key: CodingUserInfoKey = {
        // A literal, valid key: the initializer fails only for an empty raw value.
        guard let key = CodingUserInfoKey(rawValue: "PlexusRuntime.StrictDecoding") else { preconditionFailure() }
        return key
    }()

    /// True when `decoder` was configured to refuse unknown values.
    public static func isOn(_ decoder: any Decoder) -> Bool {
        decoder.userInfo[key] as? Bool == true
    }
}
