/// The OpenAPI version a document declares, which decides the schema dialect and the fields allowed.
public enum OpenAPIVersion: Sendable, Hashable, Comparable {
    /// 3.0.x: JSON Schema draft-05 subset with `nullable`; a `$ref` replaces its siblings.
    // swift-format-ignore: AlwaysUseLowerCamelCase
    // The version reads as the specification writes it; `v30` would not.
    case v3_0
    /// 3.1.x (and 3.2.x, read as 3.1): JSON Schema 2020-12, type arrays, `webhooks`, `$ref` siblings.
    // swift-format-ignore: AlwaysUseLowerCamelCase
    case v3_1

    /// The dialect's name in messages.
    public var name: String {
        switch self {
        case .v3_0: "3.0"
        case .v3_1: "3.1"
        }
    }
}
