public import Diagnostics
public import OpenAPIModel
public import YAMLLoader

/// Where every reference the resolver followed leads, and the files it read to get there: consumers (the linter's
/// rules) look a `$ref` up here rather than follow it again, so one place decides what a reference may reach
/// (root directory, symbolic links, URLs, anchors, percent-encoding) and each file is read once.
public struct ReferenceView: Sendable {
    /// Where a followed reference leads.
    public struct Target: Sendable, Hashable {
        /// The target's file, by the name diagnostics give it.
        public var file: String
        /// The JSON pointer inside that file, `""` for the whole file.
        public var pointer: String
    }

    /// The files read, by the name diagnostics give them, the root among them.
    public let files: [String: YAMLDocument]
    /// The root document's name.
    private let root: String
    /// The resolver's targets of references written in the root, by `rootKey` of the `$ref` value's location.
    private let followedInRoot: [Int: DocumentSet.Target]
    /// The resolver's targets of references written in other files, by the `$ref` value's location.
    private let followedElsewhere: [SourceLocation: DocumentSet.Target]

    /// A view of `files` and the references followed in them.
    init(
        files: [String: YAMLDocument], root: String, followedInRoot: [Int: DocumentSet.Target],
        followedElsewhere: [SourceLocation: DocumentSet.Target]
    ) {
        self.files = files
        self.root = root
        self.followedInRoot = followedInRoot
        self.followedElsewhere = followedElsewhere
    }

    /// A view that knows no file and no reference, for documents that could not be resolved.
    public init() {
        self.init(files: [:], root: "", followedInRoot: [:], followedElsewhere: [:])
    }

    /// A location in the root document as one integer: line and column.
    static func rootKey(_ location: SourceLocation) -> Int { location.line << 32 | location.column }

    /// Where the reference whose `$ref` value is written at `site` leads; `nil` when the resolver did not follow it
    /// or could not (it reported why).
    public func target(ofReferenceAt site: SourceLocation) -> Target? {
        followed(at: site).map { Target(file: $0.displayPath, pointer: $0.pointer) }
    }

    /// The node the reference written at `site` leads to, with its target: the node the resolver reached, or for a
    /// component of the root (which it answered from the decoded components) the entry of `components`.
    public func node(ofReferenceAt site: SourceLocation) -> (target: Target, node: YAMLNode)? {
        guard let followed = followed(at: site) else { return nil }
        let target = Target(file: followed.displayPath, pointer: followed.pointer)
        if let node = followed.node { return (target, node) }
        guard var node = files[followed.displayPath]?.root else { return nil }
        for token in followed.tokens {
            guard let value = node.value(forKey: token) else { return nil }
            node = value
        }
        return (target, node)
    }

    private func followed(at site: SourceLocation) -> DocumentSet.Target? {
        site.file == root ? followedInRoot[Self.rootKey(site)] : followedElsewhere[site]
    }
}
