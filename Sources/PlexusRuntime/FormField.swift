import Foundation

/// One field of a form body (`application/x-www-form-urlencoded` or `multipart/form-data`): text, or raw bytes
/// for binary properties of a multipart body.
public struct FormField: Sendable, Hashable {
    /// The field's name.
    public var name: String
    /// The value's bytes: UTF-8 text, JSON text for nested values, or a file's bytes.
    public var bytes: [UInt8]
    /// The part's media type in a multipart body; nil for plain text.
    public var contentType: String?
    /// The file name a multipart part carries.
    public var fileName: String?
    /// The bytes are raw binary rather than text.
    public var isBinary: Bool

    /// A field of raw bytes with an optional media type and file name.
    public init(
        name: String, bytes: [UInt8], contentType: String? = nil, fileName: String? = nil, isBinary: Bool = false
    ) {
        self.name = name
        self.bytes = bytes
        self.contentType = contentType
        self.fileName = fileName
        self.isBinary = isBinary
    }

    /// A text field (UTF-8).
    public init(name: String, text: String, contentType: String? = nil) {
        self.init(name: name, bytes: Array(text.utf8), contentType: contentType)
    }

    /// The value's bytes as UTF-8 text.
    public var text: String { String(decoding: bytes, as: UTF8.self) }
}

/// Turns a generated model into form fields, property by property, in the order its `encode(to:)` writes them:
/// strings, numbers, booleans and dates as text, arrays of those as one field per element, `Data` as raw bytes,
/// and anything nested as JSON text. `nil` properties are left out.
public enum FormFieldEncoding {
    /// The fields of `value`, property by property, in the order its `encode(to:)` writes them.
    public static func fields(of value: some Encodable) throws -> [FormField] {
        let encoder = FieldsEncoder()
        try value.encode(to: encoder)
        return encoder.storage.fields
    }
}

private final class FieldStorage {
    var fields: [FormField] = []
}

private struct FieldsEncoder: Encoder {
    let storage = FieldStorage()
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(FieldsContainer<Key>(storage: storage))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        preconditionFailure("a form body is an object; the generator only uses form encoding for objects")
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        preconditionFailure("a form body is an object; the generator only uses form encoding for objects")
    }
}

/// Arrays whose elements travel as one form field each.
protocol FormFieldArray {
    var formTexts: [String]? { get }
    var formBinaries: [[UInt8]]? { get }
}

extension Array: FormFieldArray {
    var formTexts: [String]? {
        guard Element.self is any ParameterText.Type, !(Element.self is Data.Type) else { return nil }
        return compactMap { ($0 as? any ParameterText)?.parameterText }
    }

    var formBinaries: [[UInt8]]? {
        guard Element.self is Data.Type else { return nil }
        return compactMap { ($0 as? Data).map { [UInt8]($0) } }
    }
}

private struct FieldsContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let storage: FieldStorage
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil(forKey key: Key) throws {}

    mutating func encode<Value: Encodable>(_ value: Value, forKey key: Key) throws {
        let name = key.stringValue
        if let data = value as? Data {
            storage.fields.append(FormField(name: name, bytes: Array(data), isBinary: true))
        } else if let text = value as? any ParameterText {
            storage.fields.append(FormField(name: name, text: text.parameterText))
        } else if let array = value as? any FormFieldArray, let texts = array.formTexts {
            storage.fields += texts.map { FormField(name: name, text: $0) }
        } else if let array = value as? any FormFieldArray, let binaries = array.formBinaries {
            storage.fields += binaries.map { FormField(name: name, bytes: $0, isBinary: true) }
        } else {
            let json = try RequestJSONEncoder.make().encode(value)
            storage.fields.append(FormField(name: name, bytes: Array(json), contentType: "application/json"))
        }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        preconditionFailure("generated models encode nested values with encode(_:forKey:)")
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        preconditionFailure("generated models encode nested values with encode(_:forKey:)")
    }

    mutating func superEncoder() -> any Encoder { FieldsEncoder() }
    mutating func superEncoder(forKey key: Key) -> any Encoder { FieldsEncoder() }
}
