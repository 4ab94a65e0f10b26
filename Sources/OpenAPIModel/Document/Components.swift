/// Reusable objects, each kind keyed by name in document order.
public struct Components: Sendable, Equatable {
    /// Reusable schemas by name: the types the generator names after them.
    public var schemas = OrderedMap<JSONSchema>()
    /// Reusable responses by name.
    public var responses = OrderedMap<Referenceable<Response>>()
    /// Reusable parameters by name.
    public var parameters = OrderedMap<Referenceable<Parameter>>()
    /// Reusable examples by name.
    public var examples = OrderedMap<Referenceable<Example>>()
    /// Reusable request bodies by name.
    public var requestBodies = OrderedMap<Referenceable<RequestBody>>()
    /// Reusable headers by name.
    public var headers = OrderedMap<Referenceable<Header>>()
    /// The security schemes operations can require, by name.
    public var securitySchemes = OrderedMap<Referenceable<SecurityScheme>>()
    /// Reusable links by name.
    public var links = OrderedMap<Referenceable<Link>>()
    /// Reusable callbacks by name.
    public var callbacks = OrderedMap<Referenceable<Callback>>()
    /// 3.1 only.
    public var pathItems = OrderedMap<Referenceable<PathItem>>()
    /// The `x-` extension fields, in document order.
    public var extensions = OrderedMap<JSONValue>()

    /// Empty components.
    public init() {}
}
