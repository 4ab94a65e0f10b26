import Foundation

/// Decodes any `Decodable` from a parameter value as it arrived: one text, a list of texts or named member texts.
/// This is how a parameter whose schema is a union (`oneOf: [integer, object]`, an id that is a number or a
/// string) is read: the union's own `init(from:)` tries its variants against this decoder, and each variant takes
/// the value only in the form it has (a number parses the text, an object needs members).
///
/// Scalars are parsed the way `ParameterText` parses them; a list's elements are scalars; an object's members are
/// read as `ParameterObjectDecoder` reads them.
struct ParameterValueDecoder: Decoder {
    var value: ParameterValue
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] { [StrictDecoding.key: true] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .object(let members) = value else { throw mismatch([String: Any].self, "an object") }
        return try ParameterObjectDecoder(members: members, codingPath: codingPath).container(keyedBy: type)
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard case .array(let items) = value else { throw mismatch([Any].self, "a list") }
        return ItemsContainer(items: items, codingPath: codingPath)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        guard case .primitive(let text) = value else { throw mismatch(Any.self, "one value") }
        return TextContainer(text: text, codingPath: codingPath)
    }

    private func mismatch(_ type: Any.Type, _ wanted: String) -> DecodingError {
        let found =
            switch value {
            case .primitive: "one value"
            case .array: "a list"
            case .object: "an object"
            }
        return DecodingError.typeMismatch(
            type, .init(codingPath: codingPath, debugDescription: "expected \(wanted), got \(found)"))
    }
}

/// One text read as a scalar.
private struct TextContainer: SingleValueDecodingContainer {
    var text: String
    var codingPath: [any CodingKey]

    func decodeNil() -> Bool { false }

    func decode<Value: Decodable>(_ type: Value.Type) throws -> Value {
        if let textType = Value.self as? any ParameterText.Type {
            guard let value = textType.init(parameterText: text) as? Value else {
                throw DecodingError.typeMismatch(
                    Value.self,
                    .init(
                        codingPath: codingPath,
                        debugDescription: "'\(text)' is not a valid \(ParameterValue.typeName(Value.self))"))
            }
            if let enumeration = value as? any OpenEnumeration, !enumeration.isKnown {
                throw DecodingError.dataCorrupted(
                    .init(
                        codingPath: codingPath,
                        debugDescription: "'\(text)' is not one of the values \(Value.self) allows"))
            }
            return value
        }
        // A type that is not text (an enum with a raw value, a nested union): read from the same text.
        return try Value(from: ParameterValueDecoder(value: .primitive(text), codingPath: codingPath))
    }
}

/// A list's texts, each read as a scalar.
private struct ItemsContainer: UnkeyedDecodingContainer {
    var items: [String]
    var codingPath: [any CodingKey]
    var currentIndex = 0

    init(items: [String], codingPath: [any CodingKey]) {
        self.items = items
        self.codingPath = codingPath
    }

    var count: Int? { items.count }
    var isAtEnd: Bool { currentIndex >= items.count }

    mutating func decodeNil() throws -> Bool { false }

    mutating func decode<Value: Decodable>(_ type: Value.Type) throws -> Value {
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(
                Value.self, .init(codingPath: codingPath, debugDescription: "no more items"))
        }
        let text = items[currentIndex]
        let value = try TextContainer(text: text, codingPath: codingPath).decode(Value.self)
        currentIndex += 1
        return value
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws
        -> KeyedDecodingContainer<NestedKey>
    {
        throw DecodingError.typeMismatch(
            [String: Any].self, .init(codingPath: codingPath, debugDescription: "list items are single values"))
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        throw DecodingError.typeMismatch(
            [Any].self, .init(codingPath: codingPath, debugDescription: "list items are single values"))
    }

    mutating func superDecoder() throws -> any Decoder {
        ParameterValueDecoder(value: .array(items), codingPath: codingPath)
    }
}
