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
    public var parameterText: String { self }
    public init?(parameterText: String) { self = parameterText }
}

extension Bool: ParameterText {
    public var parameterText: String { self ? "true" : "false" }
    public init?(parameterText: String) {
        switch parameterText {
        case "true": self = true
        case "false": self = false
        default: return nil
        }
    }
}

extension Int: ParameterText {
    public var parameterText: String { String(self) }
    public init?(parameterText: String) { self.init(parameterText, radix: 10) }
}

extension Int32: ParameterText {
    public var parameterText: String { String(self) }
    public init?(parameterText: String) { self.init(parameterText, radix: 10) }
}

extension Int64: ParameterText {
    public var parameterText: String { String(self) }
    public init?(parameterText: String) { self.init(parameterText, radix: 10) }
}

extension Double: ParameterText {
    public var parameterText: String { String(self) }
    public init?(parameterText: String) {
        guard let value = Double(parameterText), value.isFinite else { return nil }
        self = value
    }
}

extension Float: ParameterText {
    public var parameterText: String { String(self) }
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
    public var parameterText: String { uuidString.lowercased() }
    public init?(parameterText: String) { self.init(uuidString: parameterText) }
}

extension OpenAPIDate: ParameterText {
    public var parameterText: String { description }
    public init?(parameterText: String) { self.init(parameterText) }
}

extension Date: ParameterText {
    /// RFC 3339 (`format: date-time`).
    public var parameterText: String { DateTimeCoding.string(from: self) }
    public init?(parameterText: String) {
        guard let date = DateTimeCoding.date(from: parameterText) else { return nil }
        self = date
    }
}

extension RawRepresentable where RawValue: ParameterText, Self: Sendable {
    /// String and integer enums travel as their raw value.
    public var parameterText: String { rawValue.parameterText }
    public init?(parameterText: String) {
        guard let raw = RawValue(parameterText: parameterText) else { return nil }
        self.init(rawValue: raw)
    }
}

extension URL: ParameterText {
    public var parameterText: String { absoluteString }
    public init?(parameterText: String) { self.init(string: parameterText) }
}

extension Data: ParameterText {
    /// Base64 (`format: byte`, and `binary` in a parameter).
    public var parameterText: String { base64EncodedString() }
    public init?(parameterText: String) { self.init(base64Encoded: parameterText) }
}
