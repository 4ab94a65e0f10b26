internal import OpenAPIModel
internal import YAMLLoader

/// What a reference to a `T` must reach and where such objects are found: the `components` section it names, the
/// section of the decoded root document holding them, and how to decode one from any other place.
struct ReferencedKind<T: Sendable> {
    /// The section of `components` that holds `T`s.
    let kind: ComponentKind
    /// The root document's decoded `T`s.
    let section: KeyPath<Components, OrderedMap<Referenceable<T>>>
    /// Decodes a `T` (or a further reference) from a node outside the root document's components.
    let decode: (FragmentDecoder, YAMLNode) -> Referenceable<T>?
}

extension ReferencedKind where T == PathItem {
    static var pathItem: Self { Self(kind: .pathItems, section: \.pathItems, decode: { $0.pathItem($1) }) }
}

extension ReferencedKind where T == Parameter {
    static var parameter: Self { Self(kind: .parameters, section: \.parameters, decode: { $0.parameter($1) }) }
}

extension ReferencedKind where T == RequestBody {
    static var requestBody: Self {
        Self(kind: .requestBodies, section: \.requestBodies, decode: { $0.requestBody($1) })
    }
}

extension ReferencedKind where T == Response {
    static var response: Self { Self(kind: .responses, section: \.responses, decode: { $0.response($1) }) }
}

extension ReferencedKind where T == Header {
    static var header: Self { Self(kind: .headers, section: \.headers, decode: { $0.header($1) }) }
}

extension ReferencedKind where T == SecurityScheme {
    static var securityScheme: Self {
        Self(kind: .securitySchemes, section: \.securitySchemes, decode: { $0.securityScheme($1) })
    }
}

extension ReferencedKind where T == Callback {
    static var callback: Self { Self(kind: .callbacks, section: \.callbacks, decode: { $0.callback($1) }) }
}
