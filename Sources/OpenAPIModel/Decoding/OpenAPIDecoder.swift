public import Diagnostics
public import YAMLLoader

/// The result of reading a document: the model (when the document could be read at all) and every diagnostic.
public struct DecodedDocument: Sendable {
    /// The document; `nil` when the file is not an OpenAPI 3 document at all (unreadable, Swagger 2.0, ...).
    public var document: OpenAPIDocument?
    /// Every problem found, in source order.
    public var diagnostics: [Diagnostic]
    /// Mappings holding a `$ref` where OpenAPI allows none (an operation, a description), in source order: the
    /// resolver follows them as JSON References and decodes the document again.
    public var unexpectedReferences: [YAMLNode] = []

    /// Creates a result.
    public init(document: OpenAPIDocument?, diagnostics: [Diagnostic]) {
        self.document = document
        self.diagnostics = diagnostics
    }

    /// True when any diagnostic is an error.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

/// Turns a YAML node tree into an `OpenAPIDocument`, reporting every problem rather than stopping at the first.
public enum OpenAPIDecoder {
    /// Decodes a loaded YAML document.
    public static func decode(_ yaml: YAMLDocument) -> DecodedDocument {
        let context = DecodingContext(file: yaml.file)
        context.followsUnexpectedReferences = true
        context.report(yaml.conversionDiagnostics)
        let document = decodeRoot(yaml.root, context)
        var decoded = DecodedDocument(document: document, diagnostics: Diagnostic.sortedForOutput(context.diagnostics))
        decoded.unexpectedReferences = context.unexpectedReferences
        return decoded
    }

    /// Reads, loads and decodes the file at `path`; YAML errors become diagnostics.
    public static func decode(contentsOf path: String, limits: YAMLLoaderLimits = .default) -> DecodedDocument {
        do {
            return decode(try DocumentLoader(limits: limits).load(contentsOf: path))
        } catch {
            return DecodedDocument(document: nil, diagnostics: [error.diagnostic])
        }
    }

    private static func decodeRoot(_ root: YAMLNode, _ context: DecodingContext) -> OpenAPIDocument? {
        guard var object = context.object(root, "document") else { return nil }
        if let swagger = object.pair("swagger") {
            // A 2.0 document was converted when it was loaded; any other `swagger` version is not read.
            context.error(
                "unsupported Swagger version '\(swagger.value.scalar ?? "")'; plexus-gen reads Swagger 2.0 and OpenAPI 3.0.x and 3.1.x",
                at: swagger.value, id: .unsupportedVersion)
            return nil
        }
        guard let openapiNode = object.value("openapi") else {
            context.error(
                "missing required field 'openapi' in document; is this an OpenAPI document?", at: root,
                id: .missingField)
            return nil
        }
        guard let openapi = context.string(openapiNode, field: "openapi", in: "document") else { return nil }
        guard let version = version(of: openapi, at: openapiNode, context) else { return nil }
        context.version = version
        defer { object.finish() }

        let info = object.object("info", context.info)
        if !object.has("info") { object.missing("info") }
        let pathsPair = object.pair("paths")
        let hasWebhooks = version >= .v3_1 && object.has("webhooks")
        let webhooks =
            version >= .v3_1
            ? object.map("webhooks") { _, value in context.pathItemOrReference(value) } : OrderedMap()
        let componentsNode = object.value("components")
        if pathsPair == nil {
            if version == .v3_0 {
                object.missing("paths")
            } else if !hasWebhooks, componentsNode == nil {
                context.error(
                    "an OpenAPI 3.1 document needs at least one of 'paths', 'components' or 'webhooks'", at: root,
                    id: .missingField)
            }
        }
        return OpenAPIDocument(
            openapi: openapi,
            version: version,
            info: info
                ?? Info(
                    title: "", version: "", extensions: OrderedMap(), location: context.location(root)),
            jsonSchemaDialect: version >= .v3_1 ? object.string("jsonSchemaDialect") : nil,
            servers: object.array("servers", context.server) ?? [],
            paths: pathsPair.map { context.paths($0.value) } ?? OrderedMap(),
            pathsLocation: pathsPair.map { context.location($0.key) },
            webhooks: webhooks,
            components: componentsNode.map(context.components) ?? Components(),
            security: object.array("security", context.securityRequirement),
            tags: object.array("tags", context.tag) ?? [],
            externalDocs: object.object("externalDocs", context.externalDocs),
            extensions: object.extensions(),
            file: context.file, infoLocation: object.keyLocation("info"),
            openapiLocation: object.keyLocation("openapi"))
    }

    private static func version(of text: String, at node: YAMLNode, _ context: DecodingContext) -> OpenAPIVersion? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        let majorMinor = parts.count >= 2 ? "\(parts[0]).\(parts[1])" : text
        switch majorMinor {
        case "3.0": return .v3_0
        case "3.1": return .v3_1
        case "3.2":
            context.warning(
                "OpenAPI \(text) is read as 3.1; features new in 3.2 are not supported yet", at: node,
                id: .unsupportedVersion)
            return .v3_1
        default:
            context.error(
                "unsupported OpenAPI version '\(text)'; plexus-gen reads 3.0.x and 3.1.x", at: node,
                id: .unsupportedVersion)
            return nil
        }
    }
}
