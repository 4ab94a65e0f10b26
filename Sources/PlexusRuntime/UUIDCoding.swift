public import Foundation

extension KeyedEncodingContainer {
    /// Writes a `format: uuid` value in lower case, as RFC 4122 asks (Foundation's `UUID` encodes upper case).
    public mutating func encodeUUID(_ uuid: UUID, forKey key: Key) throws {
        try encode(uuid.uuidString.lowercased(), forKey: key)
    }

    /// Writes a `format: uuid` value in lower case when present.
    public mutating func encodeUUIDIfPresent(_ uuid: UUID?, forKey key: Key) throws {
        if let uuid { try encodeUUID(uuid, forKey: key) }
    }

    /// Writes a list of `format: uuid` values in lower case.
    public mutating func encodeUUIDs(_ uuids: [UUID], forKey key: Key) throws {
        try encode(uuids.map { $0.uuidString.lowercased() }, forKey: key)
    }

    /// Writes a list of `format: uuid` values in lower case when present.
    public mutating func encodeUUIDsIfPresent(_ uuids: [UUID]?, forKey key: Key) throws {
        if let uuids { try encodeUUIDs(uuids, forKey: key) }
    }
}
