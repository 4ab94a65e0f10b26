internal import Diagnostics
internal import YAMLLoader

/// State of one decode: the file, the version being read, and every diagnostic found so far.
final class DecodingContext {
    let file: String
    var version: OpenAPIVersion = .v3_0
    private(set) var diagnostics: [Diagnostic] = []
    /// Mappings holding a `$ref` where the object or value decoded allows none, for the resolver to follow
    /// (`followsUnexpectedReferences`); elsewhere (a referenced file) each is an error.
    private(set) var unexpectedReferences: [YAMLNode] = []
    /// Set for the root document, whose unexpected references the resolver follows.
    var followsUnexpectedReferences = false

    init(file: String) {
        self.file = file
    }

    func location(_ node: YAMLNode) -> SourceLocation {
        let mark = node.reportedMark
        return SourceLocation(file: node.originFile ?? file, line: mark.line, column: mark.column)
    }

    /// Reports problems found before decoding (while converting the document's dialect).
    func report(_ found: [Diagnostic]) {
        diagnostics += found
    }

    /// Takes over what `other` reported, after this context's own diagnostics.
    func absorb(_ other: DecodingContext) {
        diagnostics += other.diagnostics
    }

    func error(_ message: String, at node: YAMLNode, id: DiagnosticID) {
        diagnostics.append(Diagnostic(.error, message, at: location(node), id: id))
    }

    func warning(_ message: String, at node: YAMLNode, id: DiagnosticID) {
        diagnostics.append(Diagnostic(.warning, message, at: location(node), id: id))
    }

    /// Reports that `node` is of the wrong kind for `field`.
    func wrongType(_ expected: String, for field: String?, in object: String, found node: YAMLNode) {
        let subject = field.map { " for '\($0)' in \(object)" } ?? " for \(object)"
        error("expected \(expected)\(subject), found \(describe(node))", at: node, id: .wrongType)
    }

    /// Describes a node for a "found ..." clause: its kind, and for scalars the text.
    func describe(_ node: YAMLNode) -> String {
        switch node.kind {
        case .scalar:
            if node.isNull { return "null" }
            let text = node.scalar ?? ""
            if node.scalarStyle == .plain, let value = ScalarResolution.resolve(node), value.typeName != "string" {
                return "\(value.typeName) '\(text)'"
            }
            return "string '\(text.count > 40 ? String(text.prefix(40)) + "…" : text)'"
        case .sequence: return "a sequence"
        case .mapping: return "a mapping"
        }
    }

    /// Reads a node as an object of kind `name`, reporting a wrong type when it is not a mapping.
    /// Records `node`, a mapping whose `$ref` (`reference`) stands where OpenAPI allows none, for the resolver to
    /// follow; in a referenced file, where it is not followed, it is an error.
    func unexpectedReference(_ node: YAMLNode, reference: YAMLNode) {
        if followsUnexpectedReferences {
            unexpectedReferences.append(node)
        } else {
            error(
                "OpenAPI allows no '$ref' here, and in a referenced file it is not followed; move the object here or into components",
                at: reference, id: .refNotAllowedHere)
        }
    }

    func object(_ node: YAMLNode, _ name: String, field: String? = nil) -> ObjectReader? {
        guard let pairs = node.mapping else {
            wrongType("a mapping", for: field, in: name, found: node)
            return nil
        }
        return ObjectReader(node: node, pairs: pairs, name: name, context: self)
    }

    /// Decodes a value that may be a `$ref` instead.
    func referenceable<T>(
        _ node: YAMLNode, _ name: String, decode: (YAMLNode) -> T?
    ) -> Referenceable<T>? {
        if let pairs = node.mapping, let refPair = pairs.first(where: { $0.key.isScalar("$ref") }) {
            return reference(refPair, siblings: pairs, allowed: version >= .v3_1 ? ["summary", "description"] : [])
                .map { .reference($0) }
        }
        return decode(node).map { .value($0) }
    }

    /// Builds a `Reference` from a `$ref` entry, warning about siblings that OpenAPI ignores.
    func reference<Pairs: Collection<YAMLPair>>(
        _ refPair: YAMLPair, siblings: Pairs, allowed: Set<String>
    ) -> Reference? {
        guard let text = refPair.value.scalar, !refPair.value.isNull else {
            wrongType("a string", for: "$ref", in: "reference", found: refPair.value)
            return nil
        }
        var reference = Reference(text, at: location(refPair.value))
        var ignored: [String] = []
        for pair in siblings where !pair.key.isScalar("$ref") {
            let key = pair.key.scalar ?? ""
            if allowed.contains(key), let value = pair.value.scalar {
                if key == "summary" { reference.summary = value } else { reference.description = value }
            } else if !key.hasPrefix("x-") {
                ignored.append(key)
            }
        }
        if !ignored.isEmpty, let first = siblings.first(where: { $0.key.isScalar(ignored[0]) }) {
            let list = ignored.map { "'\($0)'" }.joined(separator: ", ")
            warning(
                "keys beside '$ref' are ignored in OpenAPI \(version.name): \(list)", at: first.key, id: .refSiblings)
        }
        return reference
    }
}
