import Foundation

/// How generated clients write JSON into requests: keys sorted, so the same value always sends the same bytes, and
/// slashes left as they are.
enum RequestJSONEncoder {
    static func make() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
