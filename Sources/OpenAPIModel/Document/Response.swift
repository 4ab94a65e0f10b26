public import Diagnostics

/// A response of an operation: description, headers and body per media type.
public struct Response: Sendable, Equatable {
    /// Fields live in one copy-on-write box, so copying the value is one retain however many fields it has.
    private final class Storage: @unchecked Sendable {
        var description: String?
        var headers: OrderedMap<Referenceable<Header>>
        var content: OrderedMap<MediaType>
        var links: OrderedMap<Referenceable<Link>>
        var extensions: OrderedMap<JSONValue>
        var location: SourceLocation

        init(description: String?, headers: OrderedMap<Referenceable<Header>>, content: OrderedMap<MediaType>, links: OrderedMap<Referenceable<Link>>, extensions: OrderedMap<JSONValue>, location: SourceLocation) {
            self.description = description
            self.headers = headers
            self.content = content
            self.links = links
            self.extensions = extensions
            self.location = location
        }

        func copy() -> Storage {
            Storage(description: description, headers: headers, content: content, links: links, extensions: extensions, location: location)
        }
    }

    // Shared by copies; written only after `isKnownUniquelyReferenced` made it unique.
    private var storage: Storage

    private mutating func unique() -> Storage {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        return storage
    }

    /// Creates a value.
    public init(description: String?, headers: OrderedMap<Referenceable<Header>>, content: OrderedMap<MediaType>, links: OrderedMap<Referenceable<Link>>, extensions: OrderedMap<JSONValue>, location: SourceLocation) {
        storage = Storage(description: description, headers: headers, content: content, links: links, extensions: extensions, location: location)
    }

    public var description: String? {
        get { storage.description }
        set { unique().description = newValue }
    }

    public var headers: OrderedMap<Referenceable<Header>> {
        get { storage.headers }
        set { unique().headers = newValue }
    }

    public var content: OrderedMap<MediaType> {
        get { storage.content }
        set { unique().content = newValue }
    }

    public var links: OrderedMap<Referenceable<Link>> {
        get { storage.links }
        set { unique().links = newValue }
    }

    public var extensions: OrderedMap<JSONValue> {
        get { storage.extensions }
        set { unique().extensions = newValue }
    }

    public var location: SourceLocation {
        get { storage.location }
        set { unique().location = newValue }
    }

    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.storage === rhs.storage
            || (lhs.description == rhs.description
                && lhs.headers == rhs.headers
                && lhs.content == rhs.content
                && lhs.links == rhs.links
                && lhs.extensions == rhs.extensions
                && lhs.location == rhs.location)
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

    public static func < (lhs: ResponseStatus, rhs: ResponseStatus) -> Bool { lhs.sortKey < rhs.sortKey }
}
