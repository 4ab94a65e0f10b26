public import Diagnostics
public import OpenAPIModel
public import Resolver
public import YAMLLoader

/// Everything rules look at: the YAML tree (for exact locations), the decoded document, the resolved IR (for what
/// the generated Swift will be) and the diagnostics the decoder and resolver already reported.
public struct LintContext: Sendable {
    /// The root document's name in diagnostics.
    public var file: String
    /// The root document's YAML, with pointers.
    public var root: LintNode
    /// The decoded document; `nil` when it could not be decoded.
    public var document: OpenAPIDocument?
    /// The resolved API; `nil` when the document could not be resolved.
    public var api: ResolvedAPI?
    /// What loading, decoding and resolving reported.
    public var pipelineDiagnostics: [Diagnostic]
    /// Where the resolver's references lead and the files it read: rules follow a `$ref` through it.
    public var references: ReferenceView
    /// Every operation under `paths`, in document order (path items given by `$ref` are not followed).
    public private(set) var operations: [OperationSite] = []
    /// Every schema object written in this file, with its pointer: component schemas and every schema nested in
    /// them or in parameters, headers and media types.
    public private(set) var schemas: [LintNode] = []
    /// Every Markdown-capable `description` and `summary` in the file.
    public private(set) var texts: [LintNode] = []
    /// The pointer of the key or node that starts at each line:column, for findings that arrive as locations.
    private var pointers: [Int: String] = [:]

    /// - Parameter references: the resolver's view of the references it followed (empty: none are followed).
    public init(
        yaml: YAMLDocument, document: OpenAPIDocument?, api: ResolvedAPI?, diagnostics: [Diagnostic],
        references: ReferenceView = ReferenceView()
    ) {
        file = yaml.file
        self.references = references
        root = LintNode(node: yaml.root, pointer: "", file: yaml.file, mark: yaml.root.reportedMark)
        self.document = document
        self.api = api
        pipelineDiagnostics = diagnostics
        // Rules walk these lists many times; they are collected once.
        operations = findOperations()
        schemas = findSchemas()
        texts = findTexts()
        if !diagnostics.isEmpty || api?.types.contains(where: \.needsIndirection) == true { pointers = indexPointers() }
    }

    private static func key(line: Int, column: Int) -> Int { line << 24 | column }

    private func indexPointers() -> [Int: String] {
        var index: [Int: String] = [:]
        func visit(_ node: LintNode) {
            for (_, value) in node.entries {
                let own = value.node.reportedMark
                index[Self.key(line: value.mark.line, column: value.mark.column)] =
                    index[Self.key(line: value.mark.line, column: value.mark.column)] ?? value.pointer
                index[Self.key(line: own.line, column: own.column)] =
                    index[Self.key(line: own.line, column: own.column)] ?? value.pointer
                visit(value)
            }
            for item in node.items {
                let own = item.node.reportedMark
                index[Self.key(line: own.line, column: own.column)] =
                    index[Self.key(line: own.line, column: own.column)] ?? item.pointer
                visit(item)
            }
        }
        visit(root)
        return index
    }

    /// True for a 3.0.x document.
    public var isVersion30: Bool { root["openapi"]?.string?.hasPrefix("3.0") ?? false }

    /// An operation of the document: its path item, method and node, and the operation as the resolver resolved
    /// it (references followed, path-level parameters merged).
    public struct OperationSite: Sendable {
        /// The path as written (`/accounts/{id}`).
        public var path: String
        /// The method key as written (`get`).
        public var method: String
        /// The operation object.
        public var node: LintNode
        /// The path item the operation is in.
        public var pathItem: LintNode
        /// The operation in the IR; `nil` only when the document could not be decoded.
        public var resolved: ResolvedOperation?
    }

    /// The method keys of a path item, in the specification's order.
    public static let methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"]

    private func findOperations() -> [OperationSite] {
        // Each operation's IR by method and path (the first, should a path be written twice).
        var resolved: [String: ResolvedOperation] = [:]
        for operation in api?.operations ?? [] {
            let key = operation.method.rawValue + " " + operation.path
            if resolved[key] == nil { resolved[key] = operation }
        }
        return (root["paths"]?.entries ?? []).flatMap { path, written in
            let item = pathItem(written, depth: 0)
            return item.entries.filter { Self.methods.contains($0.key) && $0.value.node.mapping != nil }.map {
                OperationSite(
                    path: path, method: $0.key, node: $0.value, pathItem: item, resolved: resolved[$0.key + " " + path])
            }
        }
    }

    /// A path item, following `$ref`s (so split documents are linted where their operations are written). A
    /// reference the resolver could not follow leaves the item as written; the resolver reported why.
    private func pathItem(_ item: LintNode, depth: Int) -> LintNode {
        guard depth < 8, let target = followed(item) else { return item }
        return pathItem(target, depth: depth + 1)
    }

    /// `node`, or when it is a `$ref` the object its chain of references ends at, as the resolver followed it;
    /// `nil` for a reference the resolver did not follow.
    public func dereferenced(_ node: LintNode) -> LintNode? {
        var current = node
        for _ in 0..<8 {
            guard current["$ref"] != nil else { return current }
            guard let next = followed(current) else { return nil }
            current = next
        }
        return nil
    }

    /// Where the `$ref` of `node` leads, as the resolver followed it; `nil` when `node` has no `$ref` or the
    /// resolver did not follow it.
    public func followed(_ node: LintNode) -> LintNode? {
        guard let reference = node["$ref"], reference.string != nil,
            let (target, value) = references.node(ofReferenceAt: reference.valueLocation)
        else { return nil }
        return LintNode(node: value, pointer: target.pointer, file: target.file, mark: value.reportedMark)
    }

    /// `get /pets` for messages.
    public static func name(_ operation: OperationSite) -> String {
        "\(operation.method.uppercased()) \(operation.path)"
    }

    private func findSchemas() -> [LintNode] {
        var found: [LintNode] = []
        var seen = Set<String>()
        func visitSchema(_ schema: LintNode) {
            guard schema.node.mapping != nil, seen.insert(schema.file + "#" + schema.pointer).inserted else { return }
            // Schemas in other files are linted where they are written, once each.
            if let target = followed(schema), target.file != file || schema.file != file { visitSchema(target) }
            found.append(schema)
            for key in ["items", "not", "additionalProperties", "contains", "propertyNames", "if", "then", "else"] {
                if let child = schema[key] { visitSchema(child) }
            }
            for key in ["allOf", "oneOf", "anyOf", "prefixItems"] {
                for item in schema[key]?.items ?? [] { visitSchema(item) }
            }
            for key in ["properties", "patternProperties", "$defs", "definitions", "dependentSchemas"] {
                for entry in schema[key]?.entries ?? [] { visitSchema(entry.value) }
            }
        }
        func visitAny(_ node: LintNode, parentKey: String?) {
            if parentKey == "schema" {
                visitSchema(node)
                return
            }
            for (key, value) in node.entries {
                if key == "schemas", node.pointer == "/components" || (node.file != file && key == "schemas") {
                    for entry in value.entries { visitSchema(entry.value) }
                } else if !key.hasPrefix("x-"), key != "example", key != "examples" {
                    visitAny(value, parentKey: key)
                }
            }
            for item in node.items { visitAny(item, parentKey: nil) }
        }
        visitAny(root, parentKey: nil)
        for operation in operations where operation.pathItem.file != file {
            visitAny(operation.pathItem, parentKey: nil)
        }
        return found
    }

    private func findTexts() -> [LintNode] {
        var found: [LintNode] = []
        func visit(_ node: LintNode) {
            for (key, value) in node.entries {
                if key == "description" || key == "summary", value.string != nil {
                    found.append(value)
                } else {
                    visit(value)
                }
            }
            node.items.forEach(visit)
        }
        visit(root)
        return found
    }
}

extension LintContext {
    /// The pointer of the node (or key) at `location` in this file, or "" when none starts there.
    public func pointer(at location: SourceLocation) -> String {
        guard location.file == file else { return "" }
        return pointers[Self.key(line: location.line, column: location.column)] ?? ""
    }
}
