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
        guard let hash = ref.utf8.firstIndex(of: UInt8(ascii: "#")) else { return ref }
        return String(ref[..<hash])
    }

    /// The JSON pointer after `#`, if any (`/components/schemas/Account`).
    public var fragment: String? {
        guard let hash = ref.utf8.firstIndex(of: UInt8(ascii: "#")) else { return nil }
        return String(ref[ref.utf8.index(after: hash)...])
    }

    /// For a local reference to a component (`#/components/<kind>/<name>`), its name; `nil` otherwise.
    public var componentName: String? {
        guard
            filePart.isEmpty || filePart.hasSuffix(".yaml") || filePart.hasSuffix(".yml")
                || filePart.hasSuffix(".json"),
            let fragment
        else { return nil }
        let tokens = JSONPointer.tokens(fragment)
        guard tokens.count == 3, tokens[0] == "components" else { return nil }
        return tokens[2]
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
    private static let tilde = UInt8(ascii: "~")
    private static let slash = UInt8(ascii: "/")

    /// The unescaped tokens of a pointer: `/components/schemas/a~1b` → `["components", "schemas", "a/b"]`.
    /// Split on bytes: pointers are walked for every reference, and splitting by Character is far slower.
    public static func tokens(_ pointer: String) -> [String] {
        var pointer = pointer
        return pointer.withUTF8 { bytes in
            guard !bytes.isEmpty else { return [] }
            var tokens: [String] = []
            tokens.reserveCapacity(4)
            var start = bytes[0] == slash ? 1 : 0
            var hasTilde = false
            for index in start...bytes.count {
                if index == bytes.count || bytes[index] == slash {
                    let token = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
                    tokens.append(hasTilde ? unescape(token) : token)
                    start = index + 1
                    hasTilde = false
                } else if bytes[index] == tilde {
                    hasTilde = true
                }
            }
            return tokens
        }
    }

    /// Decodes `~1` to `/` and `~0` to `~`.
    public static func unescape(_ token: String) -> String {
        var probe = token
        guard probe.withUTF8({ bytes in bytes.contains(tilde) }) else { return token }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(token.utf8.count)
        var iterator = token.utf8.makeIterator()
        while let byte = iterator.next() {
            guard byte == tilde else {
                bytes.append(byte)
                continue
            }
            switch iterator.next() {
            case UInt8(ascii: "1")?: bytes.append(slash)
            case UInt8(ascii: "0")?: bytes.append(tilde)
            case let other?: bytes += [tilde, other]
            case nil: bytes.append(tilde)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Encodes `~` as `~0` and `/` as `~1`.
    public static func escape(_ token: String) -> String {
        guard token.utf8.contains(where: { $0 == tilde || $0 == slash }) else { return token }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(token.utf8.count + 4)
        for byte in token.utf8 {
            switch byte {
            case tilde: bytes += [tilde, UInt8(ascii: "0")]
            case slash: bytes += [tilde, UInt8(ascii: "1")]
            default: bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
