public import Diagnostics
public import YAMLLoader

/// Decodes one object of a document on its own: the target of a `$ref` into another file, or into a part of a
/// document that was not decoded as that kind (`#/paths/~1pets/get/parameters/0`).
public struct FragmentDecoder {
    private let context: DecodingContext
    /// The nodes are parts of a fragment file referenced from a Swagger 2.0 document: each is converted to the
    /// OpenAPI 3 object it is read as before it is decoded.
    private let convertsSwagger2: Bool

    /// Creates a decoder for nodes of `file`, read with the rules of `version`; `convertsSwagger2` when they
    /// are written as Swagger 2.0 parts (a file referenced from a 2.0 document).
    public init(file: String, version: OpenAPIVersion, convertsSwagger2: Bool = false) {
        context = DecodingContext(file: file)
        context.version = version
        self.convertsSwagger2 = convertsSwagger2
    }

    /// `node`, converted from Swagger 2.0 when this decoder reads 2.0 parts.
    private func readable(_ node: YAMLNode, as kind: Swagger2Converter.FragmentKind) -> YAMLNode {
        guard convertsSwagger2 else { return node }
        let converted = Swagger2Converter.convertedFragment(node, as: kind, file: context.file)
        context.report(converted.diagnostics)
        return converted.node
    }

    /// Every problem found so far, in source order.
    public var diagnostics: [Diagnostic] { Diagnostic.sortedForOutput(context.diagnostics) }

    /// Decodes a schema from a node of a referenced file; `nil` when the node cannot be one.
    public func schema(_ node: YAMLNode) -> JSONSchema? { context.schema(readable(node, as: .schema)) }
    /// Decodes a parameter, or a reference to one, from a node of a referenced file.
    public func parameter(_ node: YAMLNode) -> Referenceable<Parameter>? {
        context.referenceable(readable(node, as: .parameter), "parameter", decode: context.parameter)
    }
    /// Decodes a request body, or a reference to one, from a node of a referenced file.
    public func requestBody(_ node: YAMLNode) -> Referenceable<RequestBody>? {
        context.referenceable(node, "request body", decode: context.requestBody)
    }
    /// Decodes a response, or a reference to one, from a node of a referenced file.
    public func response(_ node: YAMLNode) -> Referenceable<Response>? {
        context.referenceable(readable(node, as: .response), "response", decode: context.response)
    }
    /// Decodes a header, or a reference to one, from a node of a referenced file.
    public func header(_ node: YAMLNode) -> Referenceable<Header>? {
        context.referenceable(readable(node, as: .header), "header", decode: context.header)
    }
    /// Decodes an example, or a reference to one, from a node of a referenced file.
    public func example(_ node: YAMLNode) -> Referenceable<Example>? {
        context.referenceable(node, "example", decode: context.example)
    }
    /// Decodes a link, or a reference to one, from a node of a referenced file.
    public func link(_ node: YAMLNode) -> Referenceable<Link>? {
        context.referenceable(node, "link", decode: context.link)
    }
    /// Decodes a callback, or a reference to one, from a node of a referenced file.
    public func callback(_ node: YAMLNode) -> Referenceable<Callback>? {
        context.referenceable(node, "callback", decode: context.callback)
    }
    /// Decodes a security scheme, or a reference to one, from a node of a referenced file.
    public func securityScheme(_ node: YAMLNode) -> Referenceable<SecurityScheme>? {
        context.referenceable(node, "security scheme", decode: context.securityScheme)
    }
    /// Decodes a path item, or a reference to one, from a node of a referenced file.
    public func pathItem(_ node: YAMLNode) -> Referenceable<PathItem>? {
        context.pathItemOrReference(readable(node, as: .pathItem))
    }
}
