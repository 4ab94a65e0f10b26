public import Diagnostics

/// A position inside one YAML file, 1-based, as libyaml reports it (columns count Unicode scalars).
public struct YAMLMark: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// 1-based line.
    public var line: Int
    /// 1-based column.
    public var column: Int

    /// Creates a mark.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// `line:column`, as compiler-format diagnostics print it.
    public var description: String { "\(line):\(column)" }

    /// Orders marks by line, then column.
    public static func < (lhs: YAMLMark, rhs: YAMLMark) -> Bool { (lhs.line, lhs.column) < (rhs.line, rhs.column) }
}

/// How a scalar was written. The loader never assigns types: `no`, `1.0` and `"1.0"` all stay text, and the
/// consumer (the OpenAPI model) decides what a scalar means from the field it fills and this style.
public enum YAMLScalarStyle: UInt8, Sendable, Hashable {
    case plain
    case singleQuoted
    case doubleQuoted
    case literal
    case folded

    /// Quoted and block scalars are always strings; only plain scalars can be null, booleans or numbers.
    public var isPlain: Bool { self == .plain }
}

/// One node of a loaded YAML document: a scalar, a sequence or a mapping, with the place it was written.
///
/// A node is a small handle into its document's storage; copying it is cheap. Text is turned into a `String`
/// only when `scalar` (or `content`) is read.
public struct YAMLNode: Sendable {
    /// The three kinds of node.
    public enum Kind: Sendable, Hashable {
        case scalar, sequence, mapping
    }

    /// A node's content as plain Swift values; convenient for tests and small documents (it copies).
    public enum Content: Sendable, Equatable {
        /// A scalar's text exactly as decoded by libyaml (may contain NUL), and how it was written.
        case scalar(String, YAMLScalarStyle)
        /// The items of a sequence, in order.
        case sequence([YAMLNode])
        /// The entries of a mapping, in document order; merged (`<<`) entries come where the merge key stood.
        case mapping([YAMLPair])
    }

    let storage: YAMLStorage
    let id: UInt32
    /// The alias record that produced this node plus one, or zero.
    let aliasSite: UInt32

    /// Which node this is, cheap to hash: the same for every handle to the node (aliases included), different
    /// for every other node of any document.
    public struct Identity: Hashable, Sendable {
        let storage: ObjectIdentifier
        let id: UInt32
    }

    /// This node's identity.
    public var identity: Identity { Identity(storage: ObjectIdentifier(storage), id: id) }

    init(storage: YAMLStorage, slot: UInt32) {
        let record = storage.records[Int(slot)]
        self.storage = storage
        if record.kind == .alias {
            id = record.start
            aliasSite = slot + 1
        } else {
            id = slot
            aliasSite = 0
        }
    }

    private var record: YAMLStorage.Record { storage.records[Int(id)] }

    /// Which kind of node this is.
    public var kind: Kind {
        switch record.kind {
        case .sequence: .sequence
        case .mapping: .mapping
        case .scalar, .alias: .scalar
        }
    }

    /// How the scalar was written; `nil` for sequences and mappings.
    public var scalarStyle: YAMLScalarStyle? {
        let record = record
        guard record.kind == .scalar else { return nil }
        return YAMLScalarStyle(rawValue: record.kindAndStyle >> 4)
    }

    /// Where the node starts.
    public var mark: YAMLMark {
        let record = record
        return YAMLMark(line: Int(record.line), column: Int(record.column))
    }

    /// Where an alias (`*name`) produced this node, when it did; `mark` then points at the anchored original.
    public var aliasMark: YAMLMark? {
        guard aliasSite != 0 else { return nil }
        let record = storage.records[Int(aliasSite - 1)]
        return YAMLMark(line: Int(record.line), column: Int(record.column))
    }

    /// The place to point a user at: where the alias was used if this node came from one, else the node itself.
    public var reportedMark: YAMLMark { aliasMark ?? mark }

    /// The file this node was written in when it is not the document's own: a `$ref` target from another file
    /// spliced into the document. `nil` for the document's own nodes.
    public var originFile: String? { storage.hasOrigins ? storage.origins[id] : nil }

    /// An explicit tag such as `tag:yaml.org,2002:str`, when the document wrote one.
    public var tag: String? { storage.tags.isEmpty ? nil : storage.tags[id] }

    /// The scalar's text, or `nil` for a sequence or mapping.
    public var scalar: String? {
        let record = record
        guard record.kind == .scalar else { return nil }
        return storage.string(record)
    }

    /// True when this is a scalar whose text is exactly `text` (no string is made).
    public func isScalar(_ text: String) -> Bool {
        let record = record
        return record.kind == .scalar && storage.scalarEquals(record, text)
    }

    /// Calls `body` with the scalar's UTF-8 bytes; `nil` for a sequence or mapping.
    public func withScalarBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R? {
        let record = record
        guard record.kind == .scalar else { return nil }
        return storage.withScalarBytes(record, body)
    }

    /// The items, or `nil` unless this is a sequence.
    public var sequence: YAMLSequence? {
        let record = record
        guard record.kind == .sequence else { return nil }
        return YAMLSequence(storage: storage, start: Int(record.start), count: Int(record.count))
    }

    /// The entries, or `nil` unless this is a mapping.
    public var mapping: YAMLMapping? {
        let record = record
        guard record.kind == .mapping else { return nil }
        return YAMLMapping(storage: storage, start: Int(record.start), count: Int(record.count) / 2)
    }

    /// The node's content as Swift values.
    public var content: Content {
        if let sequence { return .sequence(Array(sequence)) }
        if let mapping { return .mapping(Array(mapping)) }
        return .scalar(scalar ?? "", scalarStyle ?? .plain)
    }

    /// True for a plain `null`, `Null`, `NULL`, `~` or empty scalar (the YAML 1.2 core schema's nulls).
    public var isNull: Bool {
        let record = record
        guard record.kind == .scalar, record.kindAndStyle >> 4 == YAMLScalarStyle.plain.rawValue, tag == nil else {
            return false
        }
        switch record.count {
        case 0: return true
        case 1: return storage.scalarEquals(record, "~")
        case 4:
            return storage.scalarEquals(record, "null") || storage.scalarEquals(record, "Null")
                || storage.scalarEquals(record, "NULL")
        default: return false
        }
    }

    /// A short English phrase for the node's kind, for messages such as "expected a mapping, found a sequence".
    public var kindDescription: String {
        switch kind {
        case .scalar: isNull ? "null" : "a scalar"
        case .sequence: "a sequence"
        case .mapping: "a mapping"
        }
    }

    /// The value of the first entry whose key is the scalar `key`.
    public subscript(key: String) -> YAMLNode? { value(forKey: key) }

    /// The value of the first entry whose key is the scalar `key`, found by comparing bytes in place.
    public func value(forKey key: String) -> YAMLNode? {
        let record = record
        guard record.kind == .mapping else { return nil }
        var key = key
        let slot: UInt32? = key.withUTF8 { wanted in
            storage.children.withUnsafeBufferPointer { children in
                storage.text.withUnsafeBufferPointer { text in
                    var index = Int(record.start)
                    let end = Int(record.start + record.count)
                    while index < end {
                        let keySlot = children[index] & ~YAMLStorage.mergedFlag
                        var keyRecord = storage.records[Int(keySlot)]
                        if keyRecord.kind == .alias { keyRecord = storage.records[Int(keyRecord.start)] }
                        if keyRecord.kind == .scalar, Int(keyRecord.count) == wanted.count,
                            wanted.indices.allSatisfy({ text[Int(keyRecord.start) + $0] == wanted[$0] })
                        {
                            return children[index + 1]
                        }
                        index += 2
                    }
                    return nil
                }
            }
        }
        return slot.map { YAMLNode(storage: storage, slot: $0) }
    }
}

extension YAMLNode: Equatable {
    /// Nodes are equal when they were written at the same place with the same content and tag.
    public static func == (lhs: YAMLNode, rhs: YAMLNode) -> Bool {
        lhs.mark == rhs.mark && lhs.aliasMark == rhs.aliasMark && lhs.tag == rhs.tag && lhs.content == rhs.content
    }
}

/// The items of a sequence node, read in place.
public struct YAMLSequence: RandomAccessCollection, Sendable {
    let storage: YAMLStorage
    let start: Int
    /// The number of items.
    public let count: Int

    /// The position of the first item: 0.
    public var startIndex: Int { 0 }
    /// One past the position of the last item: `count`.
    public var endIndex: Int { count }

    /// The item at `position` (0-based).
    public subscript(position: Int) -> YAMLNode {
        YAMLNode(storage: storage, slot: storage.children[start + position])
    }
}

/// The entries of a mapping node, read in place.
public struct YAMLMapping: RandomAccessCollection, Sendable {
    let storage: YAMLStorage
    let start: Int
    /// The number of entries, merged (`<<`) entries included.
    public let count: Int

    /// The position of the first entry: 0.
    public var startIndex: Int { 0 }
    /// One past the position of the last entry: `count`.
    public var endIndex: Int { count }

    /// The entry at `position` (0-based), in document order.
    public subscript(position: Int) -> YAMLPair {
        let keySlot = storage.children[start + 2 * position]
        let valueSlot = storage.children[start + 2 * position + 1]
        return YAMLPair(
            key: YAMLNode(storage: storage, slot: keySlot & ~YAMLStorage.mergedFlag),
            value: YAMLNode(storage: storage, slot: valueSlot),
            isMerged: keySlot & YAMLStorage.mergedFlag != 0)
    }
}

/// A key and its value in a mapping.
public struct YAMLPair: Sendable, Equatable {
    /// The key node (almost always a scalar).
    public var key: YAMLNode
    /// The value node.
    public var value: YAMLNode
    /// True when the entry came from a merge key (`<<: *base`) rather than being written in this mapping.
    public var isMerged: Bool
}

/// A loaded YAML file: its root node and the path used in diagnostics.
public struct YAMLDocument: Sendable {
    /// The file path as given by the user.
    public var file: String
    /// The root node.
    public var root: YAMLNode
    /// The number of nodes built, counting each use of an alias once.
    public var nodeCount: Int
    /// The dialect the file was written in when its tree was converted from it (`"2.0"` for Swagger 2.0); the
    /// nodes keep the locations of the original.
    public var convertedFrom: String?
    /// What the conversion had to say (constructs with no exact equivalent), for the decoder to report.
    public var conversionDiagnostics: [Diagnostic] = []
}
