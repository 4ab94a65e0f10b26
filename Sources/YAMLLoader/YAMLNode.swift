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

    public var description: String { "\(line):\(column)" }

    public static func < (lhs: YAMLMark, rhs: YAMLMark) -> Bool { (lhs.line, lhs.column) < (rhs.line, rhs.column) }
}

/// How a scalar was written. The loader never assigns types: `no`, `1.0` and `"1.0"` all stay text, and the
/// consumer (the OpenAPI model) decides what a scalar means from the field it fills and this style.
public enum YAMLScalarStyle: Sendable, Hashable {
    case plain
    case singleQuoted
    case doubleQuoted
    case literal
    case folded

    /// Quoted and block scalars are always strings; only plain scalars can be null, booleans or numbers.
    public var isPlain: Bool { self == .plain }
}

/// One node of a YAML document: a scalar, a sequence or a mapping, with the place it was written.
public struct YAMLNode: Sendable, Hashable {
    /// The content of a node.
    public enum Content: Sendable, Hashable {
        /// A scalar's text exactly as decoded by libyaml (may contain NUL), and how it was written.
        case scalar(String, YAMLScalarStyle)
        /// The items of a sequence, in order.
        case sequence([YAMLNode])
        /// The entries of a mapping, in document order; merged (`<<`) entries come where the merge key stood.
        case mapping([YAMLPair])
    }

    /// The node's content.
    public var content: Content
    /// Where the node starts.
    public var mark: YAMLMark
    /// Where an alias (`*name`) produced this node, when it did; `mark` then points at the anchored original.
    public var aliasMark: YAMLMark?
    /// An explicit tag such as `tag:yaml.org,2002:str`, when the document wrote one.
    public var tag: String?

    /// Creates a node.
    public init(_ content: Content, mark: YAMLMark, aliasMark: YAMLMark? = nil, tag: String? = nil) {
        self.content = content
        self.mark = mark
        self.aliasMark = aliasMark
        self.tag = tag
    }

    /// The scalar's text, or `nil` for a sequence or mapping.
    public var scalar: String? {
        if case .scalar(let text, _) = content { return text }
        return nil
    }

    /// The items, or `nil` unless this is a sequence.
    public var sequence: [YAMLNode]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    /// The entries, or `nil` unless this is a mapping.
    public var mapping: [YAMLPair]? {
        if case .mapping(let pairs) = content { return pairs }
        return nil
    }

    /// True for a plain `null`, `Null`, `NULL`, `~` or empty scalar (the YAML 1.2 core schema's nulls).
    public var isNull: Bool {
        guard case .scalar(let text, .plain) = content, tag == nil else { return false }
        switch text {
        case "", "~", "null", "Null", "NULL": return true
        default: return false
        }
    }

    /// The place to point a user at: where the alias was used if this node came from one, else the node itself.
    public var reportedMark: YAMLMark { aliasMark ?? mark }

    /// A short English phrase for the node's kind, for messages such as "expected a mapping, found a sequence".
    public var kindDescription: String {
        switch content {
        case .scalar: isNull ? "null" : "a scalar"
        case .sequence: "a sequence"
        case .mapping: "a mapping"
        }
    }

    /// The value of the first entry whose key is the scalar `key`.
    public subscript(key: String) -> YAMLNode? {
        guard case .mapping(let pairs) = content else { return nil }
        return pairs.first { $0.key.scalar == key }?.value
    }
}

/// A key and its value in a mapping.
public struct YAMLPair: Sendable, Hashable {
    /// The key node (almost always a scalar).
    public var key: YAMLNode
    /// The value node.
    public var value: YAMLNode
    /// True when the entry came from a merge key (`<<: *base`) rather than being written in this mapping.
    public var isMerged: Bool

    /// Creates an entry.
    public init(key: YAMLNode, value: YAMLNode, isMerged: Bool = false) {
        self.key = key
        self.value = value
        self.isMerged = isMerged
    }
}

/// A loaded YAML file: its root node and the path used in diagnostics.
public struct YAMLDocument: Sendable {
    /// The file path as given by the user.
    public var file: String
    /// The root node.
    public var root: YAMLNode
    /// The number of nodes built, including those expanded from aliases.
    public var nodeCount: Int

    /// Creates a document.
    public init(file: String, root: YAMLNode, nodeCount: Int) {
        self.file = file
        self.root = root
        self.nodeCount = nodeCount
    }
}
