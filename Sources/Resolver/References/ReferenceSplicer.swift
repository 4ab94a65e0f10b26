internal import Diagnostics
internal import OpenAPIModel
internal import YAMLLoader

/// Follows a `$ref` written where OpenAPI allows no reference (an operation that is a `$ref` to a file, a tag
/// `description` that is a `$ref`) as a JSON Reference, the way bundlers read it: the node is replaced by what the
/// reference reaches, with a warning at the `$ref`. The document's tree is rebuilt once with the targets in place;
/// nodes taken from another file keep that file and their lines (`YAMLNode.originFile`), and the references
/// inside them are rewritten to read the same from the root document.
///
/// The decoder finds the places (`DecodedDocument.unexpectedReferences`), so no walk of its own is needed; this
/// runs inside the one dereferencing step: targets are found by `DocumentSet.resolve`, files are read by the
/// document set, and nothing else follows references.
struct ReferenceSplicer {
    let documents: DocumentSet
    /// Where the root document is (absolute), to rewrite references of spliced nodes relative to it.
    let rootAbsolutePath: String

    /// Where a `$ref` to follow leads.
    private struct Site {
        var target: (node: YAMLNode, absolutePath: String, displayPath: String)
    }

    /// How many rounds of splicing a document gets: a spliced node may hold such a `$ref` itself.
    static let maximumRounds = 8

    /// `yaml` with each of `places` (mappings holding a `$ref` where OpenAPI allows none, as the decoder found
    /// them) replaced by what its reference reaches, and a warning at each; `nil` when none could be followed (the
    /// document set reported why).
    func spliced(_ yaml: YAMLDocument, places: [YAMLNode], limits: YAMLLoaderLimits) -> (
        yaml: YAMLDocument, diagnostics: [Diagnostic]
    )? {
        var diagnostics: [Diagnostic] = []
        var sites: [YAMLNode.Identity: Site] = [:]
        for node in places {
            guard let refNode = node["$ref"], let text = refNode.scalar else { continue }
            let location = SourceLocation(
                file: refNode.originFile ?? yaml.file, line: refNode.mark.line, column: refNode.mark.column)
            let reference = Reference(text, at: location)
            diagnostics.append(
                Diagnostic(
                    .warning, "OpenAPI allows no '$ref' here; it is followed as a JSON Reference, as bundlers read it",
                    at: location, id: .refNotAllowedHere))
            guard let target = resolve(reference) else { continue }
            sites[node.identity] = Site(target: target)
        }
        guard !sites.isEmpty else { return nil }
        var builder = YAMLTreeBuilder(file: yaml.file, limits: limits)
        do throws(YAMLError) {
            try copy(yaml.root, replacing: sites, into: &builder)
            var next = try builder.finish()
            next.convertedFrom = yaml.convertedFrom
            return (next, diagnostics)
        } catch {
            return (yaml, diagnostics + [error.diagnostic])
        }
    }

    /// The node a reference leads to, following further references while the target is only one.
    private func resolve(_ reference: Reference) -> (node: YAMLNode, absolutePath: String, displayPath: String)? {
        var reference = reference
        var from = rootAbsolutePath
        for _ in 0..<32 {
            guard let target = documents.resolve(reference, from: from, expecting: nil),
                let node = target.node ?? documents.node(at: target)
            else { return nil }
            guard let next = node["$ref"]?.scalar, node.mapping?.count == 1 else {
                return (node, target.absolutePath, target.displayPath)
            }
            reference = Reference(
                next, at: SourceLocation(file: target.displayPath, line: node.mark.line, column: node.mark.column))
            from = target.absolutePath
        }
        return nil
    }

    /// Copies `root` into `builder`, each site replaced by its target.
    private func copy(_ root: YAMLNode, replacing sites: [YAMLNode.Identity: Site], into builder: inout YAMLTreeBuilder)
        throws(YAMLError)
    {
        enum Step {
            /// A node, and the file it comes from when that is not the root (absolute path).
            case node(YAMLNode, from: String?)
            /// A `$ref` value from another file, rewritten to read the same from the root.
            case reference(YAMLNode, text: String, from: String)
            case end
        }
        var steps: [Step] = [.node(root, from: nil)]
        while let step = steps.popLast() {
            switch step {
            case .end:
                try builder.endCollection()
            case .reference(let node, let text, let from):
                builder.origin = documents.file(from)?.displayPath
                try builder.addScalar(text, style: .doubleQuoted, at: node.mark)
            case .node(let node, let from):
                if from == nil, let site = sites[node.identity] {
                    // The target's nodes, from their own file unless that is the root.
                    let file = site.target.absolutePath == rootAbsolutePath ? nil : site.target.absolutePath
                    steps.append(.node(site.target.node, from: file))
                    continue
                }
                builder.origin = from.flatMap { documents.file($0)?.displayPath } ?? node.originFile
                if let mapping = node.mapping {
                    try builder.beginMapping(at: node.mark)
                    steps.append(.end)
                    // Pushed in reverse: each key's step runs before its value's.
                    for pair in mapping.reversed() {
                        if let from, pair.key.isScalar("$ref"), let text = pair.value.scalar {
                            steps.append(.reference(pair.value, text: rebased(text, from: from), from: from))
                        } else {
                            steps.append(.node(pair.value, from: from))
                        }
                        steps.append(.node(pair.key, from: from))
                    }
                } else if let sequence = node.sequence {
                    try builder.beginSequence(at: node.mark)
                    steps.append(.end)
                    for item in sequence.reversed() { steps.append(.node(item, from: from)) }
                } else {
                    try builder.copy(node)
                }
            }
        }
        builder.origin = nil
    }

    /// A reference written in the file at `from`, as the root document must write it to reach the same place.
    private func rebased(_ text: String, from: String) -> String {
        let hash = text.firstIndex(of: "#")
        let filePart = String(text[..<(hash ?? text.endIndex)])
        let fragment = hash.map { String(text[$0...]) } ?? ""
        if DocumentSet.hasURIScheme(filePart) { return text }
        let target = filePart.isEmpty ? from : FilePath.resolve(FilePath.percentDecoded(filePart), from: from)
        if target == rootAbsolutePath { return fragment.isEmpty ? "#" : fragment }
        return FilePath.relative(target, from: FilePath.directory(of: rootAbsolutePath)) + fragment
    }
}
