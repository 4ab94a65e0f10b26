import Foundation

/// Reads parameters back from a request as `ParameterEncoding` writes them: the server side of each style.
///
/// The expected shape comes from the parameter's schema, because the wire text alone cannot tell `a,b` the
/// string from `a,b` the array.
public enum ParameterDecoding {
    /// What the parameter's schema says the value is.
    public enum Shape: Sendable, Hashable {
        case primitive
        case array
        /// An object; `memberNames` are its properties, needed for exploded `form` query objects, whose members
        /// arrive as query items of their own.
        case object(memberNames: [String])
        /// A union: the value is read in whatever form it arrived (members, several items, one text) and the
        /// union's variants decide (`ParameterValue.decoded`). `memberNames` are those of its object variants.
        case union(memberNames: [String])
    }

    /// Wire text that does not fit the parameter's style.
    public struct Malformed: Error, CustomStringConvertible, Sendable, Hashable {
        /// The parameter's name as sent.
        public var parameter: String
        /// What does not fit.
        public var reason: String
        /// `parameter 'name': reason`.
        public var description: String { "parameter '\(parameter)': \(reason)" }

        /// Creates the error.
        public init(parameter: String, reason: String) {
            self.parameter = parameter
            self.reason = reason
        }
    }

    // MARK: Path

    /// The value of a path parameter from its raw (still percent-encoded) segment text.
    public static func path(
        name: String, text: String, shape: Shape, style: ParameterStyle = .simple, explode: Bool = false
    ) throws(Malformed) -> ParameterValue {
        let decode = { (text: Substring) throws(Malformed) -> String in try percentDecoded(text, parameter: name) }
        var body = Substring(text)
        switch style {
        case .simple:
            break
        case .label:
            guard body.first == "." else { throw Malformed(parameter: name, reason: "label value must start with '.'") }
            body = body.dropFirst()
        case .matrix:
            return try matrix(name: name, text: body, shape: shape, explode: explode)
        default:
            throw Malformed(parameter: name, reason: "style '\(style.rawValue)' does not apply to path parameters")
        }
        let separator: Character = style == .label && explode ? "." : ","
        return try split(name: name, text: body, shape: shape, separator: separator, explode: explode, decode: decode)
    }

    private static func matrix(
        name: String, text: Substring, shape: Shape, explode: Bool
    ) throws(Malformed) -> ParameterValue {
        let decode = { (text: Substring) throws(Malformed) -> String in try percentDecoded(text, parameter: name) }
        guard text.first == ";" else { throw Malformed(parameter: name, reason: "matrix value must start with ';'") }
        let pairs = try text.dropFirst().split(separator: ";", omittingEmptySubsequences: false).map {
            pair throws(Malformed) in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            return (key: try decode(parts[0]), value: parts.count > 1 ? parts[1] : "")
        }
        if case .object = shape, explode {
            return .object(
                try pairs.map { pair throws(Malformed) in ParameterValue.Member(pair.key, try decode(pair.value)) })
        }
        guard pairs.allSatisfy({ $0.key == name }) else {
            throw Malformed(parameter: name, reason: "matrix value must be named ';\(name)='")
        }
        if case .array = shape, explode {
            return .array(try pairs.map { pair throws(Malformed) in try decode(pair.value) })
        }
        guard pairs.count == 1 else { throw Malformed(parameter: name, reason: "expected one ';\(name)=' value") }
        return try split(name: name, text: pairs[0].value, shape: shape, separator: ",", explode: false, decode: decode)
    }

    // MARK: Query

    /// The value of a query parameter from the raw query string (after `?`), or nil when the request omits it.
    public static func query(
        name: String, query: String, shape: Shape, style: ParameterStyle = .form, explode: Bool = true
    ) throws(Malformed) -> ParameterValue? {
        let decode = { (text: Substring) throws(Malformed) -> String in try percentDecoded(text, parameter: name) }
        let items = try query.split(separator: "&").map { item throws(Malformed) in
            let parts = item.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            return (key: try formDecoded(parts[0], parameter: name), value: parts.count > 1 ? parts[1] : "")
        }
        if case .union(let memberNames) = shape {
            return try union(name: name, items: items, memberNames: memberNames, style: style, explode: explode)
        }
        switch (style, shape) {
        case (.deepObject, .object):
            let prefix = name + "["
            let members = try items.filter { $0.key.hasPrefix(prefix) && $0.key.hasSuffix("]") }.map {
                item throws(Malformed) in
                ParameterValue.Member(
                    String(item.key.dropFirst(prefix.count).dropLast()), try formDecoded(item.value, parameter: name))
            }
            return members.isEmpty ? nil : .object(members)
        case (.deepObject, .array):
            // Not in the specification, but how payment APIs send lists: `expand[]=a&expand[]=b`.
            let values = try items.filter { $0.key == name || $0.key == name + "[]" }.map { item throws(Malformed) in
                try formDecoded(item.value, parameter: name)
            }
            return values.isEmpty ? nil : .array(values)
        case (.deepObject, _):
            let matching = items.filter { $0.key == name }
            guard let item = matching.first else { return nil }
            guard matching.count == 1 else { throw Malformed(parameter: name, reason: "given more than once") }
            return .primitive(try formDecoded(item.value, parameter: name))
        case (.form, .object(let memberNames)) where explode, (.spaceDelimited, .object(let memberNames)) where explode,
            (.pipeDelimited, .object(let memberNames)) where explode:
            let wanted = Set(memberNames)
            let members = try items.filter { wanted.contains($0.key) }.map { item throws(Malformed) in
                ParameterValue.Member(item.key, try formDecoded(item.value, parameter: name))
            }
            return members.isEmpty ? nil : .object(members)
        case (.form, .array) where explode, (.spaceDelimited, .array) where explode,
            (.pipeDelimited, .array) where explode:
            let values = try items.filter { $0.key == name }.map { item throws(Malformed) in
                try formDecoded(item.value, parameter: name)
            }
            return values.isEmpty ? nil : .array(values)
        case (.form, _), (.spaceDelimited, _), (.pipeDelimited, _):
            let matching = items.filter { $0.key == name }
            guard let item = matching.first else { return nil }
            guard matching.count == 1 else { throw Malformed(parameter: name, reason: "given more than once") }
            if case .primitive = shape { return .primitive(try formDecoded(item.value, parameter: name)) }
            // Split before decoding, so an encoded separator inside a value stays part of it.
            let text = item.value.replacingOccurrences(of: "+", with: "%20")
            switch style {
            case .form:
                return try split(
                    name: name, text: Substring(text), shape: shape, separator: ",", explode: false, decode: decode)
            case .spaceDelimited:
                let spaced = text.replacingOccurrences(of: "%20", with: " ")
                return try split(
                    name: name, text: Substring(spaced), shape: shape, separator: " ", explode: false, decode: decode)
            default:
                let piped = text.replacingOccurrences(of: "%7C", with: "|").replacingOccurrences(of: "%7c", with: "|")
                return try split(
                    name: name, text: Substring(piped), shape: shape, separator: "|", explode: false, decode: decode)
            }
        default:
            throw Malformed(parameter: name, reason: "style '\(style.rawValue)' does not apply to query parameters")
        }
    }

    /// A union-typed query parameter as it arrived: members (`name[key]=` for `deepObject`, the object variants'
    /// member names for exploded `form`), else several items as a list, else the one item's whole text.
    private static func union(
        name: String, items: [(key: String, value: Substring)], memberNames: [String], style: ParameterStyle,
        explode: Bool
    ) throws(Malformed) -> ParameterValue? {
        if style == .deepObject {
            let prefix = name + "["
            let members = try items.filter {
                $0.key.hasPrefix(prefix) && $0.key.hasSuffix("]") && $0.key != name + "[]"
            }
            .map { item throws(Malformed) in
                ParameterValue.Member(
                    String(item.key.dropFirst(prefix.count).dropLast()), try formDecoded(item.value, parameter: name))
            }
            if !members.isEmpty { return .object(members) }
        } else if style == .form, explode {
            let wanted = Set(memberNames).subtracting([name])
            let members = try items.filter { wanted.contains($0.key) }.map { item throws(Malformed) in
                ParameterValue.Member(item.key, try formDecoded(item.value, parameter: name))
            }
            if !members.isEmpty { return .object(members) }
        }
        let values = try items.filter { $0.key == name || (style == .deepObject && $0.key == name + "[]") }.map {
            item throws(Malformed) in try formDecoded(item.value, parameter: name)
        }
        if values.isEmpty { return nil }
        return values.count == 1 ? .primitive(values[0]) : .array(values)
    }

    // MARK: Header

    /// The value of a header parameter (`simple` style; header values are not percent-encoded).
    public static func header(name: String, text: String, shape: Shape, explode: Bool = false) throws(Malformed)
        -> ParameterValue
    {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        return try split(name: name, text: Substring(trimmed), shape: shape, separator: ",", explode: explode) {
            text throws(Malformed) in String(text)
        }
    }

    // MARK: Helpers

    private static func split(
        name: String, text: Substring, shape: Shape, separator: Character, explode: Bool,
        decode: (Substring) throws(Malformed) -> String
    ) throws(Malformed) -> ParameterValue {
        switch shape {
        case .primitive, .union:
            return .primitive(try decode(text))
        case .array:
            if text.isEmpty { return .array([]) }
            return .array(try text.split(separator: separator, omittingEmptySubsequences: false).map(decode))
        case .object:
            let parts = text.isEmpty ? [] : text.split(separator: separator, omittingEmptySubsequences: false)
            if explode {
                return .object(
                    try parts.map { part throws(Malformed) in
                        let pair = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                        return .init(try decode(pair[0]), pair.count > 1 ? try decode(pair[1]) : "")
                    })
            }
            guard parts.count.isMultiple(of: 2) else {
                throw Malformed(parameter: name, reason: "object value needs name,value pairs")
            }
            return .object(
                try stride(from: 0, to: parts.count, by: 2).map { index throws(Malformed) in
                    .init(try decode(parts[index]), try decode(parts[index + 1]))
                })
        }
    }

    private static func percentDecoded(_ text: Substring, parameter: String) throws(Malformed) -> String {
        guard let value = String(text).removingPercentEncoding else {
            throw Malformed(parameter: parameter, reason: "'\(text)' is not valid percent-encoded UTF-8")
        }
        return value
    }

    /// Query text as browsers and HTML forms send it: `+` is a space.
    private static func formDecoded(_ text: Substring, parameter: String) throws(Malformed) -> String {
        try percentDecoded(Substring(text.replacingOccurrences(of: "+", with: " ")), parameter: parameter)
    }
}
