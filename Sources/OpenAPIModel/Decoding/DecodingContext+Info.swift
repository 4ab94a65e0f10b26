internal import YAMLLoader

extension DecodingContext {
    func info(_ node: YAMLNode) -> Info? {
        guard var object = object(node, "info", field: "info") else { return nil }
        defer { object.finish() }
        return Info(
            title: object.requiredString("title"),
            version: object.requiredString("version"),
            summary: version >= .v3_1 ? object.string("summary") : nil,
            description: object.string("description"),
            termsOfService: object.string("termsOfService"),
            contact: object.object("contact", contact),
            license: object.object("license", license),
            extensions: object.extensions(),
            location: object.location)
    }

    func contact(_ node: YAMLNode) -> Contact? {
        guard var object = object(node, "contact") else { return nil }
        defer { object.finish() }
        return Contact(
            name: object.string("name"), url: object.string("url"), email: object.string("email"),
            extensions: object.extensions(), location: object.location)
    }

    func license(_ node: YAMLNode) -> License? {
        guard var object = object(node, "license") else { return nil }
        defer { object.finish() }
        return License(
            name: object.requiredString("name"),
            identifier: version >= .v3_1 ? object.string("identifier") : nil,
            url: object.string("url"),
            extensions: object.extensions(), location: object.location)
    }

    func tag(_ node: YAMLNode) -> Tag? {
        guard var object = object(node, "tag") else { return nil }
        defer { object.finish() }
        return Tag(
            name: object.requiredString("name"), description: object.string("description"),
            externalDocs: object.object("externalDocs", externalDocs),
            extensions: object.extensions(), location: object.location, nameLocation: object.keyLocation("name"))
    }

    func externalDocs(_ node: YAMLNode) -> ExternalDocumentation? {
        guard var object = object(node, "external docs") else { return nil }
        defer { object.finish() }
        return ExternalDocumentation(
            url: object.requiredString("url"), description: object.string("description"),
            extensions: object.extensions(), location: object.location)
    }

    func server(_ node: YAMLNode) -> Server? {
        guard var object = object(node, "server") else { return nil }
        defer { object.finish() }
        return Server(
            url: object.requiredString("url"), description: object.string("description"),
            variables: object.map("variables") { _, value in self.serverVariable(value) },
            extensions: object.extensions(), location: object.location, urlLocation: object.keyLocation("url"))
    }

    func serverVariable(_ node: YAMLNode) -> ServerVariable? {
        guard var object = object(node, "server variable") else { return nil }
        defer { object.finish() }
        let values = object.strings("enum")
        if let values, values.isEmpty, let enumNode = object.value("enum") {
            error("'enum' in server variable must not be empty", at: enumNode, id: .invalidValue)
        }
        return ServerVariable(
            enumValues: values, defaultValue: object.requiredString("default"),
            description: object.string("description"),
            extensions: object.extensions(), location: object.location, defaultLocation: object.keyLocation("default"))
    }
}
