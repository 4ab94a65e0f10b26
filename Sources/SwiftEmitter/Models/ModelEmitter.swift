internal import OpenAPIModel
public import Resolver

/// One generated file: a path relative to the output directory and its full text.
public struct GeneratedFile: Sendable, Equatable {
    /// The path relative to the output directory (`Types.swift`, `Types-2.swift`, `Client.swift`).
    public var path: String
    /// The file's whole text.
    public var contents: String

    /// Creates a file.
    public init(path: String, contents: String) {
        self.path = path
        self.contents = contents
    }
}

/// Renders the named types of a resolved API as Swift models.
public struct ModelEmitter: Sendable {
    /// How the models are generated (number type, access level, filter, overrides).
    public var options: EmitterOptions
    /// The templates the models are rendered through.
    public var renderer: TemplateRenderer

    /// Creates an emitter.
    public init(options: EmitterOptions, renderer: TemplateRenderer) {
        self.options = options
        self.renderer = renderer
    }

    /// Types that other types mention (not counting a type's mentions of itself).
    static func referencedTypes(_ api: ResolvedAPI) -> Set<String> {
        var result: Set<String> = []
        for type in api.types {
            var mentioned: [String] = []
            switch type.kind {
            case .object(let object):
                mentioned =
                    object.properties.flatMap(\.type.namedTypes) + (object.additionalProperties?.namedTypes ?? [])
            case .union(let union): mentioned = union.cases.flatMap(\.type.namedTypes)
            case .alias(let target): mentioned = target.namedTypes
            case .enumeration: break
            }
            result.formUnion(mentioned.filter { $0 != type.name })
        }
        return result
    }

    /// The named types the operations matching `filter` use, directly or through other types.
    static func reachableTypes(_ api: ResolvedAPI, _ filter: EmitterOptions.OperationFilter) -> Set<String> {
        var pending: [String] = []
        for operation in api.operations where filter.includes(operation) {
            pending += operation.parameters.flatMap(\.type.namedTypes)
            pending += operation.requestBody?.contents.compactMap(\.type).flatMap(\.namedTypes) ?? []
            for response in operation.responses {
                pending += response.contents.compactMap(\.type).flatMap(\.namedTypes)
                pending += response.headers.flatMap(\.type.namedTypes)
            }
        }
        var reached: Set<String> = []
        while let name = pending.popLast() {
            guard reached.insert(name).inserted, let type = api.type(named: name) else { continue }
            switch type.kind {
            case .object(let object):
                pending += object.properties.flatMap(\.type.namedTypes)
                pending += object.additionalProperties?.namedTypes ?? []
            case .union(let union): pending += union.cases.flatMap(\.type.namedTypes)
            case .alias(let target): pending += target.namedTypes
            case .enumeration: break
            }
        }
        return reached
    }

    /// Types per file. One file of a thousand types compiled in 45 s with 880 MB on two cores; eight files of the
    /// same types took 22.5 s and 250 MB, since the compiler works on files in parallel.
    public static let typesPerFile = 100

    /// The model files for `api`: every type in name order, in `Types.swift`, or in `Types-1.swift`, `Types-2.swift`
    /// ... of `typesPerFile` types each when there are more.
    public func emit(_ api: ResolvedAPI) -> [GeneratedFile] {
        let access = options.accessModifier.rawValue
        let mapping = SwiftTypeMapping(options: options, api: api)
        let skipped = Set(api.types.filter { options.typeOverrides[$0.originalName] != nil }.map(\.name))
        let selected = options.operationFilter.map { Self.reachableTypes(api, $0) }
        let emitted = api.types.filter { !skipped.contains($0.name) && selected?.contains($0.name) != false }
            .map { type -> NamedType in
                var renamed = type
                renamed.name = mapping.renamed[type.name] ?? type.name
                return renamed
            }
            .sorted { $0.name < $1.name }
        let referenced = Self.referencedTypes(api)
        let declarations = emitted.map { type -> String in
            // A deprecated type gets the attribute unless other generated types use it: referring to a deprecated
            // type from a declaration that is not deprecated is a warning, and generated code compiles without any.
            let deprecated = type.deprecated && !referenced.contains(type.name)
            let deprecationNote = type.deprecated && referenced.contains(type.name)
            var rendered: String
            switch type.kind {
            case .object(let object):
                var model = StructBuilder(mapping: mapping, api: api, access: access, renderer: renderer).build(
                    type, object)
                model.deprecated = deprecated
                model.deprecationNote = deprecationNote
                rendered = renderer.render(model, template: "Struct")
            case .enumeration(let enumeration):
                var model = EnumBuilder(access: access).build(type, enumeration)
                model.deprecated = deprecated
                model.deprecationNote = deprecationNote
                rendered = renderer.render(model, template: "Enum")
            case .union(let union):
                var model = UnionBuilder(mapping: mapping, access: access).build(type, union)
                model.deprecated = deprecated
                model.deprecationNote = deprecationNote
                rendered = renderer.render(model, template: "Union")
            case .alias(let target):
                rendered = renderer.render(
                    AliasViewModel(
                        docLines: DocComment.lines(title: type.title, description: type.description),
                        deprecated: deprecated, deprecationNote: deprecationNote, access: access,
                        name: type.name, type: mapping.swiftType(target)),
                    template: "Alias")
            }
            if rendered.hasSuffix("\n") { rendered.removeLast() }
            return rendered
        }
        // An import carries the declarations' access level when the signatures in that file use the module's
        // types, so each file compiles without "unused public import" warnings whether or not the consuming target
        // makes imports internal by default.
        func importLine(_ module: String, publiclyUsed: Bool) -> ImportViewModel {
            ImportViewModel(
                module: module, importAccess: publiclyUsed && options.accessModifier != .internal ? access : nil)
        }
        let perFile = options.splitsLargeTypeFiles ? Self.typesPerFile : max(declarations.count, 1)
        let chunks = stride(from: 0, to: max(declarations.count, 1), by: perFile).map {
            $0..<min($0 + perFile, declarations.count)
        }
        return chunks.enumerated().map { index, range in
            let usage = PublicTypeUsage(declaring: emitted[range], options: options)
            let imports = [
                importLine("Foundation", publiclyUsed: usage.foundation),
                importLine("PlexusRuntime", publiclyUsed: usage.runtime),
            ]
            let file = FileViewModel(
                source: options.sourceName, imports: imports, declarations: Array(declarations[range]))
            let path = chunks.count == 1 ? "Types.swift" : "Types-\(index + 1).swift"
            return GeneratedFile(path: path, contents: renderer.render(file, template: "File"))
        }
    }
}

/// Which modules the public signatures of the generated types use.
struct PublicTypeUsage {
    var foundation = false
    var runtime = false

    /// The modules the public signatures of `declared` use.
    init(declaring declared: some Sequence<NamedType>, options: EmitterOptions) {
        for type in declared {
            switch type.kind {
            case .object(let object):
                for property in object.properties {
                    visit(property.type, options)
                    // Optional nullable properties are `Nullable<T>?`; required ones are `T?`.
                    if !property.isRequired, property.type.isNullable,
                        property.type.nonNullable != .primitive(.dateTime)
                    {
                        runtime = true
                    }
                }
                if let additional = object.additionalProperties { visit(additional, options) }
            case .union(let union):
                for unionCase in union.cases { visit(unionCase.type, options) }
            case .alias(let target): visit(target, options)
            // Enums conform to `OpenEnumeration`, a public conformance.
            case .enumeration: runtime = true
            }
        }
    }

    /// The modules the given types use.
    init(types: [TypeRef], options: EmitterOptions) {
        for type in types { visit(type, options) }
    }

    private mutating func visit(_ type: TypeRef, _ options: EmitterOptions) {
        switch type {
        case .named: break
        case .anyJSON: runtime = true
        case .array(let element), .map(let element), .nullable(let element): visit(element, options)
        case .primitive(let primitive):
            switch primitive {
            case .dateTime, .uuid, .uri, .base64, .binary, .decimal: foundation = true
            case .number where options.numberType == .decimal: foundation = true
            case .date: runtime = true
            default: break
            }
        }
    }
}
