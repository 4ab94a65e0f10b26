import Foundation

/// Decodes an object from named text fields: an object parameter's members (the inverse of
/// `ParameterValue.object(_:)`) or the fields of a form or multipart body (the inverse of `FormFieldEncoding`).
///
/// Strings are taken as they are; numbers, booleans, dates and other `ParameterText` types are parsed; a field
/// given several times fills an array; `Data` takes a multipart part's raw bytes; anything else (nested objects)
/// is read as the JSON text the client wrote.
struct ParameterObjectDecoder: Decoder {
    var fields: [FormField]
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] { [StrictDecoding.key: true] }

    init(fields: [FormField], codingPath: [any CodingKey] = []) {
        self.fields = fields
        self.codingPath = codingPath
    }

    init(members: [ParameterValue.Member], codingPath: [any CodingKey] = []) {
        self.init(fields: members.map { FormField(name: $0.name, text: $0.value) }, codingPath: codingPath)
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        var values: [String: [FormField]] = [:]
        for field in fields { values[field.name, default: []].append(field) }
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

/// Arrays whose elements arrive as one field each.
protocol RepeatedFieldDecodable {
    static func decoded(from fields: [FormField]) -> Self?
}

extension Array: RepeatedFieldDecodable where Element: ParameterText {
    static func decoded(from fields: [FormField]) -> Self? {
        var elements: [Element] = []
        for field in fields {
            if Element.self is Data.Type, field.isBinary, let data = Data(field.bytes) as? Element {
                elements.append(data)
                continue
            }
            guard let element = Element(parameterText: field.text) else { return nil }
            if let enumeration = element as? any OpenEnumeration, !enumeration.isKnown { return nil }
            elements.append(element)
        }
        return elements
    }
}

private struct MembersContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    var values: [String: [FormField]]
    var codingPath: [any CodingKey]

    var allKeys: [Key] { values.keys.compactMap { Key(stringValue: $0) } }

    func contains(_ key: Key) -> Bool { values[key.stringValue] != nil }

    func decodeNil(forKey key: Key) throws -> Bool { values[key.stringValue] == nil }

    func decode<Value: Decodable>(_ type: Value.Type, forKey key: Key) throws -> Value {
        guard let fields = values[key.stringValue], let first = fields.first else {
            throw DecodingError.keyNotFound(key, .init(codingPath: codingPath, debugDescription: "missing"))
        }
        let path = codingPath + [key]
        let text = first.text
        if Value.self is Data.Type, first.isBinary, let data = Data(first.bytes) as? Value { return data }
        let isJSONArray = fields.count == 1 && text.hasPrefix("[")
        if !isJSONArray, let arrayType = Value.self as? any RepeatedFieldDecodable.Type {
            guard let array = arrayType.decoded(from: fields) as? Value else {
                throw DecodingError.dataCorrupted(
                    .init(
                        codingPath: path,
                        debugDescription: "\(fields.map(\.text)) are not all valid \(Value.self) elements"))
            }
            return array
        }
        if let textType = Value.self as? any ParameterText.Type {
            guard let value = textType.init(parameterText: text) as? Value else {
                throw DecodingError.typeMismatch(
                    Value.self, .init(codingPath: path, debugDescription: "'\(text)' is not a valid \(Value.self)"))
            }
            if let enumeration = value as? any OpenEnumeration, !enumeration.isKnown {
                throw DecodingError.dataCorrupted(
                    .init(codingPath: path, debugDescription: "'\(text)' is not one of the values \(Value.self) allows")
                )
            }
            return value
        }
        do {
            return try StrictJSONDecoder.make().decode(Value.self, from: Data(first.bytes))
        } catch {
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: path, debugDescription: "'\(text)' is not a valid \(Value.self)", underlyingError: error
                ))
        }
    }

    func nestedContainer<NestedKey: CodingKey>(
        keyedBy type: NestedKey.Type, forKey key: Key
    ) throws -> KeyedDecodingContainer<NestedKey> {
        throw DecodingError.typeMismatch(
            [String: Any].self,
            .init(codingPath: codingPath + [key], debugDescription: "nested objects arrive as JSON text"))
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        throw DecodingError.typeMismatch(
            [Any].self, .init(codingPath: codingPath + [key], debugDescription: "nested lists arrive as JSON text"))
    }

    func superDecoder() throws -> any Decoder { ParameterObjectDecoder(fields: [], codingPath: codingPath) }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        ParameterObjectDecoder(fields: [], codingPath: codingPath + [key])
    }
}
