public import Diagnostics

/// A `$ref` as written, with where it was written. The resolver follows it; the model only records it.
public struct Reference: Sendable, Equatable {
    /// The reference text, e.g. `#/components/schemas/Account` or `common.yaml#/components/parameters/Limit`.
    public var ref: String
    /// Where the `$ref` value was written.
    public var location: SourceLocation
    /// A 3.1 `summary` sibling that overrides the target's.
    public var summary: String?
    /// A 3.1 `description` sibling that overrides the target's.
    public var description: String?

    /// Creates a reference.
    public init(_ ref: String, at location: SourceLocation, summary: String? = nil, description: String? = nil) {
        self.ref = ref
        self.location = location
        self.summary = summary
        self.description = description
    }

    /// The part before `#`: empty for a reference into the same file.
    public var filePart: String {
        guard let hash = ref.firstIndex(of: "#") else { return ref }
        return String(ref[..<hash])
    }

    /// The JSON pointer after `#`, if any (`/components/schemas/Account`).
    public var fragment: String? {
        guard let hash = ref.firstIndex(of: "#") else { return nil }
        return String(ref[ref.index(after: hash)...])
    }

    /// For a local reference to a component (`#/components/<kind>/<name>`), its name; `nil` otherwise.
    public var componentName: String? {
        guard filePart.isEmpty || filePart.hasSuffix(".yaml") || filePart.hasSuffix(".yml")
            || filePart.hasSuffix(".json"),
            let fragment
        else { return nil }
        let parts = fragment.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 4, parts[0].isEmpty, parts[1] == "components" else { return nil }
        return JSONPointer.unescape(String(parts[3]))
    }
}

/// Either a `$ref` or an object written in place, for the OpenAPI objects that allow both.
public enum Referenceable<Value: Sendable>: Sendable {
    case reference(Reference)
    case value(Value)

    /// The object when written in place, `nil` for a reference.
    public var value: Value? {
        if case .value(let value) = self { return value }
        return nil
    }

    /// The reference, `nil` when written in place.
    public var reference: Reference? {
        if case .reference(let reference) = self { return reference }
        return nil
    }
}

extension Referenceable: Equatable where Value: Equatable {}

/// JSON pointer (RFC 6901) helpers.
public enum JSONPointer {
    /// Decodes `~1` to `/` and `~0` to `~`.
    public static func unescape(_ token: String) -> String {
        guard token.contains("~") else { return token }
        return token.replacingOccurrences("~1", with: "/").replacingOccurrences("~0", with: "~")
    }

    /// Encodes `~` as `~0` and `/` as `~1`.
    public static func escape(_ token: String) -> String {
        token.replacingOccurrences("~", with: "~0").replacingOccurrences("/", with: "~1")
    }
}

extension String {
    /// Foundation-free replacement, so the model does not import Foundation for one call.
    func replacingOccurrences(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty, contains(target) else { return self }
        var result = ""
        var rest = self[...]
        while let range = rest.firstRange(of: target) {
            result += rest[..<range.lowerBound]
            result += replacement
            rest = rest[range.upperBound...]
        }
        result += rest
        return result
    }
}
