public import Diagnostics

/// A response of an operation: description, headers and body per media type.
public struct Response: Sendable, Equatable {
    public var description: String?
    public var headers: OrderedMap<Referenceable<Header>>
    public var content: OrderedMap<MediaType>
    public var links: OrderedMap<Referenceable<Link>>
    public var extensions: OrderedMap<JSONValue>
    public var location: SourceLocation
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
        let bytes = Array(key.utf8)
        guard bytes.count == 3, (0x31...0x35).contains(bytes[0]) else { return nil }
        let first = Int(bytes[0] - 0x30)
        if bytes[1] == UInt8(ascii: "X"), bytes[2] == UInt8(ascii: "X") {
            self = .range(first)
        } else if let code = Int(key), (100...599).contains(code) {
            self = .code(code)
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
