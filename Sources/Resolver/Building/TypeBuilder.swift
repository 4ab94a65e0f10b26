internal import Diagnostics
internal import OpenAPIModel
internal import YAMLLoader

/// Turns schemas into `TypeRef`s, declaring a `NamedType` for every object, enum, union and component schema.
///
/// Each schema reachable by reference is converted once (keyed by file and JSON pointer), so shared schemas are
/// one type and recursive schemas terminate: a component's name is registered before its body is converted.
final class TypeBuilder {
    let documents: DocumentSet
    let version: OpenAPIVersion
    /// Where every diagnostic of the resolution goes.
    let diagnostics: DiagnosticCollector
    private var typeScope = NameScope(kind: "type")
    private(set) var types: [String: NamedType] = [:]
    /// Converted schemas reachable by reference, by canonical key.
    private var converted = [String: TypeRef](minimumCapacity: 512)
    /// Schemas decoded from fragment nodes, by canonical key.
    private var decoded = [String: JSONSchema?](minimumCapacity: 256)
    /// Names the configuration gives component schemas, claimed up front, by component key.
    private var configuredNames: [String: String] = [:]
    /// Components whose bodies wait to be converted (see `namedComponent`), and whether they are being converted.
    private var deferredBodies: [DeferredBody] = []
    private var convertingDeferredBodies = false
    /// Whether each `pattern` met so far is one Swift's `Regex` reads.
    private var readablePatterns: [String: Bool] = [:]
    /// Member schemas visited plus properties merged by every `allOf` of the document so far: merging copies the
    /// members' properties into each merged type, so a chain of n types that each extend the previous one and add a
    /// property makes n²/2 properties; the budget stops that before it takes the machine's memory.
    var mergeWork = 0
    var mergeLimitReported = false
    /// The merge work a document may cause: thousands of times what the corpus documents need (54 at most).
    static let maximumMergeWork = 200_000
    /// How many conversions are under way, one inside the other.
    private var nesting = 0
    private var nestingReported = false
    /// The deepest nesting converted: 100,000 links of references, far beyond any real document, within what
    /// `LargeStack` holds.
    static let maximumNesting = 100_000

    init(
        documents: DocumentSet, version: OpenAPIVersion,
        diagnostics: DiagnosticCollector
    ) {
        self.diagnostics = diagnostics
        self.documents = documents
        self.version = version
        // Every component becomes a type: no rehashing while they are declared. (Inline objects add more, but
        // reserving for them too would double the memory of documents that have few.)
        types.reserveCapacity(documents.rootComponents.schemas.count)
        converted.reserveCapacity(documents.rootComponents.schemas.count)
    }

    /// Hands the declared types over, leaving none behind: the caller changes them, and a dictionary shared with
    /// this builder would be copied whole at the first change.
    func takeTypes() -> [String: NamedType] {
        var taken: [String: NamedType] = [:]
        swap(&taken, &types)
        return taken
    }

    // MARK: Entry points

    /// Claims the name the configuration gives the component schema `configured.schema` of the root document,
    /// before any derived name is claimed.
    func claimConfiguredName(_ configured: ConfiguredTypeName, file: String, schemaLocation: SourceLocation) {
        let key = Self.componentKey(configured.schema, file: file)
        configuredNames[key] = claimTypeName(
            configured.schema, location: configured.location ?? schemaLocation, swiftName: configured.swiftName)
    }

    /// The canonical key of a component schema of `file`, as `DocumentSet.Target.key` spells it.
    static func componentKey(_ name: String, file: String) -> String {
        "\(file)#/components/schemas/\(JSONPointer.escape(name))"
    }

    /// Declares a component schema as a named type of its own, whatever its shape.
    func declareComponent(_ name: String, _ schema: JSONSchema, file: String, location: SourceLocation) {
        let key = Self.componentKey(name, file: file)
        _ = namedComponent(SchemaSite(schema: schema, file: file, key: key), originalName: name, location: location)
    }

    /// The type of a schema used somewhere (a property, a body, a parameter); inline objects, enums and unions
    /// become named types called after `hint`.
    func typeRef(_ site: SchemaSite, hint: NameHint) -> TypeRef {
        if let key = site.key, let known = converted[key] { return known }
        let result = convert(site, hint: hint)
        if let key = site.key { converted[key] = result }
        return result
    }

    // MARK: Conversion

    /// Converts a schema. `declaring` is the name already claimed for it (a component); an object, enum or union
    /// at the top of the schema takes that name, nested ones get their own.
    private func convert(_ site: SchemaSite, hint: NameHint, declaring: String? = nil) -> TypeRef {
        // Conversion recurses into properties, items and references, as deep as the document's chains of them go;
        // `APIResolver` runs it on a `LargeStack`, and beyond this depth the chain is cut with an error.
        guard nesting < Self.maximumNesting else {
            if !nestingReported {
                nestingReported = true
                diagnostics.report(
                    Diagnostic(
                        .error,
                        "schemas nest, through references, deeper than \(Self.maximumNesting) levels; the chain is cut here",
                        at: site.schema.location, id: .schemaDepthLimit))
            }
            return .anyJSON
        }
        nesting += 1
        defer { nesting -= 1 }
        var site = site
        if let id = site.schema.id, !DocumentSet.hasURIScheme(id) {
            // A relative `$id` moves the base that references inside this schema resolve against.
            site.file = FilePath.rebase(id, from: site.file)
        }
        let schema = site.schema
        if let boolean = schema.booleanSchema {
            if !boolean {
                warn(
                    "schema 'false' accepts no value; it is generated as any JSON value", schema.location,
                    .unsupportedConstruct)
            }
            return .anyJSON
        }
        if let reference = schema.ref {
            let target = follow(reference, from: site.file)
            let others = schema.allOf.isEmpty && schema.oneOf.isEmpty && schema.anyOf.isEmpty
            if others { return schema.allowsNull ? .nullable(target) : target }
        }
        if let nullableVariant = nullableUnionVariant(schema) {
            let inner = typeRef(SchemaSite(schema: nullableVariant, file: site.file, key: nil), hint: hint)
            return .nullable(inner.nonNullable)
        }
        let result: TypeRef
        if !schema.allOf.isEmpty {
            result = allOf(site, hint: hint, declaring: declaring)
        } else if !schema.oneOf.isEmpty || !schema.anyOf.isEmpty {
            result = union(site, hint: hint, declaring: declaring)
        } else if let discriminator = schema.discriminator, !discriminator.mapping.isEmpty {
            result = polymorphicBase(site, discriminator: discriminator, hint: hint, declaring: declaring)
        } else if let values = schema.enumValues {
            result = enumeration(site, values: values, hint: hint, declaring: declaring)
        } else {
            result = structural(site, hint: hint, declaring: declaring)
        }
        return schema.allowsNull && !result.isNullable ? .nullable(result) : result
    }

    /// `oneOf`/`anyOf` of one schema and `{type: 'null'}` means "this, or null": the variant, not a union.
    private func nullableUnionVariant(_ schema: JSONSchema) -> JSONSchema? {
        let variants = schema.oneOf.isEmpty ? schema.anyOf : schema.oneOf
        guard variants.count == 2, schema.allOf.isEmpty, schema.properties.isEmpty else { return nil }
        let nonNull = variants.filter { !($0.types == [.null] && $0.ref == nil) }
        return nonNull.count == 1 ? nonNull[0] : nil
    }

    /// Types without composition or enum: objects, maps, arrays, primitives.
    private func structural(_ site: SchemaSite, hint: NameHint, declaring: String?) -> TypeRef {
        let schema = site.schema
        let types = schema.types.filter { $0 != .null }
        if types.count > 1 {
            return .anyJSON
        }
        let type = types.first ?? inferredType(schema)
        switch type {
        case .object?:
            if schema.properties.isEmpty {
                return .map(additionalPropertiesType(site, hint: hint) ?? .anyJSON)
            }
            return .named(declareObject(site, hint: hint, declaring: declaring))
        case .array?:
            guard let items = schema.items else { return .array(.anyJSON) }
            return .array(typeRef(SchemaSite(schema: items, file: site.file, key: nil), hint: hint.appending("Item")))
        case .string?:
            return .primitive(stringPrimitive(schema.format))
        case .integer?:
            switch schema.format {
            case "int32": return .primitive(.int32)
            case "int64": return .primitive(.int64)
            default: return .primitive(.int)
            }
        case .number?:
            switch schema.format {
            case "float": return .primitive(.float)
            case "double": return .primitive(.double)
            case "decimal": return .primitive(.decimal)
            default: return .primitive(.number)
            }
        case .boolean?:
            return .primitive(.bool)
        case .null?, nil:
            return .anyJSON
        }
    }

    /// 3.0 documents often leave out `type: object` beside `properties`, and `type: array` beside `items`.
    private func inferredType(_ schema: JSONSchema) -> JSONType? {
        if !schema.properties.isEmpty || schema.additionalProperties != nil { return .object }
        if schema.items != nil { return .array }
        return nil
    }

    private func stringPrimitive(_ format: String?) -> Primitive {
        switch format {
        case "date": .date
        case "date-time": .dateTime
        case "uuid": .uuid
        case "uri", "url": .uri
        case "byte": .base64
        case "binary": .binary
        default: .string
        }
    }

    func additionalPropertiesType(_ site: SchemaSite, hint: NameHint) -> TypeRef? {
        switch site.schema.additionalProperties {
        case .allowed(true)?: return .anyJSON
        case .allowed(false)?, nil: return nil
        case .schema(let values)?:
            return typeRef(SchemaSite(schema: values, file: site.file, key: nil), hint: hint.appending("Value"))
        }
    }

    // MARK: Named types

    /// A component schema: always a named type (an alias when it is a primitive, array or map).
    ///
    /// A reference to a component needs only its name, so the body is converted later, from `deferredBodies`,
    /// not inside the conversion that met the reference: chains of references (`A → B → C …`, through aliases,
    /// properties, items or `allOf`) are then walked in a loop, not in a recursion as deep as the chain. Only a
    /// nullable component is converted at once: its uses take its nullability from the converted body.
    private func namedComponent(_ site: SchemaSite, originalName: String, location: SourceLocation) -> TypeRef {
        guard let key = site.key else { return convert(site, hint: NameHint(originalName)) }
        if let known = converted[key] { return known }
        let name = configuredNames[key] ?? claimTypeName(originalName, location: location)
        converted[key] = .named(name)
        // A placeholder lets references to this type resolve while its body waits or is converted.
        types[name] = NamedType(
            name: name, originalName: originalName, kind: .alias(.anyJSON), title: site.schema.title,
            description: site.schema.description, deprecated: site.schema.deprecated, isRecursive: false,
            needsIndirection: false, example: site.schema.example, location: site.schema.location)
        let body = DeferredBody(site: site, key: key, name: name, originalName: originalName)
        if site.schema.allowsNull { return convertBody(body) }
        deferredBodies.append(body)
        convertDeferredBodies()
        return .named(name)
    }

    /// A component whose name is claimed and whose body waits to be converted.
    private struct DeferredBody {
        var site: SchemaSite
        var key: String
        var name: String
        var originalName: String
    }

    /// Converts the waiting bodies, unless a caller further up the stack already does. The bodies a conversion
    /// defers are taken next, first-met first, so names are claimed in the same depth-first order a recursion
    /// would claim them in.
    private func convertDeferredBodies() {
        guard !convertingDeferredBodies else { return }
        convertingDeferredBodies = true
        defer { convertingDeferredBodies = false }
        while let next = deferredBodies.popLast() {
            let mark = deferredBodies.count
            _ = convertBody(next)
            deferredBodies[mark...].reverse()
        }
    }

    /// Converts a component's body into the type claimed for it; returns how uses of the component refer to it.
    private func convertBody(_ component: DeferredBody) -> TypeRef {
        let site = component.site
        let name = component.name
        let body = convert(
            SchemaSite(schema: site.schema, file: site.file, key: nil), hint: NameHint(component.originalName),
            declaring: name)
        if body.nonNullable == .named(name), Self.isPureReference(site.schema) {
            // `A: {$ref: A}` names nothing but itself: kept as the alias it is, reported as a cycle.
            types[name]?.kind = .alias(body)
            return .named(name)
        }
        if body.nonNullable == .named(name) {
            // The schema declared itself (object, enum, union); a nullable one stays nullable at every use.
            converted[component.key] = body
            return body
        }
        types[name]?.kind = .alias(body)
        types[name]?.constraints = constraints(of: site.schema)
        return .named(name)
    }

    /// What `schema` writes about its values beyond their type, and about its items' (through inline item
    /// schemas); the constraints of types it refers to are merged in later, by `ConstraintCompletion`, when every
    /// alias has its body. A `pattern` Swift's `Regex` cannot read is reported and left out.
    func constraints(of schema: JSONSchema) -> ValueConstraints? {
        var constraints = ValueConstraints(keywordsOf: schema)
        constraints.patterns.removeAll { !isReadablePattern($0, at: schema.location) }
        if let items = schema.items { constraints.items = self.constraints(of: items) }
        return constraints.nonEmpty
    }

    /// Whether generated code can check `pattern`: Swift's `Regex` reads it (ECMA-262 and Swift agree on the
    /// common subset; `PlexusRuntime` compiles it the same way). Each pattern is compiled once per document and
    /// reported at every schema that writes it.
    private func isReadablePattern(_ pattern: String, at location: SourceLocation) -> Bool {
        let readable = readablePatterns[pattern] ?? ((try? Regex(pattern)) != nil)
        readablePatterns[pattern] = readable
        if !readable {
            documents.reportOnce(
                Diagnostic(
                    .warning,
                    "pattern '\(pattern)' is not a regular expression the generated server can read; values are not checked against it",
                    at: location, id: .patternUnsupported))
        }
        return readable
    }

    /// The name for a type about to be declared: the component's claimed name, or a fresh one from `hint`.
    func declarationName(_ declaring: String?, hint: NameHint, location: SourceLocation) -> String {
        declaring ?? claimTypeName(text(of: hint), location: location)
    }

    /// The text a hint stands for.
    func text(of hint: NameHint) -> String {
        hint.prefix + (hint.rawSuffix.map(SwiftName.typeName) ?? "") + (hint.suffix ?? "")
    }

    /// The type of a schema used somewhere; `hint` names inline objects, enums and unions it declares.
    func typeRef(_ site: SchemaSite, hint: String) -> TypeRef {
        typeRef(site, hint: NameHint(hint))
    }

    /// Claims a type name for the schema called `original`: `swiftName` when the configuration gives one, else
    /// the name derived from `original`; a name that would hide a Swift or Foundation type gets `Model` appended.
    func claimTypeName(_ original: String, location: SourceLocation, swiftName: String? = nil) -> String {
        var preferred = swiftName ?? SwiftName.typeName(original)
        if SwiftName.reservedTypeNames.contains(preferred) {
            diagnostics.report(
                Diagnostic(
                    .info,
                    "type '\(original)' is generated as '\(preferred)Model' so it does not hide Swift's '\(preferred)'",
                    at: location, id: .renamedType))
            preferred += "Model"
        }
        return typeScope.claim(preferred, for: original, at: location, diagnostics: diagnostics)
    }

    func declare(_ type: NamedType) {
        var type = type
        if let existing = types[type.name] {
            type.example = type.example ?? existing.example
            type.description = type.description ?? existing.description
        }
        types[type.name] = type
    }

    private func declareObject(_ site: SchemaSite, hint: NameHint, declaring: String?) -> String {
        let name = declarationName(declaring, hint: hint, location: site.schema.location)
        let object = ObjectType(
            properties: properties([site], typeName: name),
            additionalProperties: additionalPropertiesType(site, hint: NameHint(name)))
        declare(namedType(name, original: text(of: hint), kind: .object(object), site.schema))
        return name
    }

    func namedType(_ name: String, original: String, kind: TypeKind, _ schema: JSONSchema) -> NamedType {
        NamedType(
            name: name, originalName: original, kind: kind, title: schema.title, description: schema.description,
            deprecated: schema.deprecated, isRecursive: false, needsIndirection: false, example: schema.example,
            location: schema.location)
    }

    /// The properties of one or more object schemas (several for a merged `allOf`), in order, with unique names.
    func properties(_ sites: [SchemaSite], typeName: String) -> [Property] {
        var scope = NameScope(kind: "property")
        var result: [Property] = []
        let merging = sites.count > 1
        let required: [String] = sites.flatMap { $0.schema.required.map(\.value) }
        var seen: [String: (index: Int, location: SourceLocation)] = [:]
        for site in sites {
            for entry in site.schema.properties {
                let schema = entry.value
                let type = typeRef(
                    SchemaSite(schema: schema, file: site.file, key: nil), hint: NameHint(typeName, raw: entry.key))
                if merging, let previous = seen[entry.key] {
                    if result[previous.index].type != type {
                        diagnostics.report(
                            Diagnostic(
                                .warning,
                                "allOf members disagree on property '\(entry.key)': \(result[previous.index].type) at \(previous.location) and \(type) here; the first is kept",
                                at: entry.keyLocation, id: .allofConflict,
                                related: [
                                    RelatedLocation("the first '\(entry.key)', which is kept", at: previous.location)
                                ]))
                    }
                    continue
                }
                let name = scope.claim(
                    SwiftName.memberName(entry.key), for: entry.key, at: entry.keyLocation, diagnostics: diagnostics)
                if merging { seen[entry.key] = (result.count, entry.keyLocation) }
                result.append(
                    Property(
                        name: name, jsonName: entry.key, type: type, isRequired: required.contains(entry.key),
                        isReadOnly: schema.readOnly, isWriteOnly: schema.writeOnly, isDeprecated: schema.deprecated,
                        description: schema.description ?? schema.ref?.description, defaultValue: schema.defaultValue,
                        location: entry.keyLocation, constraints: constraints(of: schema)))
            }
        }
        // Usually every required name is a property: counted as they are made, so the names are only looked up
        // again when one is missing.
        let requiredMade = result.reduce(0) { $0 + ($1.isRequired ? 1 : 0) }
        for site in sites where requiredMade < required.count {
            for name in site.schema.required where !sites.contains(where: { $0.schema.properties[name.value] != nil }) {
                documents.reportOnce(
                    Diagnostic(
                        .warning,
                        "'\(name.value)' is required but not declared in 'properties'; the generated type does not check that it is there",
                        at: name.location, id: .requiredUndeclared))
            }
        }
        return result
    }

    // MARK: References

    /// The type a `$ref` names; a broken reference is reported and becomes any JSON value.
    func follow(_ reference: Reference, from file: String, depth: Int = 0) -> TypeRef {
        guard let target = documents.resolve(reference, from: file, expecting: .schemas) else { return .anyJSON }
        if let known = converted[target.key] { return known }
        guard let schema = schema(at: target) else { return .anyJSON }
        // A reference to a place that only holds another reference (not a component of its own) is that
        // reference: `models.yaml#/properties/owner` where owner is `$ref: person.yaml` means Person.
        if let next = schema.ref, Self.isPureReference(schema), !Self.isComponentPointer(target.tokens), depth < 32 {
            let result = follow(next, from: target.absolutePath, depth: depth + 1)
            converted[target.key] = result
            return result
        }
        let site = SchemaSite(schema: schema, file: target.absolutePath, key: target.key)
        return namedComponent(
            site, originalName: Self.name(forTokens: target.tokens, file: target.displayPath),
            location: schema.location)
    }

    /// `/components/schemas/X`, `/definitions/X`, `/$defs/X` or a whole file: places that name a schema.
    static func isComponentPointer(_ tokens: [String]) -> Bool {
        guard tokens.count >= 2 else { return true }
        let container = tokens[tokens.count - 2]
        return container == "schemas" || container == "definitions" || container == "$defs"
    }

    /// A schema that is a `$ref` and nothing that changes its type.
    static func isPureReference(_ schema: JSONSchema) -> Bool {
        schema.ref != nil && schema.types.isEmpty && schema.properties.isEmpty && schema.allOf.isEmpty
            && schema.oneOf.isEmpty && schema.anyOf.isEmpty && schema.enumValues == nil && !schema.nullable
            && schema.items == nil && schema.additionalProperties == nil
    }

    /// The schema at a reference target: the root document's component as decoded, else the target decoded
    /// once, reporting problems of files outside the root once.
    func schema(at target: DocumentSet.Target) -> JSONSchema? {
        if let name = target.rootComponent {
            return target.componentKind == .schemas ? documents.rootSchema(name) : nil
        }
        if let known = decoded[target.key] { return known }
        guard let node = target.node else { return nil }
        let decoder = FragmentDecoder(
            file: target.displayPath, version: version, convertsSwagger2: target.readsSwagger2)
        let schema = decoder.schema(node)
        // The root document's problems were reported when it was decoded; a node of another file inside two
        // targets (`#/A` and `#/A/properties/b`) is decoded with each, and its problems are reported once.
        if !target.isInRoot { decoder.diagnostics.forEach(documents.reportOnce) }
        decoded[target.key] = schema
        return schema
    }

    /// A type name for the schema at `pointer`: its component name, else the last meaningful pointer token, else
    /// the file's name (`models/account.yml` → `account`).
    static func name(forPointer pointer: String, file: String) -> String {
        name(forTokens: JSONPointer.tokens(pointer), file: file)
    }

    /// `name(forPointer:file:)` for a pointer already split into tokens.
    static func name(forTokens tokens: [String], file: String) -> String {
        if let name = tokens.reversed().first(where: {
            !$0.isEmpty && !structuralTokens.contains($0) && Int($0) == nil && !$0.utf8.contains(UInt8(ascii: "/"))
        }) {
            return name
        }
        return FilePath.baseName(file)
    }

    /// Pointer tokens that name a place in the document structure rather than a thing.
    private static let structuralTokens: Set<String> = [
        "schema", "schemas", "items", "properties", "content", "components", "definitions", "$defs",
        "additionalProperties", "allOf", "oneOf", "anyOf", "not", "paths", "responses", "requestBody",
        "requestBodies", "parameters", "headers", "callbacks", "webhooks", "get", "put", "post", "delete",
        "options", "head", "patch", "trace",
    ]

    func warn(_ message: String, _ location: SourceLocation, _ id: DiagnosticID) {
        diagnostics.report(Diagnostic(.warning, message, at: location, id: id))
    }
}
