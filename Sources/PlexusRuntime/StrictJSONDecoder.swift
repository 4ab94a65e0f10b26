public import Foundation

/// The JSON decoder of generated server stubs: enum values the document does not list are refused.
public enum StrictJSONDecoder {
    /// A `JSONDecoder` that refuses enum values the document does not list.
    public static func make() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.userInfo[StrictDecoding.key] = true
        return decoder
    }
}
