import Foundation

/// Decodes an object parameter from its members' text: the inverse of `ParameterValue.object(_:)`.
///
/// Strings are taken as they are; numbers, booleans, dates and other `ParameterText` types are parsed; anything else
/// (nested objects and arrays) is read as the JSON text the client wrote.
struct ParameterObjectDecoder: Decoder {
    var members: [ParameterValue.Member]
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] { [StrictDecoding.key: true] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        var values: [String: String] = [:]
        for member in members where values[member.name] == nil { values[member.name] = member.value }
        return KeyedDecodingContainer(MembersContainer<Key>(values: values, codingPath: codingPath))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        throw DecodingError.typeMismatch(
            [Any].self, .init(codingPath: codingPath, debugDescription: "an object parameter is not a list"))
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        throw DecodingError.typeMismatch(
            Any.self, .init(codingPath: codingPath, debugDescription: "an object parameter is not a single value"))
    }
}

private struct MembersContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    var values: [String: String]
    var codingPath: [any CodingKey]

    var allKeys: [Key] { values.keys.compactMap { Key(stringValue: $0) } }

    func contains(_ key: Key) -> Bool { values[key.stringValue] != nil }

    func decodeNil(forKey key: Key) throws -> Bool { values[key.stringValue] == nil }

    func decode<Value: Decodable>(_ type: Value.Type, forKey key: Key) throws -> Value {
        guard let text = values[key.stringValue] else {
            throw DecodingError.keyNotFound(key, .init(codingPath: codingPath, debugDescription: "missing"))
        }
        let path = codingPath + [key]
        if let textType = Value.self as? any ParameterText.Type {
            guard let value = textType.init(parameterText: text) as? Value else {
                throw DecodingError.typeMismatch(
                    Value.self, .init(codingPath: path, debugDescription: "'\(text)' is not a valid \(Value.self)"))
            }
            if let enumeration = value as? any OpenEnumeration, !enumeration.isKnown {
                throw DecodingError.dataCorrupted(
                    .init(codingPath: path, debugDescription: "'\(text)' is not one of the values \(Value.self) allows"))
            }
            return value
        }
        do {
            return try StrictJSONDecoder.make().decode(Value.self, from: Data(text.utf8))
        } catch {
            throw DecodingError.dataCorrupted(.init(
                codingPath: path, debugDescription: "'\(text)' is not a valid \(Value.self)", underlyingError: error))
        }
    }

    func nestedContainer<NestedKey: CodingKey>(
        keyedBy type: NestedKey.Type, forKey key: Key
    ) throws -> KeyedDecodingContainer<NestedKey> {
        throw DecodingError.typeMismatch(
            [String: Any].self, .init(codingPath: codingPath + [key], debugDescription: "nested objects arrive as JSON text"))
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        throw DecodingError.typeMismatch(
            [Any].self, .init(codingPath: codingPath + [key], debugDescription: "nested lists arrive as JSON text"))
    }

    func superDecoder() throws -> any Decoder { ParameterObjectDecoder(members: [], codingPath: codingPath) }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        ParameterObjectDecoder(members: [], codingPath: codingPath + [key])
    }
}
