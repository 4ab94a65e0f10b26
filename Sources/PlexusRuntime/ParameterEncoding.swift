/// A parameter value as text, in the three shapes OpenAPI serializes: a primitive, an array, or an object.
///
/// Generated clients turn typed values into these (`true`, `2019-10-01`, `A1.1`); `ParameterEncoding` then writes
/// them in the parameter's style.
public enum ParameterValue: Sendable, Hashable {
    case primitive(String)
    case array([String])
    /// Members in order (JSON object order is not significant, but the output should be stable).
    case object([Member])

    /// One member of an object value.
    public struct Member: Sendable, Hashable {
        /// The member's name.
        public var name: String
        /// The member's value as text.
        public var value: String

        /// A member `name` with text `value`.
        public init(_ name: String, _ value: String) {
            self.name = name
            self.value = value
        }
    }
}

/// How a parameter is serialized (the `style` of OpenAPI 3).
public enum ParameterStyle: String, Sendable, Hashable, CaseIterable {
    case matrix, label, form, simple, spaceDelimited, pipeDelimited, deepObject
}

/// Serializes parameters as OpenAPI 3 prescribes for each style and `explode`, percent-encoding what the place in
/// the request needs (RFC 3986, UTF-8).
public enum ParameterEncoding {
    /// A problem the document allows to write but no request can carry.
    public struct UnsupportedStyle: Error, CustomStringConvertible, Sendable, Hashable {
        /// Which style does not apply to which parameter, and why.
        public var description: String
    }

    // MARK: Path

    /// The text that replaces `{name}` in a path template: `simple`, `label` or `matrix`.
    ///
    /// Every character outside RFC 3986's unreserved set is percent-encoded, so a value can never add a path
    /// segment (`../x` becomes `..%2Fx`), and a value that is only dots is encoded too, so it can never be a dot
    /// segment.
    public static func path(
        name: String, value: ParameterValue, style: ParameterStyle = .simple, explode: Bool = false
    ) throws(UnsupportedStyle) -> String {
        let encode = pathSegment
        switch style {
        case .simple:
            return joined(
                value, explode: explode, separator: ",", keyValueSeparator: explode ? "=" : ",", encode: encode)
        case .label:
            let separator = explode ? "." : ","
            return "."
                + joined(
                    value, explode: explode, separator: separator, keyValueSeparator: explode ? "=" : ",",
                    encode: encode)
        case .matrix:
            let key = encode(name)
            switch value {
            case .primitive(let text):
                return text.isEmpty ? ";\(key)" : ";\(key)=\(encode(text))"
            case .array(let items):
                if explode { return items.map { ";\(key)=\(encode($0))" }.joined() }
                return ";\(key)=" + items.map(encode).joined(separator: ",")
            case .object(let members):
                if explode { return members.map { ";\(encode($0.name))=\(encode($0.value))" }.joined() }
                return ";\(key)=" + members.map { "\(encode($0.name)),\(encode($0.value))" }.joined(separator: ",")
            }
        default:
            throw UnsupportedStyle(description: "style '\(style.rawValue)' does not apply to path parameter '\(name)'")
        }
    }

    // MARK: Query

    /// The `name=value` pairs a query parameter adds to the query string, already percent-encoded.
    /// `allowReserved` leaves RFC 3986 reserved characters as they are, except those that delimit the query.
    public static func query(
        name: String, value: ParameterValue, style: ParameterStyle = .form, explode: Bool = true,
        allowReserved: Bool = false
    ) throws(UnsupportedStyle) -> [String] {
        let encode: (String) -> String = { queryComponent($0, allowReserved: allowReserved) }
        let key = encode(name)
        switch style {
        case .form:
            switch value {
            case .primitive(let text):
                return ["\(key)=\(encode(text))"]
            case .array(let items):
                if explode { return items.map { "\(key)=\(encode($0))" } }
                return ["\(key)=" + items.map(encode).joined(separator: ",")]
            case .object(let members):
                if explode { return members.map { "\(encode($0.name))=\(encode($0.value))" } }
                return ["\(key)=" + members.map { "\(encode($0.name)),\(encode($0.value))" }.joined(separator: ",")]
            }
        case .spaceDelimited, .pipeDelimited:
            let separator = style == .spaceDelimited ? "%20" : "%7C"
            switch value {
            case .array(let items) where !explode:
                return ["\(key)=" + items.map(encode).joined(separator: separator)]
            case .object(let members) where !explode:
                return [
                    "\(key)="
                        + members.map { "\(encode($0.name))\(separator)\(encode($0.value))" }.joined(
                            separator: separator)
                ]
            case .array(let items):
                return items.map { "\(key)=\(encode($0))" }
            case .primitive(let text):
                // A union-typed parameter whose value is one text: there is nothing to delimit.
                return ["\(key)=\(encode(text))"]
            case .object(let members):
                // Exploded, an object's members go as `form` sends them (the specification leaves this open).
                return members.map { "\(encode($0.name))=\(encode($0.value))" }
            }
        case .deepObject:
            switch value {
            case .object(let members):
                return members.map { "\(key)%5B\(encode($0.name))%5D=\(encode($0.value))" }
            case .array(let items):
                // Not in the specification, but how payment APIs take lists: `expand[]=a&expand[]=b`.
                return items.map { "\(key)%5B%5D=\(encode($0))" }
            case .primitive(let text):
                // A union-typed filter given one value (`created=5` beside `created[gte]=5`).
                return ["\(key)=\(encode(text))"]
            }
        default:
            throw UnsupportedStyle(description: "style '\(style.rawValue)' does not apply to query parameter '\(name)'")
        }
    }

    // MARK: Header and cookie

    /// A header value (`simple` is the only style for headers). Header values are sent as they are.
    public static func header(value: ParameterValue, explode: Bool = false) -> String {
        joined(value, explode: explode, separator: ",", keyValueSeparator: explode ? "=" : ",", encode: { $0 })
    }

    /// A `Cookie` header entry (`form` style), values percent-encoded.
    public static func cookie(name: String, value: ParameterValue, explode: Bool = true) -> String {
        let encode: (String) -> String = { queryComponent($0, allowReserved: false) }
        switch value {
        case .primitive(let text): return "\(name)=\(encode(text))"
        case .array(let items):
            if explode { return items.map { "\(name)=\(encode($0))" }.joined(separator: "; ") }
            return "\(name)=" + items.map(encode).joined(separator: ",")
        case .object(let members):
            if explode { return members.map { "\(encode($0.name))=\(encode($0.value))" }.joined(separator: "; ") }
            return "\(name)=" + members.map { "\(encode($0.name)),\(encode($0.value))" }.joined(separator: ",")
        }
    }

    // MARK: Percent-encoding

    private static func joined(
        _ value: ParameterValue, explode: Bool, separator: String, keyValueSeparator: String,
        encode: (String) -> String
    ) -> String {
        switch value {
        case .primitive(let text): return encode(text)
        case .array(let items): return items.map(encode).joined(separator: separator)
        case .object(let members):
            return members.map { "\(encode($0.name))\(keyValueSeparator)\(encode($0.value))" }.joined(
                separator: separator)
        }
    }

    /// RFC 3986 unreserved characters: the only ones never encoded.
    private static func isUnreserved(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
            || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_")
            || byte == UInt8(ascii: "~")
    }

    /// Reserved characters a query value may keep with `allowReserved` (not `&`, `=`, `#` and `+`, which would
    /// change the meaning of the query).
    private static let reservedKeptInQuery = Set(":/?[]@!$'()*,;".utf8)

    static func pathSegment(_ text: String) -> String {
        if !text.isEmpty, text.utf8.allSatisfy({ $0 == UInt8(ascii: ".") }) {
            return String(repeating: "%2E", count: text.utf8.count)
        }
        return percentEncoded(text) { isUnreserved($0) }
    }

    static func queryComponent(_ text: String, allowReserved: Bool) -> String {
        percentEncoded(text) { isUnreserved($0) || (allowReserved && reservedKeptInQuery.contains($0)) }
    }

    private static func percentEncoded(_ text: String, keep: (UInt8) -> Bool) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            if keep(byte) {
                bytes.append(byte)
            } else {
                bytes += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
