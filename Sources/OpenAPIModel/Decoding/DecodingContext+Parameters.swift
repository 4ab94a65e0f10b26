internal import YAMLLoader

extension DecodingContext {
    func parameter(_ node: YAMLNode) -> Parameter? {
        guard var object = object(node, "parameter") else { return nil }
        defer { object.finish() }
        let name = object.requiredString("name")
        let inNode = object.value("in")
        var place: Parameter.Location?
        if let inNode, let text = string(inNode, field: "in", in: "parameter") {
            place = Parameter.Location(rawValue: text)
            if place == nil {
                let hint =
                    text == "body" || text == "formData" ? " (Swagger 2.0 uses 'body'; OpenAPI 3 uses requestBody)" : ""
                error(
                    "invalid value '\(text)' for 'in' in parameter; expected one of query, header, path, cookie\(hint)",
                    at: inNode, id: .invalidValue)
            }
        } else if inNode == nil {
            object.missing("in")
        }
        let required = object.bool("required")
        if place == .path, required != true {
            warning(
                "path parameter '\(name)' must be required (required: true); it is treated as required",
                at: node, id: .pathParameterRequired)
        }
        let schema = object.object("schema", schema)
        let content = object.map("content") { _, value in self.mediaType(value) }
        checkSchemaOrContent(schema: schema != nil, content: content, object: object, name: "parameter '\(name)'")
        let allowReserved = object.pair("allowReserved")
        if let allowReserved, let place, place != .query {
            error(
                "'allowReserved' only applies to query parameters, not to \(place.rawValue) parameter '\(name)'",
                at: allowReserved.key, id: .invalidField)
        }
        return Parameter(
            name: name, location: place ?? .query,
            description: object.string("description"),
            required: place == .path || (required ?? false),
            deprecated: object.bool("deprecated") ?? false,
            allowEmptyValue: object.bool("allowEmptyValue") ?? false,
            style: object.enumeration("style", Parameter.Style.self, allowed: Parameter.Style.allCases),
            explode: object.bool("explode"),
            allowReserved: allowReserved.flatMap { bool($0.value, field: "allowReserved", in: "parameter") } ?? false,
            schema: schema,
            example: object.json("example"),
            examples: object.map("examples") { _, value in self.referenceable(value, "example", decode: self.example) },
            content: content,
            extensions: object.extensions(),
            sourceLocation: object.location)
    }

    func header(_ node: YAMLNode) -> Header? {
        guard var object = object(node, "header") else { return nil }
        defer { object.finish() }
        let schema = object.object("schema", schema)
        let content = object.map("content") { _, value in self.mediaType(value) }
        checkSchemaOrContent(schema: schema != nil, content: content, object: object, name: "header")
        if let allowReserved = object.pair("allowReserved") {
            error(
                "'allowReserved' only applies to query parameters, not to headers", at: allowReserved.key,
                id: .invalidField)
        }
        return Header(
            description: object.string("description"),
            required: object.bool("required") ?? false,
            deprecated: object.bool("deprecated") ?? false,
            style: object.enumeration("style", Parameter.Style.self, allowed: [.simple]),
            explode: object.bool("explode"),
            schema: schema,
            example: object.json("example"),
            examples: object.map("examples") { _, value in self.referenceable(value, "example", decode: self.example) },
            content: content,
            extensions: object.extensions(), location: object.location)
    }

    /// A parameter or header has exactly one of `schema` and `content`, and `content` holds one media type.
    private func checkSchemaOrContent(
        schema: Bool, content: OrderedMap<MediaType>, object: ObjectReader, name: String
    ) {
        if schema, !content.isEmpty {
            error("\(name) has both 'schema' and 'content'; use one", at: object.node, id: .schemaOrContent)
        } else if content.count > 1 {
            error("'content' of \(name) must hold exactly one media type", at: object.node, id: .schemaOrContent)
        }
    }
}
