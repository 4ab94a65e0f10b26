public import Foundation

/// How generated models write their members: by the member's JSON name, through one generic function per kind of
/// member (why: `ObjectDecoding.swift`).
extension KeyedEncodingContainer where Key == DynamicCodingKey {
    /// Writes a member.
    public mutating func write<Value: Encodable>(_ value: Value, at key: String) throws {
        try encode(value, forKey: DynamicCodingKey(key))
    }

    /// Writes a member when present; an absent one stays absent.
    public mutating func writeIfPresent<Value: Encodable>(_ value: Value?, at key: String) throws {
        try encodeIfPresent(value, forKey: DynamicCodingKey(key))
    }

    /// Writes a required member that may be `null`: `nil` is written as `null`.
    public mutating func writeNullable<Value: Encodable>(_ value: Value?, at key: String) throws {
        if let value { try write(value, at: key) } else { try encodeNil(forKey: DynamicCodingKey(key)) }
    }

    /// Writes a `date-time`.
    public mutating func writeDateTime(_ date: Date, at key: String) throws {
        try write(DateTimeCoding.string(from: date), at: key)
    }

    /// Writes a `date-time` when present.
    public mutating func writeDateTimeIfPresent(_ date: Date?, at key: String) throws {
        try writeIfPresent(date.map(DateTimeCoding.string(from:)), at: key)
    }

    /// Writes a required `date-time` that may be `null`.
    public mutating func writeDateTimeNullable(_ date: Date?, at key: String) throws {
        try writeNullable(date.map(DateTimeCoding.string(from:)), at: key)
    }

    /// Writes a list of `date-time`s.
    public mutating func writeDateTimes(_ dates: [Date], at key: String) throws {
        try write(dates.map(DateTimeCoding.string(from:)), at: key)
    }

    /// Writes a list of `date-time`s when present.
    public mutating func writeDateTimesIfPresent(_ dates: [Date]?, at key: String) throws {
        try writeIfPresent(dates?.map(DateTimeCoding.string(from:)), at: key)
    }

    /// Writes a `format: uuid` value in lower case, as RFC 4122 asks (Foundation's `UUID` encodes upper case).
    public mutating func writeUUID(_ uuid: UUID, at key: String) throws {
        try write(Self.text(of: uuid), at: key)
    }

    /// Writes a `format: uuid` value in lower case when present.
    public mutating func writeUUIDIfPresent(_ uuid: UUID?, at key: String) throws {
        try writeIfPresent(uuid.map(Self.text(of:)), at: key)
    }

    /// Writes a required `format: uuid` value that may be `null`, in lower case.
    public mutating func writeUUIDNullable(_ uuid: UUID?, at key: String) throws {
        try writeNullable(uuid.map(Self.text(of:)), at: key)
    }

    /// Writes a list of `format: uuid` values in lower case.
    public mutating func writeUUIDs(_ uuids: [UUID], at key: String) throws {
        try write(uuids.map(Self.text(of:)), at: key)
    }

    /// Writes a list of `format: uuid` values in lower case when present.
    public mutating func writeUUIDsIfPresent(_ uuids: [UUID]?, at key: String) throws {
        try writeIfPresent(uuids?.map(Self.text(of:)), at: key)
    }

    /// Writes a required list of `format: uuid` values that may be `null`, in lower case.
    public mutating func writeUUIDsNullable(_ uuids: [UUID]?, at key: String) throws {
        try writeNullable(uuids?.map(Self.text(of:)), at: key)
    }

    /// A UUID as JSON carries it: lower case.
    private static func text(of uuid: UUID) -> String { uuid.uuidString.lowercased() }
}
