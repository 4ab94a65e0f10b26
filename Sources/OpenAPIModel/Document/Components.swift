/// Reusable objects, each kind keyed by name in document order.
public struct Components: Sendable, Equatable {
    public var schemas = OrderedMap<JSONSchema>()
    public var responses = OrderedMap<Referenceable<Response>>()
    public var parameters = OrderedMap<Referenceable<Parameter>>()
    public var examples = OrderedMap<Referenceable<Example>>()
    public var requestBodies = OrderedMap<Referenceable<RequestBody>>()
    public var headers = OrderedMap<Referenceable<Header>>()
    public var securitySchemes = OrderedMap<Referenceable<SecurityScheme>>()
    public var links = OrderedMap<Referenceable<Link>>()
    public var callbacks = OrderedMap<Referenceable<Callback>>()
    /// 3.1 only.
    public var pathItems = OrderedMap<Referenceable<PathItem>>()
    public var extensions = OrderedMap<JSONValue>()

    /// Empty components.
    public init() {}
}
