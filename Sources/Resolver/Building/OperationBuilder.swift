internal import Diagnostics
internal import OpenAPIModel

/// Builds `ResolvedOperation`s: follows references to path items, parameters, bodies, responses, headers and
/// callbacks (in any file), merges path-level parameters, and asks the `TypeBuilder` for every schema's type.
final class OperationBuilder {
    let documents: DocumentSet
    let types: TypeBuilder
    let document: OpenAPIDocument
    private var operationScope = NameScope(kind: "operation")
    /// The operation identifiers given out so far (`ResolvedOperation.identifier`).
    private var claimedIdentifiers: Set<String> = []
    /// Objects decoded from reference targets, by kind and canonical key: a response such as `Unauthorized` is
    /// referenced by nearly every operation but decoded once.
    private var fragments = [String: AnyObject](minimumCapacity: 256)
    private var componentNames: [String: String] = [:]
    /// Responses and parameters from components, resolved once: most operations share the same few.
    private var componentResponses: [String: (headers: [ResolvedHeader], contents: [ResolvedContent])] = [:]
    private var componentParameters: [String: ResolvedParameter] = [:]

    /// A followed object, boxed so the cache hands it out without copying or casting a value type.
    private final class Fragment<T> {
        let value: T
        let file: String
        let key: String?
        init(value: T, file: String, key: String?) {
            self.value = value
            self.file = file
            self.key = key
        }
    }

    /// The Swift type name of the component a canonical key points at, e.g. `Unauthorized` for
    /// `.../openapi.yaml#/components/responses/Unauthorized`.
    private func componentTypeName(_ key: String, file: String) -> String {
        if let known = componentNames[key] { return known }
        let name = SwiftName.typeName(TypeBuilder.name(forPointer: Self.pointer(of: key), file: file))
        componentNames[key] = name
        return name
    }

    /// Names in `components.securitySchemes`, read once rather than per requirement.
    private let declaredSchemes: Set<String>

    /// Document-level security and servers, resolved once: every operation without its own inherits them.
    private var documentSecurity: [ResolvedSecurityRequirement]?
    private var documentServers: [ResolvedServer]?

    init(documents: DocumentSet, types: TypeBuilder, document: OpenAPIDocument) {
        self.documents = documents
        self.types = types
        self.document = document
        declaredSchemes = Set(document.components.securitySchemes.keys)
    }

    private func inheritedSecurity() -> [ResolvedSecurityRequirement] {
        if let documentSecurity { return documentSecurity }
        let resolved = (document.security ?? []).map(resolveSecurity)
        documentSecurity = resolved
        return resolved
    }

    private func inheritedServers() -> [ResolvedServer] {
        if let documentServers { return documentServers }
        let resolved = resolvedServers(document.servers)
        documentServers = resolved
        return resolved
    }

    private var root: String { documents.rootAbsolutePath }

    func report(_ diagnostic: Diagnostic) { types.diagnostics.report(diagnostic) }

    // MARK: References

    /// Follows a reference to an object of kind `T`: a component of the root document is the object its decoder
    /// produced; any other target is decoded once as a fragment of its file.
    private func follow<T>(
        _ value: Referenceable<T>, from file: String, as expected: ReferencedKind<T>, depth: Int = 0
    ) -> (value: T, file: String, key: String?)? {
        switch value {
        case .value(let value):
            return (value, file, nil)
        case .reference(let reference):
            guard depth < 32 else {
                report(
                    Diagnostic(
                        .error, "reference '\(reference.ref)' is part of a reference loop", at: reference.location,
                        id: .refCycle))
                return nil
            }
            guard let target = documents.resolve(reference, from: file, expecting: expected.kind) else { return nil }
            let fragmentKey = expected.kind.rawValue + "\u{0}" + target.key
            if let cached = fragments[fragmentKey] as? Fragment<T> {
                return (cached.value, cached.file, cached.key)
            }
            guard let decoded = decoded(target, as: expected) else {
                documents.reportOnce(
                    Diagnostic(
                        .error, "reference '\(reference.ref)' does not point at \(expected.kind.described)",
                        at: reference.location, id: .refWrongKind))
                return nil
            }
            let followed = follow(decoded, from: target.absolutePath, as: expected, depth: depth + 1)
                .map { (value: $0.value, file: $0.file, key: $0.key ?? target.key) }
            if let followed {
                fragments[fragmentKey] = Fragment(value: followed.value, file: followed.file, key: followed.key)
            }
            return followed
        }
    }

    /// The object at a reference target: the root document's component as decoded, else the target's node decoded
    /// as a `T`; `nil` when the node is not one.
    ///
    /// A place in the root document was decoded with it, and its problems reported then: it is decoded again here
    /// without reporting, and taken when the document's structure says it holds a `T` (`DocumentPlace`), or, in a
    /// place the structure does not describe (an extension), when it decodes without errors.
    private func decoded<T>(_ target: DocumentSet.Target, as expected: ReferencedKind<T>) -> Referenceable<T>? {
        if let name = target.rootComponent { return documents.rootComponents[keyPath: expected.section][name] }
        guard let node = target.node else { return nil }
        let decoder = FragmentDecoder(
            file: target.displayPath, version: document.version, convertsSwagger2: target.readsSwagger2)
        guard let decoded = expected.decode(decoder, node) else { return nil }
        guard target.isInRoot else {
            decoder.diagnostics.forEach(documents.reportOnce)
            return decoded
        }
        if target.place == .object(expected.kind) { return decoded }
        return decoder.diagnostics.contains { $0.severity == .error } ? nil : decoded
    }

    // MARK: Operations

    func operations() -> [ResolvedOperation] {
        var result: [ResolvedOperation] = []
        for entry in document.paths {
            guard
                let (item, file, key) = follow(
                    entry.value, from: root, as: .pathItem)
            else { continue }
            let merged = mergedPathItem(item, file: file)
            let itemKey = key ?? "\(root)#/paths/\(JSONPointer.escape(entry.key))"
            for operation in merged.item.operations {
                result.append(
                    resolve(
                        operation, path: entry.key, item: merged.item, file: merged.file, namePrefix: "",
                        position: "\(itemKey)/\(operation.method.rawValue)"))
            }
        }
        return result
    }

    func webhooks() -> [(name: String, operations: [ResolvedOperation])] {
        document.webhooks.compactMap { entry in
            guard
                let (item, file, _) = follow(
                    entry.value, from: root, as: .pathItem)
            else { return nil }
            let operations = item.operations.map {
                resolve($0, path: entry.key, item: item, file: file, namePrefix: entry.key + " ")
            }
            return (entry.key, operations)
        }
    }

    /// A path item with `$ref` and fields of its own: the referenced item's operations, overridden by its own.
    private func mergedPathItem(_ item: PathItem, file: String) -> (item: PathItem, file: String) {
        guard let reference = item.ref,
            let (target, targetFile, _) = follow(
                .reference(reference), from: file, as: .pathItem)
        else { return (item, file) }
        var merged = target
        for operation in item.operations {
            merged.operations.removeAll { $0.method == operation.method }
            merged.operations.append(operation)
        }
        merged.parameters += item.parameters
        return (merged, item.operations.isEmpty ? targetFile : file)
    }

    /// - Parameter position: the operation's canonical key (`file#/paths/~1a/get`), so that a `$ref` into one of
    ///   its inline schemas finds the type the operation declared.
    private func resolve(
        _ operation: Operation, path: String, item: PathItem, file: String, namePrefix: String, position: String? = nil
    ) -> ResolvedOperation {
        let original = operation.operationId ?? "\(namePrefix)\(operation.method.rawValue) \(Self.describe(path))"
        let name = operationScope.claim(
            SwiftName.memberName(original), for: original, at: operation.operationIdLocation ?? operation.location,
            diagnostics: types.diagnostics)
        let typeName = SwiftName.typeName(name)
        let parameters = resolveParameters(item.parameters + operation.parameters, file: file, typeName: typeName)
        // Callback and webhook keys are runtime expressions and names, not path templates.
        if namePrefix.isEmpty { checkPathTemplate(path, parameters: parameters, operation: operation) }
        var identifier = operation.operationId ?? name
        var suffix = 1
        while !claimedIdentifiers.insert(identifier).inserted {
            suffix += 1
            identifier = name + String(suffix)
        }
        var resolved = ResolvedOperation(
            name: name, operationId: operation.operationId, operationIdLocation: operation.operationIdLocation,
            method: operation.method, path: path,
            summary: operation.summary, description: operation.description, tags: operation.tags,
            tagLocations: operation.tagLocations,
            deprecated: operation.deprecated, parameters: parameters,
            requestBody: operation.requestBody.flatMap {
                resolveBody($0, file: file, typeName: typeName, position: position.map { $0 + "/requestBody" })
            },
            requestBodyLocation: operation.requestBodyLocation,
            responses: resolveResponses(operation.responses, file: file, typeName: typeName, position: position),
            security: operation.security.map { $0.map(resolveSecurity) } ?? inheritedSecurity(),
            declaresSecurity: operation.security != nil,
            servers: !operation.servers.isEmpty
                ? resolvedServers(operation.servers)
                : !item.servers.isEmpty ? resolvedServers(item.servers) : inheritedServers(),
            callbacks: resolveCallbacks(operation.callbacks, file: file, typeName: typeName),
            location: operation.location)
        resolved.identifier = identifier
        return resolved
    }

    /// `/rest/accounts/{account-id}` → `rest accounts by account-id`, for operations without an operationId.
    static func describe(_ path: String) -> String {
        path.split(separator: "/").map { segment in
            segment.hasPrefix("{") && segment.hasSuffix("}") ? "by " + segment.dropFirst().dropLast() : String(segment)
        }.joined(separator: " ")
    }

    // MARK: Parameters

    private func resolveParameters(
        _ all: [Referenceable<Parameter>], file: String, typeName: String
    ) -> [ResolvedParameter] {
        var resolved: [(parameter: Parameter, file: String, key: String?)] = []
        for value in all {
            guard let parameter = follow(value, from: file, as: .parameter) else {
                continue
            }
            // Operation-level parameters override path-level ones with the same name and location.
            resolved.removeAll {
                $0.parameter.name == parameter.value.name && $0.parameter.location == parameter.value.location
            }
            resolved.append((parameter.value, parameter.file, parameter.key))
        }
        var scope = NameScope(kind: "parameter")
        return resolved.map { parameter, parameterFile, key in
            if let key, var shared = componentParameters[key] {
                shared.name = scope.claim(
                    SwiftName.memberName(parameter.name), for: parameter.name, at: parameter.sourceLocation,
                    diagnostics: types.diagnostics)
                return shared
            }
            // A shared component parameter's inline schema is named after the component, not its first user.
            let hint =
                key.map { TypeBuilder.name(forPointer: Self.pointer(of: $0), file: parameterFile) }
                ?? typeName + SwiftName.typeName(parameter.name)
            var type: TypeRef = .primitive(.string)
            var contentType: String?
            if let schema = parameter.schema {
                type = types.typeRef(
                    SchemaSite(schema: schema, file: parameterFile, key: key.map { $0 + "/schema" }), hint: hint)
            } else if let content = parameter.content.first {
                contentType = content.key
                if let schema = content.value.schema {
                    type = types.typeRef(SchemaSite(schema: schema, file: parameterFile, key: nil), hint: hint)
                }
            }
            let name = scope.claim(
                SwiftName.memberName(parameter.name), for: parameter.name, at: parameter.sourceLocation,
                diagnostics: types.diagnostics)
            let resolvedParameter = ResolvedParameter(
                name: name, wireName: parameter.name, location: parameter.location, style: parameter.effectiveStyle,
                explode: parameter.effectiveExplode, required: parameter.required, deprecated: parameter.deprecated,
                allowReserved: parameter.allowReserved, type: type, contentType: contentType,
                description: parameter.description, defaultValue: parameter.schema?.defaultValue,
                sourceLocation: parameter.sourceLocation,
                constraints: parameter.schema.flatMap(types.constraints(of:)))
            if let key { componentParameters[key] = resolvedParameter }
            return resolvedParameter
        }
    }

    /// The `{names}` of a path template, found on bytes.
    static func templateNames(_ path: String) -> [String] {
        var names: [String] = []
        var open: String.UTF8View.Index?
        for index in path.utf8.indices {
            switch path.utf8[index] {
            case UInt8(ascii: "{"): open = path.utf8.index(after: index)
            case UInt8(ascii: "}"):
                if let start = open { names.append(String(path[start..<index])) }
                open = nil
            default: break
            }
        }
        return names
    }

    private func checkPathTemplate(_ path: String, parameters: [ResolvedParameter], operation: Operation) {
        let declared = parameters.filter { $0.location == .path }.map(\.wireName)
        let templated = Self.templateNames(path)
        for name in templated where !declared.contains(name) {
            report(
                Diagnostic(
                    .error,
                    "path parameter '\(name)' of '\(operation.method.rawValue.uppercased()) \(path)' is not declared",
                    at: operation.location, id: .pathParameterUndeclared))
        }
        for parameter in parameters where parameter.location == .path && !templated.contains(parameter.wireName) {
            report(
                Diagnostic(
                    .error, "path parameter '\(parameter.wireName)' does not appear in the path '\(path)'",
                    at: parameter.sourceLocation, id: .pathParameterUnused))
        }
    }

    // MARK: Bodies and responses

    private func resolveBody(
        _ value: Referenceable<RequestBody>, file: String, typeName: String, position: String?
    ) -> ResolvedRequestBody? {
        guard
            let (body, bodyFile, key) = follow(
                value, from: file, as: .requestBody)
        else { return nil }
        let hint =
            key.map { componentTypeName($0, file: bodyFile) + "Request" }
            ?? typeName + "Request"
        return ResolvedRequestBody(
            required: body.required, description: body.description,
            contents: contents(body.content, file: bodyFile, key: key ?? position, hint: hint))
    }

    private func resolveResponses(
        _ responses: OrderedMap<Referenceable<Response>>, file: String, typeName: String, position: String?
    ) -> [ResolvedResponse] {
        let successCount = responses.entries.lazy.filter { ResponseStatus($0.key)?.isSuccess == true }.count
        var result: [ResolvedResponse] = []
        for entry in responses {
            guard let status = ResponseStatus(entry.key),
                let (response, responseFile, key) = follow(
                    entry.value, from: file, as: .response)
            else { continue }
            if let key, let shared = componentResponses[key] {
                result.append(
                    ResolvedResponse(
                        status: status, description: response.description, headers: shared.headers,
                        contents: shared.contents, location: response.location))
                continue
            }
            let positional =
                status.isSuccess && successCount == 1
                ? typeName + "Response" : typeName + SwiftName.typeName(status.description) + "Response"
            let hint =
                key.map { componentTypeName($0, file: responseFile) + "Response" }
                ?? positional
            var headerScope = NameScope(kind: "header")
            let headers: [ResolvedHeader] = response.headers.compactMap { header in
                guard
                    let (value, headerFile, _) = follow(
                        header.value, from: responseFile, as: .header)
                else { return nil }
                let type =
                    value.schema.map {
                        types.typeRef(
                            SchemaSite(schema: $0, file: headerFile, key: nil),
                            hint: hint + SwiftName.typeName(header.key))
                    } ?? .primitive(.string)
                let name = headerScope.claim(
                    SwiftName.memberName(header.key), for: header.key, at: header.keyLocation,
                    diagnostics: types.diagnostics)
                return ResolvedHeader(
                    name: name, wireName: header.key, required: value.required, type: type,
                    description: value.description)
            }
            let resolvedContents = contents(
                response.content, file: responseFile,
                key: key ?? position.map { "\($0)/responses/\(JSONPointer.escape(entry.key))" }, hint: hint)
            if let key { componentResponses[key] = (headers, resolvedContents) }
            result.append(
                ResolvedResponse(
                    status: status, description: response.description, headers: headers, contents: resolvedContents,
                    location: response.location))
        }
        return result.sorted { $0.status < $1.status }
    }

    private func contents(_ content: OrderedMap<MediaType>, file: String, key: String?, hint: String)
        -> [ResolvedContent]
    {
        // One media type's schema keeps the plain name, the others are named by their encoding: the first JSON one
        // (what the generated client sends and reads), else the first with a schema. So adding another media type
        // beside JSON renames nothing callers already use.
        let withSchema = content.entries.filter { $0.value.schema != nil }.map(\.key)
        let plain = withSchema.first { ResolvedContent.encoding(of: $0) == .json } ?? withSchema.first
        return content.map { entry in
            let encoding = ResolvedContent.encoding(of: entry.key)
            let suffix = withSchema.count <= 1 || entry.key == plain ? "" : SwiftName.typeName(encoding.rawValue)
            let schemaKey = key.map { "\($0)/content/\(JSONPointer.escape(entry.key))/schema" }
            let type = entry.value.schema.map {
                types.typeRef(SchemaSite(schema: $0, file: file, key: schemaKey), hint: hint + suffix)
            }
            let encodings = entry.value.encoding.entries.reduce(into: [String: String]()) { result, item in
                if let contentType = item.value.contentType { result[item.key] = contentType }
            }
            var content = ResolvedContent(
                mediaType: entry.key, encoding: encoding, type: type, propertyEncodings: encodings)
            if encoding == .eventStream || encoding == .jsonLines || encoding == .jsonSequence {
                if encoding == .eventStream, let itemSchema = entry.value.itemSchema,
                    let data = eventDataContentSchema(itemSchema)
                {
                    // A string `data` carrying JSON of its `contentSchema`: the events' data is that type.
                    let dataKey = key.map {
                        "\($0)/content/\(JSONPointer.escape(entry.key))/itemSchema/properties/data/contentSchema"
                    }
                    content.itemType = types.typeRef(
                        SchemaSite(schema: data, file: file, key: dataKey), hint: hint + suffix + "Data")
                } else if let itemSchema = entry.value.itemSchema {
                    let itemKey = key.map { "\($0)/content/\(JSONPointer.escape(entry.key))/itemSchema" }
                    content.itemType = types.typeRef(
                        SchemaSite(schema: itemSchema, file: file, key: itemKey), hint: hint + suffix + "Item")
                    content.itemDescribesEvent = encoding == .eventStream
                } else if case .array(let element)? = type?.nonNullable {
                    content.itemType = element
                } else {
                    content.itemType = type
                }
            }
            return content
        }
    }

    /// The `contentSchema` of the `data` property of an event `itemSchema` (OpenAPI 3.2's way to say the data is
    /// JSON of a schema), when the item schema is written in place or is a component of the root document.
    private func eventDataContentSchema(_ itemSchema: JSONSchema) -> JSONSchema? {
        var event = itemSchema
        if let reference = itemSchema.ref, reference.filePart.isEmpty, let fragment = reference.fragment,
            fragment.hasPrefix("/components/schemas/")
        {
            let name = JSONPointer.unescape(String(fragment.dropFirst("/components/schemas/".count)))
            guard let component = document.components.schemas[name] else { return nil }
            event = component
        }
        return event.properties["data"]?.contentSchema
    }

    static func pointer(of key: String) -> String {
        guard let hash = key.utf8.firstIndex(of: UInt8(ascii: "#")) else { return "" }
        return String(key[key.utf8.index(after: hash)...])
    }

    // MARK: Security, servers, callbacks

    private func resolveSecurity(_ requirement: SecurityRequirement) -> ResolvedSecurityRequirement {
        for name in requirement.schemes.keys where !declaredSchemes.contains(name) {
            report(
                Diagnostic(
                    .error, "security requirement names '\(name)', which is not declared in components.securitySchemes",
                    at: requirement.schemes.entry(name)?.keyLocation ?? requirement.location, id: .unknownSecurityScheme
                ))
        }
        return ResolvedSecurityRequirement(
            schemes: requirement.schemes.map { (name: $0.key, scopes: $0.value) },
            scopeLocations: requirement.scopeLocations)
    }

    func securitySchemes() -> [ResolvedSecurityScheme] {
        var scope = NameScope(kind: "security scheme")
        return document.components.securitySchemes.compactMap { entry in
            guard
                let (scheme, _, _) = follow(
                    entry.value, from: root, as: .securityScheme)
            else { return nil }
            let swiftName = scope.claim(
                SwiftName.memberName(entry.key), for: entry.key, at: entry.keyLocation, diagnostics: types.diagnostics)
            return ResolvedSecurityScheme(
                name: entry.key, swiftName: swiftName, kind: scheme.kind, description: scheme.description)
        }
    }

    func resolvedServers(_ servers: [Server]) -> [ResolvedServer] {
        servers.map { server in
            ResolvedServer(
                url: server.url, description: server.description,
                variables: server.variables.map {
                    (name: $0.key, defaultValue: $0.value.defaultValue, allowed: $0.value.enumValues)
                })
        }
    }

    private func resolveCallbacks(
        _ callbacks: OrderedMap<Referenceable<Callback>>, file: String, typeName: String
    ) -> [ResolvedCallback] {
        var result: [ResolvedCallback] = []
        for entry in callbacks {
            guard
                let (callback, callbackFile, _) = follow(
                    entry.value, from: file, as: .callback)
            else { continue }
            for expression in callback.expressions {
                guard
                    let (item, itemFile, _) = follow(
                        expression.value, from: callbackFile, as: .pathItem)
                else { continue }
                let operations = item.operations.map {
                    resolve(
                        $0, path: expression.key, item: item, file: itemFile,
                        namePrefix: typeName + " " + entry.key + " ")
                }
                result.append(ResolvedCallback(name: entry.key, expression: expression.key, operations: operations))
            }
        }
        return result
    }
}
