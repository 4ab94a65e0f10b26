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

    public func schema(_ node: YAMLNode) -> JSONSchema? { context.schema(node) }
    public func parameter(_ node: YAMLNode) -> Referenceable<Parameter>? {
        context.referenceable(node, "parameter", decode: context.parameter)
    }
    public func requestBody(_ node: YAMLNode) -> Referenceable<RequestBody>? {
        context.referenceable(node, "request body", decode: context.requestBody)
    }
    public func response(_ node: YAMLNode) -> Referenceable<Response>? {
        context.referenceable(node, "response", decode: context.response)
    }
    public func header(_ node: YAMLNode) -> Referenceable<Header>? {
        context.referenceable(node, "header", decode: context.header)
    }
    public func example(_ node: YAMLNode) -> Referenceable<Example>? {
        context.referenceable(node, "example", decode: context.example)
    }
    public func link(_ node: YAMLNode) -> Referenceable<Link>? {
        context.referenceable(node, "link", decode: context.link)
    }
    public func callback(_ node: YAMLNode) -> Referenceable<Callback>? {
        context.referenceable(node, "callback", decode: context.callback)
    }
    public func securityScheme(_ node: YAMLNode) -> Referenceable<SecurityScheme>? {
        context.referenceable(node, "security scheme", decode: context.securityScheme)
    }
    public func pathItem(_ node: YAMLNode) -> Referenceable<PathItem>? { context.pathItemOrReference(node) }
}
