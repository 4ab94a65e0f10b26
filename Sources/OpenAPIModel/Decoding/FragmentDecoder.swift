public import Diagnostics
public import YAMLLoader

/// Decodes one object of a document on its own: the target of a `$ref` into another file, or into a part of a
/// document that was not decoded as that kind (`#/paths/~1pets/get/parameters/0`).
public struct FragmentDecoder {
    private let context: DecodingContext

    /// Creates a decoder for nodes of `file`, read with the rules of `version`.
    public init(file: String, version: OpenAPIVersion) {
        context = DecodingContext(file: file)
        context.version = version
    }

    /// Every problem found so far, in source order.
    public var diagnostics: [Diagnostic] { Diagnostic.sortedForOutput(context.diagnostics) }

    /// Decodes a schema from a node of a referenced file; `nil` when the node cannot be one.
    public func schema(_ node: YAMLNode) -> JSONSchema? { context.schema(node) }
    /// Decodes a parameter, or a reference to one, from a node of a referenced file.
    public func parameter(_ node: YAMLNode) -> Referenceable<Parameter>? {
        context.referenceable(node, "parameter", decode: context.parameter)
    }
    /// Decodes a request body, or a reference to one, from a node of a referenced file.
    public func requestBody(_ node: YAMLNode) -> Referenceable<RequestBody>? {
        context.referenceable(node, "request body", decode: context.requestBody)
    }
    /// Decodes a response, or a reference to one, from a node of a referenced file.
    public func response(_ node: YAMLNode) -> Referenceable<Response>? {
        context.referenceable(node, "response", decode: context.response)
    }
    /// Decodes a header, or a reference to one, from a node of a referenced file.
    public func header(_ node: YAMLNode) -> Referenceable<Header>? {
        context.referenceable(node, "header", decode: context.header)
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
    public func pathItem(_ node: YAMLNode) -> Referenceable<PathItem>? { context.pathItemOrReference(node) }
}
