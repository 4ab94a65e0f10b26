/// The sections of `components` a reference can point into, so "a reference to a parameter that reaches a
/// response" is a comparison of two values, not of two strings.
enum ComponentKind: String, CaseIterable {
    case schemas, responses, parameters, examples, requestBodies, headers, securitySchemes, links, callbacks
    case pathItems

    /// What the kind holds, for messages: `parameters` → `a parameter`.
    var described: String {
        switch self {
        case .schemas: "a schema"
        case .responses: "a response"
        case .parameters: "a parameter"
        case .examples: "an example"
        case .requestBodies: "a request body"
        case .headers: "a header"
        case .securitySchemes: "a security scheme"
        case .links: "a link"
        case .callbacks: "a callback"
        case .pathItems: "a path item"
        }
    }

    /// The kind a split pointer names (`["components", "parameters", "X"]` → `.parameters`), if it names one.
    init?(tokens: [String]) {
        guard tokens.count == 3, tokens[0] == "components" else { return nil }
        self.init(rawValue: tokens[1])
    }
}
