internal import YAMLLoader

extension DecodingContext {
    func requestBody(_ node: YAMLNode) -> RequestBody? {
        guard var object = object(node, "request body") else { return nil }
        defer { object.finish() }
        if !object.has("content") { object.missing("content") }
        return RequestBody(
            description: object.string("description"),
            content: object.map("content") { _, value in self.mediaType(value) },
            required: object.bool("required") ?? false,
            extensions: object.extensions(), location: object.location)
    }

    func response(_ node: YAMLNode) -> Response? {
        guard var object = object(node, "response") else { return nil }
        defer { object.finish() }
        if object.value("description") == nil { object.missing("description") }
        let description = object.string("description")
        return Response(
            description: description,
            headers: object.map("headers") { _, value in self.referenceable(value, "header", decode: self.header) },
            content: object.map("content") { _, value in self.mediaType(value) },
            links: object.map("links") { _, value in self.referenceable(value, "link", decode: self.link) },
            extensions: object.extensions(), location: object.location)
    }

    func mediaType(_ node: YAMLNode) -> MediaType? {
        guard var object = object(node, "media type") else { return nil }
        defer { object.finish() }
        let example = object.pair("example")
        var mediaType = MediaType(
            schema: object.object("schema", schema),
            example: example.map { ScalarResolution.json($0.value) },
            examples: object.map("examples") { _, value in self.referenceable(value, "example", decode: self.example) },
            encoding: object.map("encoding") { _, value in self.encoding(value) },
            extensions: object.extensions(), location: object.location)
        mediaType.itemSchema = object.object("itemSchema", schema)
        return mediaType
    }

    func encoding(_ node: YAMLNode) -> Encoding? {
        guard var object = object(node, "encoding") else { return nil }
        defer { object.finish() }
        return Encoding(
            contentType: object.string("contentType"),
            headers: object.map("headers") { _, value in self.referenceable(value, "header", decode: self.header) },
            style: object.enumeration("style", Parameter.Style.self, allowed: Parameter.Style.allCases),
            explode: object.bool("explode"),
            allowReserved: object.bool("allowReserved") ?? false,
            extensions: object.extensions(), location: object.location)
    }

    func example(_ node: YAMLNode) -> Example? {
        guard var object = object(node, "example") else { return nil }
        defer { object.finish() }
        let value = object.json("value")
        let externalValue = object.string("externalValue")
        if value != nil, externalValue != nil {
            error("example has both 'value' and 'externalValue'; use one", at: node, id: .exampleValue)
        }
        return Example(
            summary: object.string("summary"), description: object.string("description"),
            value: value, externalValue: externalValue,
            extensions: object.extensions(), location: object.location)
    }

    func link(_ node: YAMLNode) -> Link? {
        guard var object = object(node, "link") else { return nil }
        defer { object.finish() }
        let operationRef = object.string("operationRef")
        let operationId = object.string("operationId")
        if operationRef != nil, operationId != nil {
            error("link has both 'operationRef' and 'operationId'; use one", at: node, id: .linkTarget)
        }
        return Link(
            operationRef: operationRef, operationId: operationId,
            parameters: object.map("parameters") { _, value in ScalarResolution.json(value) },
            requestBody: object.json("requestBody"),
            description: object.string("description"),
            server: object.object("server", server),
            extensions: object.extensions(), location: object.location)
    }
}
