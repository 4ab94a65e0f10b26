public import Foundation

/// A document of the shared third-party corpus (`../shared/corpus/MANIFEST.tsv`, beside the repository).
public struct CorpusDocument: Sendable, CustomStringConvertible {
    /// The corpus folder.
    public static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/corpus")

    /// The path inside the corpus, as the manifest lists it.
    public var path: String
    /// The `openapi` or `swagger` version the manifest read.
    public var version: String
    /// What openapi-spec-validator said: `OK` or its first error.
    public var verdict: String

    /// The absolute path of the file.
    public var fullPath: String { Self.directory.appendingPathComponent(path).path }
    public var isSwagger2: Bool { version.hasPrefix("swagger") }
    public var validatorAccepts: Bool { verdict == "OK" }
    public var description: String { path }

    /// Documents openapi-spec-validator rejects although they are valid, with the reason.
    public static let validatorMisjudged: [String: String] = [
        "edge/swagger-parser/discriminator-mapping-resolution/main-no-mapping-oneof.yaml":
            "the validator crashed (RecursionError); the document is valid",
        "oai/spec-tests-3.1/pass/json_schema_dialect.yaml":
            "in the official 3.1 pass suite; the validator does not know the custom dialect",
        "oai/spec-tests-3.1/pass/operation-object-example.yaml":
            "in the official 3.1 pass suite; the validator wrongly requires a path-item parameter",
        "oai/spec-tests-3.1/pass/path_item_servers_parameters.yaml":
            "in the official 3.1 pass suite; the validator rejects valid path-item fields",
    ]

    /// Every root document (not the fragments reached through references).
    public static func roots() -> [CorpusDocument] {
        guard let text = try? String(contentsOf: directory.appendingPathComponent("MANIFEST.tsv"), encoding: .utf8) else {
            return []
        }
        return text.split(separator: "\n").dropFirst().compactMap { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count > 12, fields[2] == "root" else { return nil }
            return CorpusDocument(path: fields[0], version: fields[4], verdict: fields[12])
        }
    }

    /// The root document at `path`.
    public static func root(_ path: String) -> CorpusDocument? {
        roots().first { $0.path == path }
    }
}
