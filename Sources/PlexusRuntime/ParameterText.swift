public import Foundation

/// A value that travels as text in a path, query, header or cookie parameter, both ways: clients write it,
/// server stubs read it back.
public protocol ParameterText: Sendable {
    /// The text for the wire, before percent-encoding.
    var parameterText: String { get }
    /// Parses wire text (already percent-decoded); nil when it is not a value of this type.
    init?(parameterText: String)
}

extension ParameterText {
    /// This value as a primitive parameter.
    public var parameterValue: ParameterValue { .primitive(parameterText) }
}

extension Array where Element: ParameterText {
    /// The elements as an array parameter.
    public var parameterValue: ParameterValue { .array(map(\.parameterText)) }
}

extension String: ParameterText {
    /// The string itself.
    public var parameterText: String { self }
    /// The text itself; never fails.
    public init?(parameterText: String) { self = parameterText }
}

extension Bool: ParameterText {
    /// `true` or `false`.
    public var parameterText: String { self ? "true" : "false" }
    /// `true` or `false`; anything else fails.
    public init?(parameterText: String) {
        switch parameterText {
        case "true": self = true
        case "false": self = false
        default: return nil
        }
    }
}

extension Int: ParameterText {
    /// Decimal digits.
    public var parameterText: String { String(self) }
    /// Decimal digits with an optional sign.
    public init?(parameterText: String) { self.init(parameterText, radix: 10) }
}

extension Int32: ParameterText {
    /// Decimal digits.
    public var parameterText: String { String(self) }
    /// Decimal digits with an optional sign.
    public init?(parameterText: String) { self.init(parameterText, radix: 10) }
}

extension Int64: ParameterText {
    /// Decimal digits.
    public var parameterText: String { String(self) }
    /// Decimal digits with an optional sign.
    public init?(parameterText: String) { self.init(parameterText, radix: 10) }
}

extension Double: ParameterText {
    /// Swift's shortest round-tripping text.
    public var parameterText: String { String(self) }
    /// A decimal or exponent number.
    public init?(parameterText: String) {
        guard let value = Double(parameterText), value.isFinite else { return nil }
        self = value
    }
}

extension Float: ParameterText {
    /// Swift's shortest round-tripping text.
    public var parameterText: String { String(self) }
    /// A decimal or exponent number.
    public init?(parameterText: String) {
        guard let value = Float(parameterText), value.isFinite else { return nil }
        self = value
    }
}

extension Decimal: ParameterText {
    /// Plain decimal notation, independent of the locale (`1234.5`, never `1.234,5`).
    public var parameterText: String { description }

    /// Accepts JSON number syntax only, so `12abc` or `1,5` are rejected instead of read as a prefix.
    public init?(parameterText: String) {
        guard Self.isNumber(parameterText),
            let value = Decimal(string: parameterText, locale: Locale(identifier: "en_US_POSIX"))
        else { return nil }
        self = value
    }

    private static func isNumber(_ text: String) -> Bool {
        var bytes = text.utf8[...]
        if bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        func digits() -> Int {
            let count = bytes.prefix { $0 >= 0x30 && $0 <= 0x39 }.count
            bytes = bytes.dropFirst(count)
            return count
        }
        guard digits() > 0 else { return false }
        if bytes.first == UInt8(ascii: ".") {
            bytes = bytes.dropFirst()
            guard digits() > 0 else { return false }
        }
        if bytes.first == UInt8(ascii: "e") || bytes.first == UInt8(ascii: "E") {
            bytes = bytes.dropFirst()
            if bytes.first == UInt8(ascii: "+") || bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
            guard digits() > 0 else { return false }
        }
        return bytes.isEmpty
    }
}

extension UUID: ParameterText {
    /// Lowercase hexadecimal with dashes.
    public var parameterText: String { uuidString.lowercased() }
    /// A UUID in either case.
    public init?(parameterText: String) { self.init(uuidString: parameterText) }
}

extension OpenAPIDate: ParameterText {
    /// `YYYY-MM-DD`.
    public var parameterText: String { description }
    /// `YYYY-MM-DD`; anything else fails.
    public init?(parameterText: String) { self.init(parameterText) }
}

extension Date: ParameterText {
    /// RFC 3339 (`format: date-time`).
    public var parameterText: String { DateTimeCoding.string(from: self) }
    /// An RFC 3339 date-time, with or without fractional seconds.
    public init?(parameterText: String) {
        guard let date = DateTimeCoding.date(from: parameterText) else { return nil }
        self = date
    }
}

extension RawRepresentable where RawValue: ParameterText, Self: Sendable {
    /// String and integer enums travel as their raw value.
    public var parameterText: String { rawValue.parameterText }
    /// The raw value's text; fails when it is not one of the cases.
    public init?(parameterText: String) {
        guard let raw = RawValue(parameterText: parameterText) else { return nil }
        self.init(rawValue: raw)
    }
}

extension URL: ParameterText {
    /// The URL as written.
    public var parameterText: String { absoluteString }
    /// A URL; fails when the text is not one.
    public init?(parameterText: String) { self.init(string: parameterText) }
}

extension Data: ParameterText {
    /// Base64 (`format: byte`, and `binary` in a parameter).
    public var parameterText: String { base64EncodedString() }
    /// Base64; fails on anything else.
    public init?(parameterText: String) { self.init(base64Encoded: parameterText) }
}
