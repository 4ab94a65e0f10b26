public import Foundation

/// How generated models read their members: by the member's JSON name, through one generic function per kind of
/// member.
///
/// Generated code calls these instead of `decode(_:forKey:)` with a `CodingKeys` enum per model: the standard
/// functions come in a dozen overloads each (`Bool`, `String`, `Int8`, …), which the compiler weighs at every
/// member, and every `CodingKeys` enum is a type with its own conformances to compile. One name per kind and a
/// string key make the same decoding several times cheaper to compile (figures in `docs/performance.md`).
extension KeyedDecodingContainer where Key == DynamicCodingKey {
    /// A required member.
    public func read<Value: Decodable>(_ type: Value.Type, at key: String) throws -> Value {
        try decode(type, forKey: DynamicCodingKey(key))
    }

    /// An optional member: `nil` when absent, or `null` where the decoder is lenient (clients read what servers
    /// send); a strict decoder (the server stubs') refuses `null` for a member the document does not make nullable.
    public func readIfPresent<Value: Decodable>(_ type: Value.Type, at key: String) throws -> Value? {
        let key = DynamicCodingKey(key)
        guard contains(key) else { return nil }
        if try decodeNil(forKey: key) {
            try refuseNullIfStrict(Value.self, at: key)
            return nil
        }
        return try decode(type, forKey: key)
    }

    /// Throws when the decoder is strict: `null` stands where the document allows only a value or nothing.
    private func refuseNullIfStrict<Value>(_ type: Value.Type, at key: DynamicCodingKey) throws {
        guard try superDecoder(forKey: key).userInfo[StrictDecoding.key] as? Bool == true else { return }
        throw DecodingError.valueNotFound(
            Value.self,
            DecodingError.Context(
                codingPath: codingPath + [key],
                debugDescription: "null is not allowed here: the member is optional, not nullable"))
    }

    /// A required member that may be `null`: it must be there, and `null` is `nil`.
    public func readNullable<Value: Decodable>(_ type: Value.Type, at key: String) throws -> Value? {
        let key = DynamicCodingKey(key)
        return try decodeNil(forKey: key) ? nil : decode(type, forKey: key)
    }

    /// An optional member that may be `null`, the three states apart: `nil` when absent, `.null`, or a value.
    public func readNullableIfPresent<Value: Codable>(
        _ type: Value.Type, at key: String
    ) throws -> Nullable<Value>? {
        let key = DynamicCodingKey(key)
        return contains(key) ? try decode(Nullable<Value>.self, forKey: key) : nil
    }

    /// Whether the member is there, `null` or not.
    public func has(_ key: String) -> Bool {
        contains(DynamicCodingKey(key))
    }

    /// A required `date-time`.
    public func readDateTime(at key: String) throws -> Date {
        let key = DynamicCodingKey(key)
        let text = try decode(String.self, forKey: key)
        guard let date = DateTimeCoding.date(from: text) else {
            throw DecodingError.dataCorruptedError(
                forKey: key, in: self,
                debugDescription: "expected a date-time like 2019-10-14T09:30:12Z, found '\(text)'")
        }
        return date
    }

    /// An optional or nullable `date-time`: `nil` when absent or `null` (generated code reads required nullable
    /// date-times with it too, so it cannot tell the two apart and stays lenient).
    public func readDateTimeIfPresent(at key: String) throws -> Date? {
        guard has(key), try !decodeNil(forKey: DynamicCodingKey(key)) else { return nil }
        return try readDateTime(at: key)
    }

    /// A required list of `date-time`s.
    public func readDateTimes(at key: String) throws -> [Date] {
        try read([String].self, at: key).map { try DateTimeCoding.requiredDate(from: $0) }
    }

    /// An optional list of `date-time`s: `nil` when absent or `null`.
    public func readDateTimesIfPresent(at key: String) throws -> [Date]? {
        try readIfPresent([String].self, at: key)?.map { try DateTimeCoding.requiredDate(from: $0) }
    }
}
