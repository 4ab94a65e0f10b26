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
}
