public import Diagnostics
public import YAMLLoader

/// Loads an OpenAPI document's node tree: YAML or JSON, and a Swagger 2.0 document converted into the OpenAPI 3
/// tree it describes (`Swagger2Converter`), its nodes keeping their places in the 2.0 file.
///
/// Every reader of documents (the resolver, the linter, the decoder, the benchmark) loads through this, so each
/// sees the same tree whatever the file's dialect.
public struct DocumentLoader: Sendable {
    /// The bounds applied while loading.
    public var limits: YAMLLoaderLimits

    /// Creates a loader.
    public init(limits: YAMLLoaderLimits = .default) {
        self.limits = limits
    }

    /// Reads and loads the file at `path`; `displayName` is how locations name it (default: `path`).
    ///
    /// - Throws: `YAMLError` for an unreadable file, invalid text, or a violated limit.
    public func load(contentsOf path: String, displayName: String? = nil) throws(YAMLError) -> YAMLDocument {
        try Swagger2Converter.converted(
            YAMLLoader(limits: limits).load(contentsOf: path, displayName: displayName), limits: limits)
    }

    /// Loads a document from memory; `file` is the name locations carry.
    ///
    /// - Throws: `YAMLError` for invalid text or a violated limit.
    public func load(bytes: [UInt8], file: String) throws(YAMLError) -> YAMLDocument {
        try Swagger2Converter.converted(YAMLLoader(limits: limits).load(bytes: bytes, file: file), limits: limits)
    }
}
