internal import Diagnostics
internal import YAMLLoader

extension DecodingContext {
    func components(_ node: YAMLNode) -> Components {
        var result = Components()
        guard var object = object(node, "components", field: "components") else { return result }
        defer { object.finish() }
        if let schemas = object.value("schemas") { result.schemas = componentSchemas(schemas) }
        result.responses = object.map("responses") { _, value in
            self.referenceable(value, "response", decode: self.response)
        }
        result.parameters = object.map("parameters") { _, value in
            self.referenceable(value, "parameter", decode: self.parameter)
        }
        result.examples = object.map("examples") { _, value in
            self.referenceable(value, "example", decode: self.example)
        }
        result.requestBodies = object.map("requestBodies") { _, value in
            self.referenceable(value, "request body", decode: self.requestBody)
        }
        result.headers = object.map("headers") { _, value in self.referenceable(value, "header", decode: self.header) }
        result.securitySchemes = object.map("securitySchemes") { _, value in
            self.referenceable(value, "security scheme", decode: self.securityScheme)
        }
        result.links = object.map("links") { _, value in self.referenceable(value, "link", decode: self.link) }
        result.callbacks = object.map("callbacks") { _, value in
            self.referenceable(value, "callback", decode: self.callback)
        }
        if version >= .v3_1 {
            result.pathItems = object.map("pathItems") { _, value in self.pathItemOrReference(value) }
        }
        result.extensions = object.extensions()
        return result
    }

    /// `components/schemas`. A large one (generated documents hold tens of thousands) is decoded in two halves at
    /// once, the second by a context of its own whose diagnostics follow this one's; the result is the same as one
    /// pass in order.
    private func componentSchemas(_ node: YAMLNode) -> OrderedMap<JSONSchema> {
        func decode(_ context: DecodingContext, _ node: YAMLNode, _ range: Range<Int>) -> OrderedMap<JSONSchema> {
            context.map(node, field: "schemas", in: "components", allowExtensions: false, range: range) { key, value in
                context.checkComponentName(key, value)
                return context.schema(value)
            }
        }
        guard let count = node.mapping?.count, count >= Self.parallelSchemaCount else {
            return decode(self, node, 0..<(node.mapping?.count ?? 0))
        }
        let second = DecodingContext(file: file)
        second.version = version
        var (result, rest) = LargeStack.concurrently(
            { decode(self, node, 0..<(count / 2)) }, { decode(second, node, (count / 2)..<count) })
        for entry in rest { result.set(entry.key, entry.value, at: entry.keyLocation) }
        absorb(second)
        return result
    }

    /// Component schemas from which decoding is split over two threads; far above what hand-written documents have.
    static let parallelSchemaCount = 4_000

    /// Component names must match `^[a-zA-Z0-9._-]+$` so that references to them are plain JSON pointers.
    private func checkComponentName(_ name: String, _ node: YAMLNode) {
        let valid =
            !name.isEmpty
            && name.utf8.allSatisfy { byte in
                (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
                    || byte == 0x2E || byte == 0x5F || byte == 0x2D
            }
        if !valid {
            warning(
                "component name '\(name)' should only contain letters, digits, '.', '_' and '-'", at: node,
                id: .componentName)
        }
    }
}
