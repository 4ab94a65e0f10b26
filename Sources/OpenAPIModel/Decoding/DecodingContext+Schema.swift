internal import Diagnostics
internal import YAMLLoader

extension DecodingContext {
    private static let schemaKeywords30: [String] = [
        "$ref", "type", "format", "title", "description", "properties", "required", "additionalProperties",
        "items", "allOf", "oneOf", "anyOf", "not", "discriminator", "enum", "default", "example", "minimum",
        "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "minLength", "maxLength", "pattern",
        "minItems", "maxItems", "uniqueItems", "minProperties", "maxProperties", "nullable", "readOnly",
        "writeOnly", "deprecated", "externalDocs", "xml",
    ]
    private static let schemaKeywords31Only: [String] = [
        "const", "examples", "prefixItems", "$defs", "definitions", "$id", "$anchor", "$dynamicAnchor",
        "$dynamicRef", "$schema", "patternProperties", "propertyNames", "contentEncoding", "contentMediaType",
        "contentSchema", "$comment",
    ]
    /// Valid JSON Schema 2020-12 keywords that no stage uses yet; kept as raw JSON.
    private static let rawKeywords31: Set<String> = [
        "if", "then", "else", "dependentSchemas", "dependentRequired", "unevaluatedProperties",
        "unevaluatedItems", "contains", "minContains", "maxContains", "$vocabulary",
        "dependencies", "additionalItems",
    ]

    /// Decodes a schema; a `true`/`false` boolean schema is accepted in 3.1.
    func schema(_ node: YAMLNode) -> JSONSchema? {
        var result = JSONSchema(location: location(node))
        let pairs: YAMLMapping
        switch node.kind {
        case .mapping:
            guard let mapping = node.mapping else { return nil }
            pairs = mapping
        case .scalar where version >= .v3_1:
            guard case .bool(let value) = ScalarResolution.resolve(node) else {
                wrongType("a schema (a mapping or a boolean)", for: nil, in: "schema", found: node)
                return nil
            }
            result.booleanSchema = value
            return result
        default:
            wrongType("a mapping", for: nil, in: "schema", found: node)
            return nil
        }
        let is31 = version >= .v3_1
        var unknown: [YAMLPair] = []
        var refSiblings: [YAMLNode] = []
        var exclusiveMinimumFlag: YAMLNode?
        var exclusiveMaximumFlag: YAMLNode?
        let hasRef = pairs.contains { $0.key.isScalar("$ref") }
        for pair in pairs {
            guard let key = pair.key.scalar else {
                error("keys in schema must be strings", at: pair.key, id: .wrongType)
                continue
            }
            let value = pair.value
            if hasRef, !is31, key != "$ref", !key.hasPrefix("x-") { refSiblings.append(pair.key) }
            switch key {
            case "$ref":
                guard let text = string(value, field: "$ref", in: "schema") else { continue }
                result.ref = Reference(text, at: location(value))
            case "type": result.types = schemaTypes(value)
            case "format": result.format = string(value, field: key, in: "schema")
            case "title": result.title = string(value, field: key, in: "schema")
            case "description": result.description = string(value, field: key, in: "schema")
            case "properties": result.properties = schemaMap(value, field: key)
            case "required":
                guard let items = value.sequence else {
                    wrongType("a sequence of property names", for: key, in: "schema", found: value)
                    continue
                }
                result.required = items.compactMap { item in
                    string(item, field: key, in: "schema").map { LocatedString($0, at: location(item)) }
                }
            case "additionalProperties":
                if case .bool(let allowed)? = ScalarResolution.resolve(value) {
                    result.additionalProperties = .allowed(allowed)
                } else if let schema = schema(value) {
                    result.additionalProperties = .schema(schema)
                }
            case "items":
                if value.sequence != nil, !is31 {
                    wrongType("a schema", for: key, in: "schema", found: value)
                } else if let items = value.sequence {
                    result.prefixItems = items.compactMap(schema)
                } else {
                    result.items = schema(value)
                }
            case "allOf", "oneOf", "anyOf":
                guard let items = value.sequence else {
                    wrongType("a sequence of schemas", for: key, in: "schema", found: value)
                    continue
                }
                if items.isEmpty { error("'\(key)' must not be empty", at: value, id: .invalidValue) }
                let schemas = items.compactMap(schema)
                if key == "allOf" {
                    result.allOf = schemas
                } else if key == "oneOf" {
                    result.oneOf = schemas
                } else {
                    result.anyOf = schemas
                }
            case "not": result.not = schema(value)
            case "discriminator": result.discriminator = discriminator(value)
            case "enum":
                guard let items = value.sequence else {
                    wrongType("a sequence", for: key, in: "schema", found: value)
                    continue
                }
                result.enumValues = items.map(ScalarResolution.json)
                result.enumLocation = location(value)
            case "default": result.defaultValue = ScalarResolution.json(value)
            case "example":
                result.example = ScalarResolution.json(value)
                result.exampleLocation = location(value)
            case "minimum": result.minimum = number(value, field: key, in: "schema")
            case "maximum": result.maximum = number(value, field: key, in: "schema")
            case "exclusiveMinimum", "exclusiveMaximum":
                let bound: ExclusiveBound?
                if case .bool(let flag)? = ScalarResolution.resolve(value) {
                    if is31 {
                        // The 3.0 form: it says whether `minimum` (or `maximum`) is exclusive.
                        warning(
                            "'\(key): \(flag)' is the OpenAPI 3.0 form; 3.1 takes the bound itself (\(key): <number>). Read as 3.0 means it",
                            at: value, id: .keywordOfOtherVersion)
                    }
                    bound = .flag(flag)
                    if key == "exclusiveMinimum" {
                        exclusiveMinimumFlag = pair.key
                    } else {
                        exclusiveMaximumFlag = pair.key
                    }
                } else if !is31, Self.isNumber(ScalarResolution.resolve(value)) {
                    warning(
                        "a numeric '\(key)' is the OpenAPI 3.1 form; 3.0 takes a boolean beside '\(key == "exclusiveMinimum" ? "minimum" : "maximum")'. Read as 3.1 means it",
                        at: value, id: .keywordOfOtherVersion)
                    bound = number(value, field: key, in: "schema").map(ExclusiveBound.value)
                } else if !is31 {
                    wrongType("a boolean (true or false)", for: key, in: "schema", found: value)
                    bound = nil
                } else {
                    bound = number(value, field: key, in: "schema").map(ExclusiveBound.value)
                }
                if key == "exclusiveMinimum" {
                    result.exclusiveMinimum = bound
                } else {
                    result.exclusiveMaximum = bound
                }
            case "multipleOf": result.multipleOf = number(value, field: key, in: "schema")
            case "minLength": result.minLength = nonNegative(value, key)
            case "maxLength": result.maxLength = nonNegative(value, key)
            case "pattern": result.pattern = string(value, field: key, in: "schema")
            case "minItems": result.minItems = nonNegative(value, key)
            case "maxItems": result.maxItems = nonNegative(value, key)
            case "uniqueItems": result.uniqueItems = bool(value, field: key, in: "schema") ?? false
            case "minProperties": result.minProperties = nonNegative(value, key)
            case "maxProperties": result.maxProperties = nonNegative(value, key)
            case "nullable":
                if is31 {
                    warning(
                        "'nullable' is the OpenAPI 3.0 form; 3.1 writes type: [..., 'null']. Read as 3.0 means it: the value may be null",
                        at: pair.key,
                        id: .nullableIn31)
                }
                result.nullable = bool(value, field: key, in: "schema") ?? false
            case "readOnly": result.readOnly = bool(value, field: key, in: "schema") ?? false
            case "writeOnly": result.writeOnly = bool(value, field: key, in: "schema") ?? false
            case "deprecated": result.deprecated = bool(value, field: key, in: "schema") ?? false
            case "externalDocs": result.externalDocs = externalDocs(value)
            case "xml": result.xml = ScalarResolution.json(value)
            case "const" where is31: result.constValue = ScalarResolution.json(value)
            case "examples" where is31:
                if let items = value.sequence {
                    result.examples = items.map(ScalarResolution.json)
                } else {
                    wrongType("a sequence", for: key, in: "schema", found: value)
                }
            case "prefixItems" where is31:
                if let items = value.sequence {
                    result.prefixItems = items.compactMap(schema)
                } else {
                    wrongType("a sequence of schemas", for: key, in: "schema", found: value)
                }
            case "$defs" where is31, "definitions" where is31: result.defs = schemaMap(value, field: key)
            case "patternProperties" where is31: result.patternProperties = schemaMap(value, field: key)
            case "propertyNames" where is31: result.propertyNames = schema(value)
            case "$id" where is31: result.id = string(value, field: key, in: "schema")
            case "$anchor" where is31:
                result.anchor = string(value, field: key, in: "schema")
                if let anchor = result.anchor, !Self.isValidAnchor(anchor) {
                    error(
                        "invalid '$anchor' '\(anchor)'; it must start with a letter or '_' and contain only letters, digits, '-', '.' and '_'",
                        at: value, id: .invalidValue)
                }
            case "$dynamicAnchor" where is31: result.dynamicAnchor = string(value, field: key, in: "schema")
            case "$dynamicRef" where is31: result.dynamicRef = string(value, field: key, in: "schema")
            case "$schema" where is31: result.schemaDialect = string(value, field: key, in: "schema")
            case "contentEncoding" where is31: result.contentEncoding = string(value, field: key, in: "schema")
            case "contentMediaType" where is31: result.contentMediaType = string(value, field: key, in: "schema")
            case "contentSchema" where is31: result.contentSchema = schema(value)
            case "$comment" where is31: continue
            default:
                if key.hasPrefix("x-") {
                    result.extensions.set(key, ScalarResolution.json(value), at: location(pair.key))
                } else if is31, Self.rawKeywords31.contains(key) {
                    result.otherKeywords.set(key, ScalarResolution.json(value), at: location(pair.key))
                } else {
                    unknown.append(pair)
                }
            }
        }
        if !refSiblings.isEmpty, let first = refSiblings.first {
            let list = refSiblings.compactMap(\.scalar).map { "'\($0)'" }.joined(separator: ", ")
            warning("keys beside '$ref' are ignored in OpenAPI 3.0: \(list)", at: first, id: .refSiblings)
        }
        for (flag, bound, keyword) in [
            (exclusiveMinimumFlag, result.minimum, "minimum"), (exclusiveMaximumFlag, result.maximum, "maximum"),
        ] {
            guard let flag, bound == nil else { continue }
            let name = "exclusive" + keyword.prefix(1).uppercased() + keyword.dropFirst()
            if is31 {
                warning(
                    "'\(name)' without '\(keyword)' bounds nothing; it is ignored", at: flag, id: .keywordOfOtherVersion
                )
            } else {
                error("'\(name)' needs '\(keyword)' in OpenAPI 3.0", at: flag, id: .missingField)
            }
        }
        for pair in unknown {
            reportUnknownSchemaKeyword(pair.key)
        }
        return result
    }

    /// `$anchor` must match `^[A-Za-z_][-A-Za-z0-9._]*$` (JSON Schema 2020-12).
    static func isValidAnchor(_ anchor: String) -> Bool {
        let bytes = Array(anchor.utf8)
        guard let first = bytes.first else { return false }
        func isLetter(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) }
        guard isLetter(first) || first == 0x5F else { return false }
        return bytes.dropFirst().allSatisfy { byte in
            isLetter(byte) || (0x30...0x39).contains(byte) || byte == 0x2D || byte == 0x2E || byte == 0x5F
        }
    }

    private func reportUnknownSchemaKeyword(_ keyNode: YAMLNode) {
        let key = keyNode.scalar ?? ""
        let is31 = version >= .v3_1
        let known = is31 ? Self.schemaKeywords30 + Self.schemaKeywords31Only : Self.schemaKeywords30
        if !is31, Self.schemaKeywords31Only.contains(key) || Self.rawKeywords31.contains(key) {
            warning("'\(key)' is a JSON Schema keyword that OpenAPI 3.0 does not support", at: keyNode, id: .unknownKey)
            return
        }
        var message = "unknown key '\(key)' in schema"
        if let suggestion = Suggestion.closest(to: key, in: known) { message += "; did you mean '\(suggestion)'?" }
        warning(message, at: keyNode, id: .unknownKey)
    }

    private func schemaMap(_ node: YAMLNode, field: String) -> OrderedMap<JSONSchema> {
        map(node, field: field, in: "schema", allowExtensions: false) { _, value in self.schema(value) }
    }

    private func nonNegative(_ node: YAMLNode, _ field: String) -> Int? {
        guard let value = int(node, field: field, in: "schema") else { return nil }
        if value < 0 {
            error("'\(field)' must not be negative", at: node, id: .invalidValue)
            return nil
        }
        return value
    }

    private func schemaTypes(_ node: YAMLNode) -> [JSONType] {
        let nodes: [YAMLNode]
        if let items = node.sequence {
            if version == .v3_0 {
                warning(
                    "a list of types is the OpenAPI 3.1 form; 3.0 takes one type (and nullable: true). Read as 3.1 means it",
                    at: node, id: .keywordOfOtherVersion)
            }
            nodes = Array(items)
        } else {
            nodes = [node]
        }
        var result: [JSONType] = []
        for item in nodes {
            guard let text = string(item, field: "type", in: "schema") else { continue }
            guard let type = JSONType(rawValue: text), version >= .v3_1 || type != .null || node.kind == .sequence
            else {
                let allowed =
                    version >= .v3_1
                    ? "array, boolean, integer, null, number, object, string"
                    : "array, boolean, integer, number, object, string"
                let hint = version == .v3_0 && text == "null" ? " (use nullable: true in OpenAPI 3.0)" : ""
                error(
                    "invalid value '\(text)' for 'type' in schema; expected one of \(allowed)\(hint)", at: item,
                    id: .invalidValue)
                continue
            }
            result.append(type)
        }
        return result
    }

    func discriminator(_ node: YAMLNode) -> Discriminator? {
        guard var object = object(node, "discriminator") else { return nil }
        defer { object.finish() }
        return Discriminator(
            propertyName: object.requiredString("propertyName"),
            mapping: object.map("mapping") { key, value in self.string(value, field: key, in: "discriminator mapping")
            },
            extensions: object.extensions(), location: object.location)
    }

    /// True for an integer or another number.
    private static func isNumber(_ value: JSONValue?) -> Bool {
        switch value {
        case .integer?, .number?: true
        default: false
        }
    }
}
