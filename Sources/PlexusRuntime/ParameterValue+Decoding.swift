import Foundation

extension ParameterValue {
    /// The primitive value as `Value`; an enum value the document does not list is refused.
    public func value<Value: ParameterText>(_ type: Value.Type, parameter: String) throws(ParameterDecoding.Malformed)
        -> Value
    {
        guard case .primitive(let text) = self else {
            throw ParameterDecoding.Malformed(parameter: parameter, reason: "expected one value, got \(shapeName)")
        }
        return try Self.parse(text, as: Value.self, parameter: parameter)
    }

    /// The array's elements as `Element`s (a single value is an array of one).
    public func values<Element: ParameterText>(_ type: Element.Type, parameter: String) throws(ParameterDecoding
        .Malformed) -> [Element]
    {
        let items: [String]
        switch self {
        case .array(let array): items = array
        case .primitive(let text): items = [text]
        case .object: throw ParameterDecoding.Malformed(parameter: parameter, reason: "expected a list, got an object")
        }
        var values: [Element] = []
        values.reserveCapacity(items.count)
        for item in items { values.append(try Self.parse(item, as: Element.self, parameter: parameter)) }
        return values
    }

    /// The primitive value as `Value`, refused unless it satisfies the document's constraints.
    public func value<Value: ParameterText & ConstrainedValue>(
        _ type: Value.Type, parameter: String, checking constraints: ValueConstraints
    ) throws(ParameterDecoding.Malformed) -> Value {
        let value = try value(type, parameter: parameter)
        if let violation = constraints.violation(of: value) {
            throw ParameterDecoding.Malformed(parameter: parameter, reason: violation)
        }
        return value
    }

    /// The array's elements as `Element`s, refused unless the list satisfies the document's constraints (its
    /// count, and each item's).
    public func values<Element: ParameterText & ConstrainedValue>(
        _ type: Element.Type, parameter: String, checking constraints: ValueConstraints
    ) throws(ParameterDecoding.Malformed) -> [Element] {
        let values = try values(type, parameter: parameter)
        if let violation = constraints.violation(of: values) {
            throw ParameterDecoding.Malformed(parameter: parameter, reason: violation)
        }
        return values
    }

    /// The object's members decoded as `Value`: strings as they are, numbers and booleans parsed, nested values
    /// read as JSON text, the way `ParameterValue.object(_:)` writes them.
    public func object<Value: Decodable>(_ type: Value.Type, parameter: String) throws(ParameterDecoding.Malformed)
        -> Value
    {
        guard case .object(let members) = self else {
            throw ParameterDecoding.Malformed(parameter: parameter, reason: "expected an object, got \(shapeName)")
        }
        do {
            return try Value(from: ParameterObjectDecoder(members: members))
        } catch {
            throw ParameterDecoding.Malformed(parameter: parameter, reason: DecodingErrorText.describe(error))
        }
    }

    /// The value as `Value`, whatever form it arrived in: for parameters whose schema is a union, whose
    /// `init(from:)` tries each variant. One text holding `separator` (the style's delimiter, for lists sent in one
    /// item) is first tried as the list it spells, then as the text (the wire cannot tell `a,b` the list from
    /// `a,b` the string: a union that allows a list is taken to mean one); a list of one item is also tried as that
    /// item.
    public func decoded<Value: Decodable>(_ type: Value.Type, parameter: String, separator: String? = nil)
        throws(ParameterDecoding.Malformed) -> Value
    {
        var candidates = [self]
        switch self {
        case .primitive(let text):
            if let separator, !separator.isEmpty, text.contains(separator) {
                candidates.insert(.array(text.components(separatedBy: separator)), at: 0)
            }
        case .array(let items) where items.count == 1:
            candidates.append(.primitive(items[0]))
        default:
            break
        }
        var firstError: (any Error)?
        for candidate in candidates {
            do {
                return try Value(from: ParameterValueDecoder(value: candidate))
            } catch {
                if firstError == nil { firstError = error }
            }
        }
        throw ParameterDecoding.Malformed(
            parameter: parameter, reason: firstError.map(DecodingErrorText.describe) ?? "not a valid \(Value.self)")
    }

    /// A parameter declared with `content`: the whole value as JSON text.
    public func json<Value: Decodable>(_ type: Value.Type, parameter: String) throws(ParameterDecoding.Malformed)
        -> Value
    {
        guard case .primitive(let text) = self else {
            throw ParameterDecoding.Malformed(parameter: parameter, reason: "expected one JSON value, got \(shapeName)")
        }
        do {
            return try StrictJSONDecoder.make().decode(Value.self, from: Data(text.utf8))
        } catch {
            throw ParameterDecoding.Malformed(parameter: parameter, reason: DecodingErrorText.describe(error))
        }
    }

    private var shapeName: String {
        switch self {
        case .primitive: "one value"
        case .array: "a list"
        case .object: "an object"
        }
    }

    static func parse<Value: ParameterText>(_ text: String, as type: Value.Type, parameter: String)
        throws(ParameterDecoding.Malformed) -> Value
    {
        guard let value = Value(parameterText: text) else {
            if case .integer(let bits)? = NumberRange(Value.self), text.wholeMatch(of: /[-+]?[0-9]+/) != nil {
                throw ParameterDecoding.Malformed(
                    parameter: parameter, reason: "'\(text)' is outside the range of a \(bits)-bit integer")
            }
            throw ParameterDecoding.Malformed(
                parameter: parameter, reason: "'\(text)' is not a valid \(Self.typeName(Value.self))")
        }
        if let enumeration = value as? any OpenEnumeration, !enumeration.isKnown {
            throw ParameterDecoding.Malformed(
                parameter: parameter, reason: "'\(text)' is not one of the values \(Value.self) allows")
        }
        return value
    }

    /// Type names as a reader of an error message knows them.
    static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is Int.Type, is Int32.Type, is Int64.Type: "integer"
        case is Double.Type, is Float.Type, is Decimal.Type: "number"
        case is Bool.Type: "boolean (true or false)"
        case is Date.Type: "date-time (RFC 3339)"
        case is OpenAPIDate.Type: "date (YYYY-MM-DD)"
        case is UUID.Type: "UUID"
        default: "\(type)"
        }
    }
}
