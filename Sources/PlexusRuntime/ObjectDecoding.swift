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
        try value(type, at: DynamicCodingKey(key))
    }

    /// The member's value. A number the Swift type cannot hold (`5e-324` or `1e200` for a `Decimal`, whose exponent
    /// stops at ±128; `1e19` for an `Int`) is refused, as RFC 8259 allows, with a message that says so rather than
    /// Foundation's "not valid JSON".
    private func value<Value: Decodable>(_ type: Value.Type, at key: DynamicCodingKey) throws -> Value {
        do {
            return try decode(type, forKey: key)
        } catch {
            // Foundation throws an error of its own here, which it turns into "not valid JSON" at the top.
            guard let range = NumberRange(Value.self), let number = try? decode(Double.self, forKey: key),
                !range.holds(number)
            else {
                throw error
            }
            throw DecodingError.dataCorrupted(
                DecodingError.Context(
                    codingPath: codingPath + [key],
                    debugDescription: "\(number) is outside the range of numbers \(range) (\(range.limits))"))
        }
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
        return try value(type, at: key)
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
        return try decodeNil(forKey: key) ? nil : value(type, at: key)
    }

    /// An optional member that may be `null`, the three states apart: `nil` when absent, `.null`, or a value.
    public func readNullableIfPresent<Value: Codable>(
        _ type: Value.Type, at key: String
    ) throws -> Nullable<Value>? {
        let key = DynamicCodingKey(key)
        return contains(key) ? try decode(Nullable<Value>.self, forKey: key) : nil
    }

    /// A required member with constraints: `read(_:at:)`, then, where the decoder is strict (the server stubs'),
    /// the document's constraints checked.
    public func read<Value: Decodable & ConstrainedValue>(
        _ type: Value.Type, at key: String, checking constraints: ValueConstraints
    ) throws -> Value {
        let value = try read(type, at: key)
        try check(value, at: key, constraints)
        return value
    }

    /// An optional member with constraints: `readIfPresent(_:at:)`, then the constraints checked where the
    /// decoder is strict.
    public func readIfPresent<Value: Decodable & ConstrainedValue>(
        _ type: Value.Type, at key: String, checking constraints: ValueConstraints
    ) throws -> Value? {
        let value = try readIfPresent(type, at: key)
        if let value { try check(value, at: key, constraints) }
        return value
    }

    /// A required nullable member with constraints: `readNullable(_:at:)`, then the constraints checked where the
    /// decoder is strict (`null` satisfies them).
    public func readNullable<Value: Decodable & ConstrainedValue>(
        _ type: Value.Type, at key: String, checking constraints: ValueConstraints
    ) throws -> Value? {
        let value = try readNullable(type, at: key)
        if let value { try check(value, at: key, constraints) }
        return value
    }

    /// An optional nullable member with constraints: `readNullableIfPresent(_:at:)`, then the constraints checked
    /// where the decoder is strict.
    public func readNullableIfPresent<Value: Codable & ConstrainedValue>(
        _ type: Value.Type, at key: String, checking constraints: ValueConstraints
    ) throws -> Nullable<Value>? {
        let value = try readNullableIfPresent(type, at: key)
        if let wrapped = value?.value { try check(wrapped, at: key, constraints) }
        return value
    }

    /// Throws when the decoder is strict and `value` fails `constraints`.
    private func check(_ value: some ConstrainedValue, at key: String, _ constraints: ValueConstraints) throws {
        guard let violation = constraints.violation(of: value) else { return }
        let key = DynamicCodingKey(key)
        guard try superDecoder(forKey: key).userInfo[StrictDecoding.key] as? Bool == true else { return }
        throw DecodingError.dataCorrupted(
            DecodingError.Context(codingPath: codingPath + [key], debugDescription: violation))
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
