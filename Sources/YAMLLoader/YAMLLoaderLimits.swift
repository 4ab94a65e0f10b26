/// Bounds that keep hostile or broken documents from exhausting time or memory.
public struct YAMLLoaderLimits: Sendable, Hashable {
    /// The deepest nesting of sequences and mappings accepted.
    public var maxDepth: Int
    /// The most nodes that aliases may add by expansion, summed over the document ("billion laughs" guard).
    public var maxAliasExpansion: Int
    /// The largest file read, checked before reading (`--max-file-size`).
    public var maxFileBytes: Int

    /// Creates limits.
    public init(
        maxDepth: Int = 512, maxAliasExpansion: Int = 1_000_000, maxFileBytes: Int = SourceFile.defaultMaximumBytes
    ) {
        self.maxDepth = maxDepth
        self.maxAliasExpansion = maxAliasExpansion
        self.maxFileBytes = maxFileBytes
    }

    /// Generous enough for every real OpenAPI document seen, small enough to fail fast on attacks.
    public static let `default` = YAMLLoaderLimits()
}
