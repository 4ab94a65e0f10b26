internal import Resolver

/// The Swift spelling of an IR type.
struct SwiftTypeMapping {
    var options: EmitterOptions
    /// Swift type names replaced by a configured name or an existing type, by the resolver's Swift name.
    var renamed: [String: String] = [:]

    init(options: EmitterOptions, renamed: [String: String] = [:]) {
        self.options = options
        self.renamed = renamed
    }

    /// The mapping with the configured overrides of `api` applied (configured names are the resolver's).
    init(options: EmitterOptions, api: ResolvedAPI) {
        self.init(options: options)
        for type in api.types {
            if let name = options.typeOverrides[type.originalName] {
                renamed[type.name] = name
            }
        }
    }

    func swiftType(_ type: TypeRef) -> String {
        switch type {
        case .named(let name): renamed[name] ?? name
        case .primitive(let primitive): swiftType(primitive)
        case .array(let element): "[\(swiftType(element))]"
        case .map(let value): "[String: \(swiftType(value))]"
        case .nullable(let wrapped): "\(swiftType(wrapped))?"
        case .anyJSON: "JSONValue"
        }
    }

    func swiftType(_ primitive: Primitive) -> String {
        switch primitive {
        case .string: "String"
        case .int: "Int"
        case .int32: "Int32"
        case .int64: "Int64"
        case .double: "Double"
        case .float: "Float"
        case .decimal: "Decimal"
        case .number: options.numberType == .decimal ? "Decimal" : "Double"
        case .bool: "Bool"
        case .date: "OpenAPIDate"
        case .dateTime: "Date"
        case .uuid: "UUID"
        case .uri: "URL"
        case .base64, .binary: "Data"
        }
    }
}
