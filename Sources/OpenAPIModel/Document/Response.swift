public import Diagnostics

/// A response of an operation: description, headers and body per media type.
public struct Response: Sendable, Equatable {
    /// The fields, kept in one copy-on-write box (`CopyOnWrite`).
    struct Fields: Sendable, Equatable {
        var description: String?
        var headers: OrderedMap<Referenceable<Header>>
        var content: OrderedMap<MediaType>
        var links: OrderedMap<Referenceable<Link>>
        var extensions: OrderedMap<JSONValue>
        var location: SourceLocation
    }

    private var storage: CopyOnWrite<Fields>

    /// Creates a value.
    public init(
        description: String?,
        headers: OrderedMap<Referenceable<Header>>,
        content: OrderedMap<MediaType>,
        links: OrderedMap<Referenceable<Link>>,
        extensions: OrderedMap<JSONValue>,
        location: SourceLocation
    ) {
        storage = CopyOnWrite(
            Fields(
                description: description,
                headers: headers,
                content: content,
                links: links,
                extensions: extensions,
                location: location))
    }

    /// The `description` (CommonMark).
    public var description: String? {
        get { storage.fields.description }
        set { storage.update { $0.description = newValue } }
    }

    /// The response's headers by name.
    public var headers: OrderedMap<Referenceable<Header>> {
        get { storage.fields.headers }
        set { storage.update { $0.headers = newValue } }
    }

    /// The body by media type; empty for a response without a body.
    public var content: OrderedMap<MediaType> {
        get { storage.fields.content }
        set { storage.update { $0.content = newValue } }
    }

    /// Links to operations the response's values can be used with, by name.
    public var links: OrderedMap<Referenceable<Link>> {
        get { storage.fields.links }
        set { storage.update { $0.links = newValue } }
    }

    /// The `x-` extension fields, in document order.
    public var extensions: OrderedMap<JSONValue> {
        get { storage.fields.extensions }
        set { storage.update { $0.extensions = newValue } }
    }

    /// Where the object starts in its file.
    public var location: SourceLocation {
        get { storage.fields.location }
        set { storage.update { $0.location = newValue } }
    }
}

/// What a key of an operation's `responses` stands for.
public enum ResponseStatus: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// One status code, 100...599.
    case code(Int)
    /// A range such as `4XX`: the first digit, 1...5.
    case range(Int)
    /// Every status not listed otherwise.
    case `default`

    /// Parses `200`, `4XX` or `default`; `nil` for anything else.
    public init?(_ key: String) {
        if key == "default" {
            self = .default
            return
        }
        let bytes = key.utf8
        guard bytes.count == 3 else { return nil }
        var iterator = bytes.makeIterator()
        guard let a = iterator.next(), let b = iterator.next(), let c = iterator.next(), (0x31...0x35).contains(a)
        else { return nil }
        let first = Int(a - 0x30)
        if b == UInt8(ascii: "X"), c == UInt8(ascii: "X") {
            self = .range(first)
        } else if (0x30...0x39).contains(b), (0x30...0x39).contains(c) {
            self = .code(first * 100 + Int(b - 0x30) * 10 + Int(c - 0x30))
        } else {
            return nil
        }
    }

    /// True for 2xx codes and the `2XX` range.
    public var isSuccess: Bool {
        switch self {
        case .code(let code): (200...299).contains(code)
        case .range(let first): first == 2
        case .default: false
        }
    }

    /// The key as written: `200`, `2XX` or `default`.
    public var description: String {
        switch self {
        case .code(let code): String(code)
        case .range(let first): "\(first)XX"
        case .default: "default"
        }
    }

    private var sortKey: (Int, Int) {
        switch self {
        case .code(let code): (code, 0)
        case .range(let first): (first * 100 + 99, 1)
        case .default: (1000, 2)
        }
    }

    /// Orders codes ascending, each range after its codes, `default` last.
    public static func < (lhs: ResponseStatus, rhs: ResponseStatus) -> Bool { lhs.sortKey < rhs.sortKey }
}
