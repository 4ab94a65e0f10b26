internal import OpenAPIModel

/// What a JSON pointer reaches in an OpenAPI document, read from the structure the specification gives the
/// document: `/paths/~1pets/get/parameters/0` is a parameter, `/paths/~1pets/get/responses/200/content` is a map of
/// media types. A reference into a document is checked against the kind it must reach by this, as a comparison of
/// two values, instead of by decoding the place and guessing from what is missing.
enum DocumentPlace: Equatable {
    /// An object of a kind a reference can reach.
    case object(ComponentKind)
    /// A place the specification defines that holds no such object (a map of them, a list, `info`, ...).
    case other
    /// Somewhere the structure does not say (an extension, a key the specification does not define).
    case unknown

    /// Where each step of a pointer stands.
    private enum State {
        case document, components, pathItems, operation, parameters
        case responses, mediaTypes, headers, examples, links, callbacks, encodings
        case mediaType, encoding, schemaMap, schemaList, other
        /// The map of one section of `components`.
        case section(ComponentKind)
        /// An object of a kind a reference can reach.
        case object(ComponentKind)
    }

    /// Keywords whose value is one schema.
    private static let schemaKeywords: Set<String> = [
        "items", "not", "additionalProperties", "contains", "propertyNames", "if", "then", "else",
        "unevaluatedItems", "unevaluatedProperties", "additionalItems",
    ]
    /// Keywords whose value maps names to schemas.
    private static let schemaMapKeywords: Set<String> = [
        "properties", "patternProperties", "$defs", "definitions", "dependentSchemas",
    ]
    /// Keywords whose value is a list of schemas.
    private static let schemaListKeywords: Set<String> = ["allOf", "oneOf", "anyOf", "prefixItems"]

    /// The place `tokens` (an unescaped pointer) reaches in a document whose root is an OpenAPI object.
    init(tokens: [String]) {
        var state = State.document
        for token in tokens {
            guard let next = Self.step(from: state, by: token) else {
                self = .unknown
                return
            }
            state = next
        }
        if case .object(let kind) = state {
            self = .object(kind)
        } else {
            self = .other
        }
    }

    private static func step(from state: State, by token: String) -> State? {
        switch state {
        case .document:
            switch token {
            case "components": return .components
            case "paths", "webhooks": return .pathItems
            case "info", "servers", "tags", "security", "externalDocs", "openapi", "jsonSchemaDialect": return .other
            default: return nil
            }
        case .components:
            return ComponentKind(rawValue: token).map(State.section)
        case .section(let kind):
            return .object(kind)
        case .pathItems:
            return .object(.pathItems)
        case .object(.pathItems):
            if token == "parameters" { return .parameters }
            if HTTPMethod(rawValue: token) != nil { return .operation }
            return token == "servers" || token == "summary" || token == "description" ? .other : nil
        case .operation:
            switch token {
            case "parameters": return .parameters
            case "requestBody": return .object(.requestBodies)
            case "responses": return .responses
            case "callbacks": return .callbacks
            case "tags", "security", "servers", "externalDocs", "summary", "description", "operationId":
                return .other
            default: return nil
            }
        case .parameters:
            return Int(token) == nil ? nil : .object(.parameters)
        case .responses:
            return .object(.responses)
        case .object(.parameters), .object(.headers):
            switch token {
            case "schema": return .object(.schemas)
            case "content": return .mediaTypes
            case "examples": return .examples
            default: return nil
            }
        case .object(.requestBodies):
            return token == "content" ? .mediaTypes : nil
        case .object(.responses):
            switch token {
            case "headers": return .headers
            case "content": return .mediaTypes
            case "links": return .links
            default: return nil
            }
        case .mediaTypes:
            return .mediaType
        case .mediaType:
            switch token {
            case "schema": return .object(.schemas)
            case "examples": return .examples
            case "encoding": return .encodings
            default: return nil
            }
        case .encodings:
            return .encoding
        case .encoding:
            return token == "headers" ? .headers : nil
        case .headers:
            return .object(.headers)
        case .examples:
            return .object(.examples)
        case .links:
            return .object(.links)
        case .callbacks:
            return .object(.callbacks)
        case .object(.callbacks):
            return .object(.pathItems)
        case .object(.schemas):
            if schemaKeywords.contains(token) { return .object(.schemas) }
            if schemaMapKeywords.contains(token) { return .schemaMap }
            if schemaListKeywords.contains(token) { return .schemaList }
            return nil
        case .schemaMap:
            return .object(.schemas)
        case .schemaList:
            return Int(token) == nil ? nil : .object(.schemas)
        case .object(.examples), .object(.links), .object(.securitySchemes), .other:
            return nil
        }
    }
}
