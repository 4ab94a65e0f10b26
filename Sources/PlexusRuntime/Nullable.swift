internal import Foundation

/// A value that may be JSON `null`, for properties that may also be absent: `Nullable<Int>?` is `nil` when the key
/// is absent, `.null` when it is `null`, and `.value(x)` otherwise, so re-encoding writes back what was read.
public enum Nullable<Wrapped> {
    case null
    case value(Wrapped)

    /// The value, or `nil` for `null`.
    public var value: Wrapped? {
        if case .value(let value) = self { return value }
        return nil
    }
}

extension Nullable: Sendable where Wrapped: Sendable {}
extension Nullable: Equatable where Wrapped: Equatable {}
extension Nullable: Hashable where Wrapped: Hashable {}

extension Nullable: Codable where Wrapped: Codable {
    /// Decodes `null` as `.null` and anything else as the wrapped type.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        self = container.decodeNil() ? .null : .value(try container.decode(Wrapped.self))
    }

    /// Encodes `.null` as `null` and a value as the wrapped type encodes it.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .value(let value):
            // `format: uuid` values are written in lower case, as RFC 4122 asks and `encodeUUID` writes them.
            if let uuid = value as? UUID {
                try container.encode(uuid.uuidString.lowercased())
            } else if let uuids = value as? [UUID] {
                try container.encode(uuids.map { $0.uuidString.lowercased() })
            } else {
                try container.encode(value)
            }
        }
    }
}
