/// The nodes of one loaded document, stored flat: fixed-size records, one array of child indices and one buffer
/// of scalar text. Building it costs a few appends per node and no reference counting, which is what lets the
/// loader run close to libyaml's own speed; strings are only made when a consumer asks for one.
final class YAMLStorage: Sendable {
    /// What a record describes. Raw values are stored in `Record.kind`.
    enum Kind: UInt8 {
        case scalar, sequence, mapping, alias
    }

    struct Record {
        /// `Kind` in the low 4 bits, scalar style in the high 4.
        var kindAndStyle: UInt8
        var line: UInt32
        var column: UInt32
        /// Scalar: offset into `text`. Collection: offset into `children`. Alias: the target record.
        var start: UInt32
        /// Scalar: byte length. Collection: number of child slots (two per mapping entry).
        var count: UInt32

        var kind: Kind { Kind(rawValue: kindAndStyle & 0x0F) ?? .scalar }
    }

    /// Set on a mapping's key slot in `children` when the entry came from a merge key.
    static let mergedFlag: UInt32 = 0x8000_0000

    let records: [Record]
    let children: [UInt32]
    let text: [UInt8]
    /// Explicit tags by record index; most documents have none.
    let tags: [UInt32: String]
    /// The file a record was written in, for records taken from another file (a `$ref` target spliced in);
    /// most documents have none.
    let origins: [UInt32: String]
    /// `origins` is not empty: checked first, since nearly every document has none and locations are asked often.
    let hasOrigins: Bool

    init(
        records: [Record], children: [UInt32], text: [UInt8], tags: [UInt32: String], origins: [UInt32: String] = [:]
    ) {
        self.records = records
        self.children = children
        self.text = text
        self.tags = tags
        self.origins = origins
        hasOrigins = !origins.isEmpty
    }

    func string(_ record: Record) -> String {
        text.withUnsafeBufferPointer { buffer in
            String(
                decoding: UnsafeBufferPointer(rebasing: buffer[Int(record.start)..<Int(record.start + record.count)]),
                as: UTF8.self)
        }
    }

    /// True when the scalar's bytes equal `other`'s UTF-8, without making a string.
    func scalarEquals(_ record: Record, _ other: String) -> Bool {
        var other = other
        return other.withUTF8 { otherBytes in
            guard otherBytes.count == Int(record.count) else { return false }
            return text.withUnsafeBufferPointer { buffer in
                let start = Int(record.start)
                for offset in 0..<otherBytes.count where buffer[start + offset] != otherBytes[offset] { return false }
                return true
            }
        }
    }

    func withScalarBytes<R>(_ record: Record, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        text.withUnsafeBufferPointer { buffer in
            body(UnsafeBufferPointer(rebasing: buffer[Int(record.start)..<Int(record.start + record.count)]))
        }
    }
}
