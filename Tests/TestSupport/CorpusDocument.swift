public import Foundation

/// A document of the third-party corpus in `Tests/Corpus` (listed in its `MANIFEST.tsv`, with provenance and licence
/// in `PROVENANCE.tsv`).
public struct CorpusDocument: Sendable, CustomStringConvertible {
    /// The corpus folder.
    public static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Corpus")

    /// The path inside the corpus, as the manifest lists it.
    public var path: String
    /// The `openapi` or `swagger` version the manifest read.
    public var version: String
    /// What openapi-spec-validator said: `OK` or its first error.
    public var verdict: String

    /// The absolute path of the file.
    public var fullPath: String { Self.directory.appendingPathComponent(path).path }
    /// Whether the document is a Swagger 2.0 document.
    public var isSwagger2: Bool { version.hasPrefix("swagger") }
    /// Whether openapi-spec-validator accepted the document.
    public var validatorAccepts: Bool { verdict == "OK" }
    /// The path inside the corpus.
    public var description: String { path }

    /// Documents openapi-spec-validator rejects although they are valid, with the reason.
    public static let validatorMisjudged: [String: String] = [
        "edge/swagger-parser/discriminator-mapping-resolution/main-no-mapping-oneof.yaml":
            "the validator crashed (RecursionError); the document is valid",
        "openapi-spec-validator-bench/docker.yaml":
            "the validator's Swagger 2.0 check rejects null inside examples (`Settable: null`), which 2.0 allows",
        "oai/spec-tests-3.1/pass/json_schema_dialect.yaml":
            "in the official 3.1 pass suite; the validator does not know the custom dialect",
        "oai/spec-tests-3.1/pass/operation-object-example.yaml":
            "in the official 3.1 pass suite; the validator wrongly requires a path-item parameter",
        "oai/spec-tests-3.1/pass/path_item_servers_parameters.yaml":
            "in the official 3.1 pass suite; the validator rejects valid path-item fields",
    ]

    /// Every root document (not the fragments reached through references), read from the manifest once.
    ///
    /// Throws when the manifest cannot be read or lists no root document, so a missing or broken corpus fails the
    /// tests that use it instead of giving them zero cases.
    public static func roots() throws(CorpusError) -> [CorpusDocument] {
        try manifest.get()
    }

    /// The root document at `path`; throws when the manifest does not list it.
    public static func root(_ path: String) throws(CorpusError) -> CorpusDocument {
        guard let document = try roots().first(where: { $0.path == path }) else {
            throw .notListed(path: path, manifest: manifestURL.path)
        }
        return document
    }

    /// Root documents that do not resolve without errors, so nothing is generated from them, with the reason each
    /// cannot (`NOT-GENERATED.tsv`, which `scripts/compile-corpus-sdk.sh` reads too). The list is exact: tests fail
    /// when a listed document generates, so it stays true. Empty when the file cannot be read, which fails those
    /// tests for every listed document.
    public static let notGenerating: [String: String] = {
        guard
            let text = try? String(
                contentsOf: directory.appendingPathComponent("NOT-GENERATED.tsv"), encoding: .utf8)
        else { return [:] }
        var reasons: [String: String] = [:]
        for line in text.split(separator: "\n").dropFirst() {
            let fields = line.split(separator: "\t", maxSplits: 1).map(String.init)
            if fields.count == 2 { reasons[fields[0]] = fields[1] }
        }
        return reasons
    }()

    static let manifestURL = directory.appendingPathComponent("MANIFEST.tsv")

    static let manifest: Result<[CorpusDocument], CorpusError> = Result { () throws(CorpusError) in
        let text: String
        do {
            text = try String(contentsOf: manifestURL, encoding: .utf8)
        } catch {
            throw .unreadable(path: manifestURL.path, reason: error.localizedDescription)
        }
        let roots = text.split(separator: "\n").dropFirst().compactMap { line -> CorpusDocument? in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count > 12, fields[2] == "root" else { return nil }
            return CorpusDocument(path: fields[0], version: fields[4], verdict: fields[12])
        }
        guard !roots.isEmpty else { throw .noRootDocuments(path: manifestURL.path) }
        return roots
    }
}

/// Why the corpus could not be read.
public enum CorpusError: Error, CustomStringConvertible {
    /// The manifest could not be read.
    case unreadable(path: String, reason: String)
    /// The manifest lists no root document.
    case noRootDocuments(path: String)
    /// A test asked for a document the manifest does not list.
    case notListed(path: String, manifest: String)

    /// The failure, naming the file.
    public var description: String {
        switch self {
        case .unreadable(let path, let reason): "the corpus manifest \(path) cannot be read: \(reason)"
        case .noRootDocuments(let path): "the corpus manifest \(path) lists no root document"
        case .notListed(let path, let manifest): "\(path) is not a root document of the corpus manifest \(manifest)"
        }
    }
}
