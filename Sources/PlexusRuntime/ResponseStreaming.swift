/// Which responses of an operation stream their body: those whose documented status (an exact code first, then a
/// range such as `2XX`, then `default`, as the generated `switch` tests them) has a streaming media type.
public struct ResponseStreaming: Sendable {
    /// Documented codes, and whether each streams.
    public var codes: [Int: Bool]
    /// Documented ranges by first digit (`2` for `2XX`), and whether each streams.
    public var ranges: [Int: Bool]
    /// Whether the `default` response streams.
    public var otherwise: Bool

    /// No response streams.
    public static let none = ResponseStreaming(codes: [:], ranges: [:], otherwise: false)

    /// Streaming as the document gives it.
    public init(codes: [Int: Bool], ranges: [Int: Bool] = [:], otherwise: Bool = false) {
        self.codes = codes
        self.ranges = ranges
        self.otherwise = otherwise
    }

    /// Whether a response with `status` streams.
    public func streams(_ status: Int) -> Bool {
        codes[status] ?? ranges[status / 100] ?? otherwise
    }
}
