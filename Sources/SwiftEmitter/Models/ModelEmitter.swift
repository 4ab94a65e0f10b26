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
        return closure(of: pending, in: api)
    }

    /// The types of event-stream items (with everything they hold): OpenAPIRuntime's `ServerSentEventWithJSONData`
    /// needs its data `Hashable`, so these are `Hashable` whatever `EmitterOptions.modelConformance` says.
    static func eventStreamTypes(_ api: ResolvedAPI) -> Set<String> {
        func operations(_ operation: ResolvedOperation) -> [ResolvedOperation] {
            [operation] + operation.callbacks.flatMap { $0.operations.flatMap(operations) }
        }
        let all = (api.operations + api.webhooks.flatMap(\.operations)).flatMap(operations)
        let contents = all.flatMap { operation in
            (operation.requestBody?.contents ?? []) + operation.responses.flatMap(\.contents)
        }
        return closure(
            of: contents.filter { $0.encoding == .eventStream }.compactMap(\.itemType).flatMap(\.namedTypes), in: api)
    }

    /// `names` and every named type they hold, directly or through other types.
    private static func closure(of names: [String], in api: ResolvedAPI) -> Set<String> {
        var pending = names
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

    /// The fewest lines of code (not comments, not blank) a model file is sized for; see
    /// `codeLinesPerFile(total:heaviestOtherFile:)` for when files are larger.
    ///
    /// The compiler splits a module's files, in name order, into one contiguous batch per core (more when there
    /// are more than 25 files per core), counting files, not their size; the batches compile in parallel and the
    /// build waits for the slowest. Files of about the same cost keep the batches even on any number of cores: on
    /// two cores the google-books SDK's debug build took 11.9 s (median of 7) with its models in two files of 100
    /// types (3,926 and 1,502 lines of code: the batch holding both waited on them) and 8.2 s in six smaller ones.
    public static let minimumCodeLinesPerFile = 600

    /// At most this many model files: past 25 files per core the compiler forms more batches than cores, and on
    /// two cores a third batch (51 to 75 files) waits for one of the first two, with a core idle.
    public static let maximumFiles = 40

    /// How many lines of operation code (client, operation types, server stubs) cost the compiler what one line
    /// of model code does: the google-books SDK's 5,428 model lines took 7.6 s of a debug build, its 6,614 client
    /// and operation lines 3.2 s.
    static let operationLinesPerModelLine = 3

    /// The lines of code each model file is filled to, for models of `total` lines of code generated beside an
    /// operation file (`Client.swift`, `Operations.swift`, ...) of at most `heaviestOtherFile` lines: a model file
    /// costs about what that file does, since the build waits for it anyway and a batch of small files beside it
    /// would wait for it too.
    static func codeLinesPerFile(total: Int, heaviestOtherFile: Int = 0) -> Int {
        max(
            minimumCodeLinesPerFile, heaviestOtherFile / operationLinesPerModelLine,
            (total + maximumFiles - 1) / maximumFiles)
    }

    /// The model files for `api`: every type in name order, spread over files as `options.typeFiles` says.
    public func emit(_ api: ResolvedAPI) -> [GeneratedFile] {
        let models = plan(api)
        // Each type renders on its own, so the types are spread over the cores.
        return models.files(ConcurrentWork.map(models.types.count) { models.declaration($0) })
    }

    /// The types to render for `api`, in name order, and what rendering them needs.
    func plan(_ api: ResolvedAPI) -> Plan {
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
        return Plan(
            api: api, options: options, renderer: renderer, mapping: mapping, types: emitted,
            referenced: Self.referencedTypes(api),
            hashable: options.modelConformance == .hashable ? [] : Self.eventStreamTypes(api))
    }

    /// The models of one API, ready to render one type at a time (on any thread) and to gather into files.
    struct Plan: Sendable {
        let api: ResolvedAPI
        let options: EmitterOptions
        let renderer: TemplateRenderer
        let mapping: SwiftTypeMapping
        /// The types to declare, in name order.
        let types: [NamedType]
        /// Types that other types mention.
        let referenced: Set<String>
        /// Types that are `Hashable` whatever the options say (`eventStreamTypes`); empty when all are.
        let hashable: Set<String>

        /// The protocol `type` conforms to beyond `Codable` and `Sendable`.
        func conformance(of type: NamedType) -> String? {
            hashable.contains(type.name) ? "Hashable" : options.modelConformance.protocolName
        }

        /// The declaration of `types[index]`.
        func declaration(_ index: Int) -> String {
            let type = types[index]
            let access = options.accessModifier.rawValue
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
                model.conformance = conformance(of: type)
                rendered = renderer.render(model, template: "Struct")
            case .enumeration(let enumeration):
                var model = EnumBuilder(access: access).build(type, enumeration)
                model.deprecated = deprecated
                model.deprecationNote = deprecationNote
                rendered = renderer.render(model, template: "Enum")
            case .union(let union):
                var model = UnionBuilder(mapping: mapping, api: api, access: access).build(type, union)
                model.deprecated = deprecated
                model.deprecationNote = deprecationNote
                model.conformance = conformance(of: type)
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

        /// The model files, given every type's declaration in `types` order; `heaviestOtherFile` is the most lines
        /// of code of a file generated beside them (0 for none).
        func files(_ declarations: [String], heaviestOtherFile: Int = 0) -> [GeneratedFile] {
            let access = options.accessModifier.rawValue
            // An import carries the declarations' access level when the signatures in that file use the module's
            // types, so each file compiles without "unused public import" warnings whether or not the consuming target
            // makes imports internal by default.
            func importLine(_ module: String, publiclyUsed: Bool) -> ImportViewModel {
                ImportViewModel(
                    module: module, importAccess: publiclyUsed && options.accessModifier != .internal ? access : nil)
            }
            // Only files of even size need the declarations' lines counted.
            let codeLines = options.typeFiles == .bySize ? declarations.map(SwiftSource.codeLineCount) : []
            let shards = ModelEmitter.shards(
                of: types.map(\.name), options.typeFiles, codeLines: codeLines, heaviestOtherFile: heaviestOtherFile)
            return shards.enumerated().map { index, members in
                let usage = PublicTypeUsage(declaring: members.map { types[$0] }, options: options)
                let imports = [
                    importLine("Foundation", publiclyUsed: usage.foundation),
                    importLine("PlexusRuntime", publiclyUsed: usage.runtime),
                ]
                let file = FileViewModel(
                    source: options.sourceName, imports: imports, declarations: members.map { declarations[$0] })
                let path =
                    shards.count == 1 && options.typeFiles != .fixed(1) ? "Types.swift" : "Types-\(index + 1).swift"
                return GeneratedFile(path: path, contents: renderer.render(file, template: "File"))
            }
        }
    }

    /// The indices of `names` (sorted) each model file holds, in file order; `codeLines` are the lines of code of
    /// each type's declaration, which `.bySize` sizes files by (see `codeLinesPerFile(total:heaviestOtherFile:)`)
    /// and the other layouts do not read.
    static func shards(
        of names: [String], _ files: EmitterOptions.TypeFiles, codeLines: [Int], heaviestOtherFile: Int = 0
    ) -> [[Int]] {
        switch files {
        case .single:
            return [Array(names.indices)]
        case .bySize:
            let total = codeLines.reduce(0, +)
            let size = codeLinesPerFile(total: total, heaviestOtherFile: heaviestOtherFile)
            let count = max(1, (total + size - 1) / size)
            // Each type goes to the file its middle line falls in when the lines are spread evenly over `count`
            // files: files of about the same size, in name order. A type that grows can move the boundaries of
            // every file; the fixed layout (`--types-files`) is the one that keeps each type in its file.
            var shards = Array(repeating: [Int](), count: count)
            var before = 0
            for index in names.indices {
                let middle = before + codeLines[index] / 2
                shards[min(count - 1, middle * count / max(total, 1))].append(index)
                before += codeLines[index]
            }
            let filled = shards.filter { !$0.isEmpty }
            return filled.isEmpty ? [[]] : filled
        case .fixed(let count):
            var shards = Array(repeating: [Int](), count: max(count, 1))
            for (index, name) in names.enumerated() {
                shards[Int(stableHash(name) % UInt64(shards.count))].append(index)
            }
            return shards
        }
    }

    /// FNV-1a of the name's UTF-8: the same on every machine and run (Swift's `hashValue` is seeded per process).
    static func stableHash(_ name: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in name.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
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
