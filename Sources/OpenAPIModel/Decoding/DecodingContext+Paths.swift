internal import YAMLLoader

extension DecodingContext {
    func paths(_ node: YAMLNode) -> OrderedMap<Referenceable<PathItem>> {
        map(node, field: "paths", in: "document", allowExtensions: true) { key, value in
            if !key.hasPrefix("/") {
                let keyNode = node.mapping?.first { $0.key.isScalar(key) }?.key ?? value
                self.error("path '\(key)' must start with '/'", at: keyNode, id: .invalidPath)
            }
            return self.pathItemOrReference(value)
        }
    }

    /// Path items may hold a `$ref` *and* their own fields, so they are decoded as items carrying an optional ref;
    /// a bare `{$ref: ...}` becomes a reference.
    func pathItemOrReference(_ node: YAMLNode) -> Referenceable<PathItem>? {
        if let pairs = node.mapping, pairs.count == 1, pairs[0].key.isScalar("$ref") {
            return reference(pairs[0], siblings: pairs, allowed: []).map { .reference($0) }
        }
        return pathItem(node).map { .value($0) }
    }

    func pathItem(_ node: YAMLNode) -> PathItem? {
        guard var object = object(node, "path item") else { return nil }
        defer { object.finish() }
        let ref = object.pair("$ref").flatMap { reference($0, siblings: [YAMLPair](), allowed: []) }
        var operations: [Operation] = []
        for method in HTTPMethod.allCases {
            if let pair = object.pair(method.rawValue), let operation = operation(pair, method: method) {
                operations.append(operation)
            }
        }
        operations.sort { lhs, rhs in lhs.location < rhs.location }
        return PathItem(
            ref: ref, summary: object.string("summary"), description: object.string("description"),
            operations: operations,
            servers: object.array("servers", server) ?? [],
            parameters: object.array("parameters") { self.referenceable($0, "parameter", decode: self.parameter) }
                ?? [],
            extensions: object.extensions(), location: object.location)
    }

    func operation(_ pair: YAMLPair, method: HTTPMethod) -> Operation? {
        guard var object = object(pair.value, "operation", field: method.rawValue) else { return nil }
        defer { object.finish() }
        let responsesPair = object.pair("responses")
        if responsesPair == nil, version == .v3_0 { object.missing("responses") }
        let operationIdPair = object.pair("operationId")
        return Operation(
            method: method,
            tags: object.strings("tags") ?? [],
            summary: object.string("summary"),
            description: object.string("description"),
            externalDocs: object.object("externalDocs", externalDocs),
            operationId: operationIdPair.flatMap { string($0.value, field: "operationId", in: "operation") },
            operationIdLocation: operationIdPair.map { location($0.value) },
            parameters: object.array("parameters") { self.referenceable($0, "parameter", decode: self.parameter) }
                ?? [],
            requestBody: object.object("requestBody") {
                self.referenceable($0, "request body", decode: self.requestBody)
            },
            responses: responsesPair.map { responses($0.value) } ?? OrderedMap(),
            responsesLocation: responsesPair.map { location($0.key) },
            callbacks: object.map("callbacks") { _, value in
                self.referenceable(value, "callback", decode: self.callback)
            },
            deprecated: object.bool("deprecated") ?? false,
            security: object.array("security", securityRequirement),
            servers: object.array("servers", server) ?? [],
            extensions: object.extensions(),
            location: location(pair.key),
            // `strings` keeps exactly the scalar items, so these line up with `tags`.
            tagLocations: object.pair("tags")?.value.sequence?.filter { $0.kind == .scalar }.map(location) ?? [],
            requestBodyLocation: object.keyLocation("requestBody"))
    }

    func responses(_ node: YAMLNode) -> OrderedMap<Referenceable<Response>> {
        guard let pairs = node.mapping else {
            wrongType("a mapping", for: "responses", in: "operation", found: node)
            return OrderedMap()
        }
        var result = OrderedMap<Referenceable<Response>>()
        for pair in pairs {
            guard let key = pair.key.scalar else { continue }
            if key.hasPrefix("x-") { continue }
            guard ResponseStatus(key) != nil else {
                error(
                    "invalid response status code '\(key)'; expected 100-599, 1XX-5XX or default", at: pair.key,
                    id: .invalidStatusCode)
                continue
            }
            if let response = referenceable(pair.value, "response", decode: response) {
                result.set(key, response, at: location(pair.key))
            }
        }
        if result.isEmpty, version == .v3_0, pairs.allSatisfy({ $0.key.scalar?.hasPrefix("x-") ?? false }) {
            error("'responses' must contain at least one response", at: node, id: .missingField)
        }
        return result
    }

    func callback(_ node: YAMLNode) -> Callback? {
        guard node.mapping != nil else {
            wrongType("a mapping", for: nil, in: "callback", found: node)
            return nil
        }
        var extensions = OrderedMap<JSONValue>()
        for pair in node.mapping.map(Array.init) ?? [] where pair.key.scalar?.hasPrefix("x-") == true {
            extensions.set(pair.key.scalar ?? "", ScalarResolution.json(pair.value), at: location(pair.key))
        }
        return Callback(
            expressions: map(node, field: "callback", in: "callbacks", allowExtensions: true) { _, value in
                self.pathItemOrReference(value)
            },
            extensions: extensions, location: location(node))
    }
}
