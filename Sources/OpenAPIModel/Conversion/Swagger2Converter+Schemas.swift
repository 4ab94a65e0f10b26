internal import Diagnostics
internal import YAMLLoader

/// Schemas and security schemes of a Swagger 2.0 document.
extension Swagger2Converter {
    /// Keywords of a schema whose value is a schema.
    static let schemaValued: Set<String> = ["items", "additionalProperties", "not"]
    /// Keywords of a schema whose value is a list of schemas.
    static let schemaListValued: Set<String> = ["allOf", "oneOf", "anyOf"]
    /// Keywords of a schema whose value maps names to schemas.
    static let schemaMapValued: Set<String> = ["properties", "patternProperties", "definitions"]

    /// A schema: `x-nullable` becomes `nullable`, `type: file` a binary string, a discriminator's property name a
    /// discriminator object, local references their new places. Nested schemas are converted with a work list.
    mutating func schema(_ node: YAMLNode) throws(YAMLError) {
        enum Step {
            case schema(YAMLNode)
            case copy(YAMLNode)
            case reference(YAMLPair)
            case nullable(YAMLPair)
            case fileType(YAMLPair, addsFormat: Bool)
            case discriminator(YAMLPair)
            case beginMapping(YAMLNode)
            case beginSequence(YAMLNode)
            case end
        }
        var steps: [Step] = [.schema(node)]
        while let step = steps.popLast() {
            switch step {
            case .end:
                try out.endCollection()
            case .copy(let node):
                try out.copy(node)
            case .beginMapping(let node):
                try out.beginMapping(at: node.mark)
            case .beginSequence(let node):
                try out.beginSequence(at: node.mark)
            case .reference(let pair):
                try reference(pair)
            case .nullable(let pair):
                try key("nullable", at: pair.key.mark)
                try out.copy(pair.value)
            case .fileType(let pair, let addsFormat):
                try out.copy(pair.key)
                try plain("string", at: pair.value.mark)
                if addsFormat {
                    try key("format", at: pair.value.mark)
                    try plain("binary", at: pair.value.mark)
                }
            case .discriminator(let pair):
                try out.copy(pair.key)
                try out.beginMapping(at: pair.value.mark)
                try key("propertyName", at: pair.value.mark)
                try out.copy(pair.value)
                try out.endCollection()
            case .schema(let node):
                guard let mapping = node.mapping else {
                    try out.copy(node)
                    continue
                }
                // Steps run last first: push the closing step, then the entries in reverse.
                var pending: [Step] = [.end]
                for pair in mapping.reversed() {
                    let name = pair.key.scalar ?? ""
                    if name == "$ref" {
                        pending.append(.reference(pair))
                    } else if name == "x-nullable" {
                        pending.append(.nullable(pair))
                    } else if name == "type", pair.value.isScalar("file") {
                        pending.append(.fileType(pair, addsFormat: node["format"] == nil))
                    } else if name == "discriminator", pair.value.kind == .scalar {
                        pending.append(.discriminator(pair))
                    } else if Self.schemaValued.contains(name), pair.value.kind == .mapping {
                        pending.append(.schema(pair.value))
                        pending.append(.copy(pair.key))
                    } else if Self.schemaListValued.contains(name), let items = pair.value.sequence {
                        pending.append(.end)
                        for item in items.reversed() { pending.append(.schema(item)) }
                        pending.append(.beginSequence(pair.value))
                        pending.append(.copy(pair.key))
                    } else if Self.schemaMapValued.contains(name), let entries = pair.value.mapping {
                        pending.append(.end)
                        for entry in entries.reversed() {
                            pending.append(.schema(entry.value))
                            pending.append(.copy(entry.key))
                        }
                        pending.append(.beginMapping(pair.value))
                        pending.append(.copy(pair.key))
                    } else {
                        pending.append(.copy(pair.value))
                        pending.append(.copy(pair.key))
                    }
                }
                pending.append(.beginMapping(node))
                steps.append(contentsOf: pending)
            }
        }
    }

    /// Keywords a 2.0 parameter, header or `items` object shares with a schema.
    static let simpleSchemaKeywords: Set<String> = [
        "type", "format", "default", "maximum", "exclusiveMaximum", "minimum", "exclusiveMinimum", "maxLength",
        "minLength", "pattern", "maxItems", "minItems", "uniqueItems", "enum", "multipleOf",
    ]

    /// The schema a parameter, header or `items` object describes by its own type keywords; `description` is
    /// added when given (a form parameter's description describes its property).
    mutating func simpleSchema(_ node: YAMLNode, description: YAMLNode?) throws(YAMLError) {
        guard let mapping = node.mapping else { return try out.copy(node) }
        if node["$ref"] != nil { return try schema(node) }
        try out.beginMapping(at: (node["type"] ?? node).mark)
        if let description {
            try key("description", at: description.mark)
            try out.copy(description)
        }
        for pair in mapping {
            let name = pair.key.scalar ?? ""
            if name == "type", pair.value.isScalar("file") {
                try out.copy(pair.key)
                try plain("string", at: pair.value.mark)
                if node["format"] == nil {
                    try key("format", at: pair.value.mark)
                    try plain("binary", at: pair.value.mark)
                }
            } else if name == "items" {
                try out.copy(pair.key)
                try simpleSchema(pair.value, description: nil)
            } else if name == "x-nullable" {
                try key("nullable", at: pair.key.mark)
                try out.copy(pair.value)
            } else if Self.simpleSchemaKeywords.contains(name) {
                try copy(pair)
            }
        }
        try out.endCollection()
    }

    /// A security definition as a security scheme: `basic` becomes HTTP basic, OAuth 2 flows get their 3.0 names.
    mutating func securityScheme(_ node: YAMLNode) throws(YAMLError) {
        guard let mapping = node.mapping, let type = node["type"]?.scalar else { return try out.copy(node) }
        try out.beginMapping(at: node.mark)
        for pair in mapping {
            switch pair.key.scalar ?? "" {
            case "type":
                try out.copy(pair.key)
                if type == "basic" {
                    try plain("http", at: pair.value.mark)
                    try key("scheme", at: pair.value.mark)
                    try plain("basic", at: pair.value.mark)
                } else {
                    try out.copy(pair.value)
                }
            case "description", "name", "in":
                try copy(pair)
            case "flow":
                guard type == "oauth2" else { continue }
                let flows = [
                    "implicit": "implicit", "password": "password", "application": "clientCredentials",
                    "accessCode": "authorizationCode",
                ]
                guard let flow = pair.value.scalar.flatMap({ flows[$0] }) else {
                    diagnostics.append(warn("unknown OAuth 2 flow '\(pair.value.scalar ?? "")'", at: pair.value))
                    continue
                }
                try key("flows", at: pair.key.mark)
                try out.beginMapping(at: pair.value.mark)
                try key(flow, at: pair.value.mark)
                try out.beginMapping(at: pair.value.mark)
                for field in mapping where field.key.isScalar("authorizationUrl") || field.key.isScalar("tokenUrl") {
                    try copy(field)
                }
                if let scopes = mapping.first(where: { $0.key.isScalar("scopes") }) {
                    try copy(scopes)
                } else {
                    try key("scopes", at: pair.value.mark)
                    try out.beginMapping(at: pair.value.mark)
                    try out.endCollection()
                }
                try out.endCollection()
                try out.endCollection()
            case "authorizationUrl", "tokenUrl", "scopes":
                continue
            case _ where pair.key.scalar?.hasPrefix("x-") == true:
                try copy(pair)
            default:
                try copy(pair)
            }
        }
        try out.endCollection()
    }
}
